package looplab.bench;

import java.util.List;
import looplab.model.EventLoop;
import looplab.model.Queue;

/**
 * The anchor's {@code pingpong(n)} ({@code Queue(1)}: a task switch per item) and
 * {@code unbounded(n)} ({@code Queue()}: the producer runs ahead), which differ only in the bound.
 */
public final class PingPong extends GatherMain {
    /** The Python this coroutine mirrors ({@code Queue()} for unbounded). */
    public static final List<String> LISTING = List.of(
            "async def pingpong(n):",
            "    q = asyncio.Queue(1)",
            "    ...                        # producer() and consumer(): ItemProducer, ItemConsumer",
            "    await asyncio.gather(producer(), consumer())");

    private final EventLoop loop;
    private final int items;
    private final int maxsize;
    private ItemConsumer consumer;

    /** {@code pingpong(items)} with {@code maxsize} 1, or {@code unbounded(items)} with 0. */
    public PingPong(EventLoop loop, int items, int maxsize) {
        super("pingpong");
        this.loop = loop;
        this.items = items;
        this.maxsize = maxsize;
    }

    @Override
    public long delivered() {
        return consumer == null ? 0 : consumer.consumed();
    }

    @Override
    Gather gather() {
        Queue<Integer> q = new Queue<>(loop, maxsize);
        consumer = new ItemConsumer(q);
        return Gather.of(loop, "producer", new ItemProducer(q, items, true), "consumer", consumer);
    }
}
