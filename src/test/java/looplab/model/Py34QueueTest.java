package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import looplab.workbook.AsyncBody;
import looplab.workbook.ThreadedCoroutine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Queue.Algorithm#PY34} against {@link Py34Reference}, a transcription of Python 3.4.3's
 * queues.py: the same seeded sequences of top-level puts and gets, getter and putter tasks,
 * cancellations and loop steps, compared after every operation.
 */
@Timeout(120)
class Py34QueueTest {

    @Test
    void aGetterCancelledAfterPutNowaitLosesTheItem() {
        EventLoop loop = new EventLoop();
        Queue<String> q = new Queue<>(loop, 0, Queue.Algorithm.PY34);
        Task getter = loop.createTask("C0", q.get());
        loop.runUntilIdle();                      // C0 waits in get()
        q.putNowait("x");                         // the item goes into C0's future
        assertThat(q.contents()).isEmpty();
        getter.cancel();                          // before C0 runs: the future is done, so must_cancel
        loop.runUntilIdle();
        assertThat(getter.cancelled()).isTrue();
        assertThat(q.lost()).containsExactly("x");
        assertThat(q.contents()).isEmpty();
        assertThat(q.unfinishedTasks()).isEqualTo(1);   // join() would wait for ever
    }

    @Test
    void todaysQueueKeepsTheItemInTheSameSchedule() {
        EventLoop loop = new EventLoop();
        Queue<String> q = new Queue<>(loop, 0);
        Task getter = loop.createTask("C0", q.get());
        loop.runUntilIdle();
        q.putNowait("x");
        getter.cancel();
        loop.runUntilIdle();
        assertThat(getter.cancelled()).isTrue();
        assertThat(q.lost()).isEmpty();
        assertThat(q.contents()).containsExactly("x");
    }

    @Test
    void aGetterThatRunsGetsTheItemFromItsFuture() {
        EventLoop loop = new EventLoop();
        Queue<String> q = new Queue<>(loop, 0, Queue.Algorithm.PY34);
        Task getter = loop.createTask("C0", q.get());
        loop.runUntilIdle();
        q.putNowait("x");
        q.putNowait("y");
        loop.runUntilIdle();
        assertThat(getter.result()).isEqualTo("x");
        assertThat(q.contents()).containsExactly("y");
    }

    @Test
    void aGetPutsTheWaitingPuttersItemAndWakesItOneCallbackLater() {
        EventLoop loop = new EventLoop();
        Queue<String> q = new Queue<>(loop, 1, Queue.Algorithm.PY34);
        q.putNowait("a");
        Task putter = loop.createTask("P0", q.put("b"));
        loop.runUntilIdle();                      // P0 waits in put() with "b"
        assertThat(q.getNowait()).isEqualTo("a");
        assertThat(q.contents()).containsExactly("b");   // put by get_nowait, for P0
        loop.runUntilIdle();
        assertThat(putter.done()).isTrue();
        assertThat(q.contents()).containsExactly("b");
    }

    // ---- against the transcription -----------------------------------------------------------

    /** One side of the comparison: a loop, and how its tasks and the top level use the queue. */
    private abstract static class Side implements AutoCloseable {
        final EventLoop loop = new EventLoop();
        final List<Task> tasks = new ArrayList<>();
        final List<ThreadedCoroutine> coroutines = new ArrayList<>();
        int got;

        abstract void putNowait(String item);

        abstract String getNowait();

        abstract AsyncBody getter();

        abstract AsyncBody putter(String item);

        abstract String queueState();

        abstract int unfinished();

        abstract int qsize();

        void spawn(String name, AsyncBody body) {
            ThreadedCoroutine c = new ThreadedCoroutine(loop, name, body);
            coroutines.add(c);
            tasks.add(loop.createTask(name, c));
        }

        /** What the two sides must agree on. */
        String snapshot() {
            StringBuilder b = new StringBuilder(queueState()).append(" unfinished=").append(unfinished())
                    .append(" ready=").append(loop.readyHandles().size())
                    .append(" lost=").append(unfinished() - got - qsize());
            for (Task t : tasks) {
                b.append(' ').append(t.name()).append('=');
                if (!t.done()) {
                    b.append(t.awaiting().word());
                } else if (t.cancelled()) {
                    b.append("cancelled");
                } else if (t.exception() != null) {
                    b.append(t.exception().getClass().getSimpleName());
                } else {
                    b.append("got:").append(t.result());
                }
            }
            return b.toString();
        }

        @Override
        public void close() {
            coroutines.forEach(ThreadedCoroutine::close);
        }
    }

