package looplab.bench;

import java.util.List;
import looplab.model.EventLoop;
import looplab.model.Queue;

/**
 * The anchor's {@code pingpong(n)} ({@code Queue(1)}: a task switch per item) and
 * {@code unbounded(n)} ({@code Queue()}: the producer runs ahead), which differ only in the bound.
 */
public final class PingPong extends WorkloadMain {
    /** The Python this coroutine mirrors ({@code Queue()} for unbounded). */
    public static final List<String> LISTING = List.of(
            "async def pingpong(n):",
            "    q = asyncio.Queue(1)",
            "    ...                        # producer() and consumer(): ItemProducer, ItemConsumer",
            "    await asyncio.gather(producer(), consumer())");

    private enum At { START, GATHER, RETURNED }

    private final EventLoop loop;
    private final int items;
    private final int maxsize;
    private At at = At.START;
    private ItemConsumer consumer;
    private Gather gather;

    /** {@code pingpong(items)} with {@code maxsize} 1, or {@code unbounded(items)} with 0. */
    public PingPong(EventLoop loop, int items, int maxsize) {
        this.loop = loop;
        this.items = items;
        this.maxsize = maxsize;
    }

    @Override
    public long delivered() {
        return consumer == null ? 0 : consumer.consumed();
    }

    @Override
    public Object resume(RuntimeException thrown) {
        if (thrown != null) {
            throw thrown;
        }
        if (at == At.START) {
            Queue<Integer> q = new Queue<>(loop, maxsize);
            consumer = new ItemConsumer(q);
            gather = Gather.of(loop, "producer", new ItemProducer(q, items, true), "consumer", consumer);
            at = At.GATHER;
            Object suspension = awaitFuture(gather);
            if (suspension != null) {
                return suspension;
            }
        }
        if (at == At.GATHER) {
            gather.result();
            at = At.RETURNED;
            return finish(null);
        }
        throw new IllegalStateException("pingpong resumed after it returned");
    }
}
