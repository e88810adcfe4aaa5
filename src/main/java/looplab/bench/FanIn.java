package looplab.bench;

import java.util.ArrayList;
import java.util.List;
import looplab.model.EventLoop;
import looplab.model.Queue;
import looplab.model.Task;

/** The anchor's {@code fanin(n)}: 100 producers, {@code Queue(100)}, 10 consumers, sentinels last. */
public final class FanIn extends WorkloadMain {
    /** The Python this coroutine mirrors. */
    public static final List<String> LISTING = List.of(
            "async def fanin(n, producers=100, consumers=10, maxsize=100):",
            "    q = asyncio.Queue(maxsize)",
            "    ...                        # producer(k) and consumer(): ItemProducer, ItemConsumer",
            "    cs = [asyncio.create_task(consumer()) for _ in range(consumers)]",
            "    await asyncio.gather(*(producer(n // producers) for _ in range(producers)))",
            "    for _ in range(consumers):",
            "        await q.put(None)",
            "    await asyncio.gather(*cs)");

    /** The anchor's defaults. */
    public static final int PRODUCERS = 100;
    public static final int CONSUMERS = 10;
    public static final int MAXSIZE = 100;

    private enum At { START, GATHER_PRODUCERS, PUT_SENTINEL, GATHER_CONSUMERS, RETURNED }

    private final EventLoop loop;
    private final int items;
    private final List<ItemConsumer> consumers = new ArrayList<>(CONSUMERS);
    private At at = At.START;
    private Queue<Integer>.Put put;
    private List<Task> cs;
    private Gather gather;
    private int sentinels;

    /** {@code fanin(items)}. */
    public FanIn(EventLoop loop, int items) {
        this.loop = loop;
        this.items = items;
    }

    @Override
    public long delivered() {
        long sum = 0;
        for (ItemConsumer c : consumers) {
            sum += c.consumed();
        }
        return sum;
    }

    @Override
    public Object resume(RuntimeException thrown) {
        Object suspension;
        while (true) {
            switch (at) {
                case START: {
                    if (thrown != null) {
                        throw thrown;
                    }
                    Queue<Integer> q = new Queue<>(loop, MAXSIZE);
                    put = q.newPut();
                    cs = new ArrayList<>(CONSUMERS);
                    for (int c = 0; c < CONSUMERS; c++) {
                        ItemConsumer consumer = new ItemConsumer(q);
                        consumers.add(consumer);
                        cs.add(loop.createTask("consumer-" + c, consumer));
                    }
                    List<ItemProducer> producers = new ArrayList<>(PRODUCERS);
                    for (int p = 0; p < PRODUCERS; p++) {
                        producers.add(new ItemProducer(q, items / PRODUCERS, false));
                    }
                    gather = Gather.ofCoroutines(loop, "producer", producers);
                    at = At.GATHER_PRODUCERS;
                    if ((suspension = awaitFuture(gather)) != null) {
                        return suspension;
                    }
                    continue;
                }
                case GATHER_PRODUCERS:
                    if (thrown != null) {
                        throw thrown;
                    }
                    gather.result();
                    sentinels = 0;
                    put.start(null);
                    at = At.PUT_SENTINEL;
                    continue;
                case PUT_SENTINEL:
                    if ((suspension = put.resume(thrown)) != DONE) {    // await q.put(None)
                        return suspension;
                    }
                    thrown = null;
                    if (++sentinels < CONSUMERS) {
                        put.start(null);
                        continue;
                    }
                    gather = Gather.of(loop, cs);
                    at = At.GATHER_CONSUMERS;
                    if ((suspension = awaitFuture(gather)) != null) {
                        return suspension;
                    }
                    continue;
                case GATHER_CONSUMERS:
                    if (thrown != null) {
                        throw thrown;
                    }
                    gather.result();
                    at = At.RETURNED;
                    return finish(null);
                default:
                    throw new IllegalStateException("fanin resumed after it returned");
            }
        }
    }
}