    private static final class ModelSide extends Side {
        final Queue<String> q;

        ModelSide(int maxsize) {
            q = new Queue<>(loop, maxsize, Queue.Algorithm.PY34);
        }

        @Override
        void putNowait(String item) {
            q.putNowait(item);
        }

        @Override
        String getNowait() {
            return q.getNowait();
        }

        @Override
        AsyncBody getter() {
            return t -> {
                String item = t.await(q.get());
                got++;
                t.print(item);
            };
        }

        @Override
        AsyncBody putter(String item) {
            return t -> t.await(q.put(item));
        }

        @Override
        String queueState() {
            return q.contents() + " getters=" + q.getters().size() + " putters=" + q.putters().size();
        }

        @Override
        int unfinished() {
            return q.unfinishedTasks();
        }

        @Override
        int qsize() {
            return q.qsize();
        }
    }

    private static final class ReferenceSide extends Side {
        final Py34Reference q;

        ReferenceSide(int maxsize) {
            q = new Py34Reference(loop, maxsize);
        }

        @Override
        void putNowait(String item) {
            q.putNowait(item);
        }

        @Override
        String getNowait() {
            return q.getNowait();
        }

        @Override
        AsyncBody getter() {
            return t -> {
                String item = q.get(t);
                got++;
                t.print(item);
            };
        }

        @Override
        AsyncBody putter(String item) {
            return t -> q.put(t, item);
        }

        @Override
        String queueState() {
            return List.copyOf(q.queue) + " getters=" + q.getters.size() + " putters=" + q.putters.size();
        }

        @Override
        int unfinished() {
            return q.unfinishedTasks;
        }

        @Override
        int qsize() {
            return q.qsize();
        }
    }

    /** Runs one operation on a side; returns what it answered (QueueFull, an item, ...). */
    private static String apply(Side side, int op, int arg, int counter) {
        switch (op) {
            case 0:
                try {
                    side.putNowait("i" + counter);
                    return "put";
                } catch (QueueFull e) {
                    return "QueueFull";
                }
            case 1:
                try {
                    String item = side.getNowait();
                    side.got++;
                    return item;
                } catch (QueueEmpty e) {
                    return "QueueEmpty";
                }
            case 2:
                side.spawn("G" + counter, side.getter());
                return "getter";
            case 3:
                side.spawn("P" + counter, side.putter("p" + counter));
                return "putter";
            case 4:
                if (side.tasks.isEmpty()) {
                    return "none";
                }
                return String.valueOf(side.tasks.get(arg % side.tasks.size()).cancel());
            default:
                return String.valueOf(side.loop.runOne());
        }
    }

    @TestFactory
    Stream<DynamicTest> behavesAsTheTranscriptionOfPython343() {
        return IntStream.range(0, 200).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random r = new Random(seed);
            int maxsize = r.nextInt(3);
            int ops = 10 + r.nextInt(30);
            int lost = 0;
            try (ModelSide model = new ModelSide(maxsize); ReferenceSide ref = new ReferenceSide(maxsize)) {
                List<String> log = new ArrayList<>();
                for (int i = 0; i < ops; i++) {
                    int op = r.nextInt(9);
                    int arg = r.nextInt(100);
                    String m = apply(model, op, arg, i);
                    String e = apply(ref, op, arg, i);
                    log.add(op + "/" + arg + " -> " + e);
                    assertThat(m).as("answer to op %d of %s", i, log).isEqualTo(e);
                    assertThat(model.snapshot()).as("after %s", log).isEqualTo(ref.snapshot());
                }
                model.loop.runUntilIdle();
                ref.loop.runUntilIdle();
                assertThat(model.snapshot()).as("idle after %s", log).isEqualTo(ref.snapshot());
                lost = model.unfinished() - model.got - model.qsize();
                assertThat(model.q.lost()).hasSize(lost);
            }
        }));
    }

    /** The generator does reach the bug: some scenarios lose items. */
    @Test
    void someGeneratedScenariosLoseItems() {
        Function<Integer, Integer> lostIn = seed -> {
            Random r = new Random(seed);
            int maxsize = r.nextInt(3);
            int ops = 10 + r.nextInt(30);
            try (ModelSide model = new ModelSide(maxsize)) {
                for (int i = 0; i < ops; i++) {
                    apply(model, r.nextInt(9), r.nextInt(100), i);
                }
                model.loop.runUntilIdle();
                return model.q.lost().size();
            }
        };
        assertThat(IntStream.range(0, 200).map(lostIn::apply).sum()).isPositive();
    }
}
