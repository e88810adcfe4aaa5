package looplab.bench;

import java.util.ArrayList;
import java.util.List;
import looplab.model.EventLoop;

/** The anchor's {@code yields(n)}: 10,000 tasks each doing {@code sleep(0)} n/10,000 times. */
public final class Yields extends GatherMain {
    /** The Python this coroutine mirrors. */
    public static final List<String> LISTING = List.of(
            "async def yields(n, tasks=10_000):",
            "    ...                        # worker(k): Worker",
            "    await asyncio.gather(*(worker(n // tasks) for _ in range(tasks)))");

    /** The anchor's default. */
    public static final int TASKS = 10_000;

    private final EventLoop loop;
    private final int items;
    private final List<Worker> workers = new ArrayList<>(TASKS);

    /** {@code yields(items)}. */
    public Yields(EventLoop loop, int items) {
        super("yields");
        this.loop = loop;
        this.items = items;
    }

    @Override
    public long delivered() {
        long sum = 0;
        for (Worker w : workers) {
            sum += w.turns();
        }
        return sum;
    }

    @Override
    Gather gather() {
        for (int t = 0; t < TASKS; t++) {
            workers.add(new Worker(loop, items / TASKS));
        }
        return Gather.ofCoroutines(loop, "worker", workers);
    }
}
