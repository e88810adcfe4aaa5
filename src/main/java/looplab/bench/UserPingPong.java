package looplab.bench;

import looplab.model.EventLoop;
import looplab.model.Queue;
import looplab.workbook.ThreadedCoroutine;

/**
 * The anchor's {@code pingpong(n)} with the producer and the consumer written as user coroutines:
 * plain Java on threads of their own ({@link ThreadedCoroutine}, the workbook's), awaiting the
 * same {@code Queue(1)}. The main task and the gather are the state-machine ones.
 */
final class UserPingPong extends GatherMain {
    private final EventLoop loop;
    private final int items;
    private final long[] consumed = new long[1];

    /** The name of its lines: {@code pingpong}, by user coroutines. */
    static final String LABEL = "pingpong-user";

    UserPingPong(EventLoop loop, int items) {
        super("pingpong");
        this.loop = loop;
        this.items = items;
    }

    /** One run, as {@link Workload#run}: a fresh loop, this as its main task, until idle; checked. */
    static long run(int items) {
        EventLoop loop = new EventLoop();
        UserPingPong main = new UserPingPong(loop, items);
        looplab.model.Task task = loop.createTask("main", main);
        loop.runUntilIdle();
        if (!task.done()) {
            throw new IllegalStateException(LABEL + ": the main task did not finish");
        }
        task.result();
        if (main.delivered() != items) {
            throw new IllegalStateException(LABEL + ": " + main.delivered() + " items went through, " + items + " expected");
        }
        return items;
    }

    @Override
    public long delivered() {
        return consumed[0];
    }

    @Override
    Gather gather() {
        Queue<Integer> q = new Queue<>(loop, 1);
        ThreadedCoroutine producer = new ThreadedCoroutine(loop, "producer", t -> {
            for (int i = 0; i < items; i++) {
                t.await(q.put(i));
            }
            t.await(q.put(null));
        });
        ThreadedCoroutine consumer = new ThreadedCoroutine(loop, "consumer", t -> {
            while (t.await(q.get()) != null) {
                consumed[0]++;
            }
        });
        return Gather.of(loop, "producer", producer, "consumer", consumer);
    }
}
