package looplab.builtins;

import java.util.ArrayList;
import java.util.List;
import looplab.model.Coroutine;
import looplab.model.EventLoop;
import looplab.model.Future;
import looplab.model.SuspensionPoint;

/**
 * A threads-mode schedule ({@code replay threads:lock=off:P0,P1,...}) played on the loop, so that
 * the console's {@code step}, {@code tick}, {@code run} and {@code why} walk through it: each
 * thread is a task, and each of its steps on the {@link ThreadedBuffer} is one task step. Only
 * the thread whose turn it is runs; the others wait for their turn on a future, which the thread
 * before them completes (so each step runs in an iteration of its own). After the schedule,
 * the first thread that can run goes on. A task's first step may only park, so the schedule's
 * step k is not task step k: each step prints which schedule step it plays, and what went wrong
 * names both numbers.
 */
public final class ThreadedReplay {
    /** How a step's printed line begins when it lost an item or took one twice. */
    public static final String LOST = "LOST OR TAKEN TWICE: ";
    /** How a step's printed line begins when a producer's items left out of order. */
    public static final String OUT_OF_ORDER = "OUT OF ORDER: ";

    private final ThreadedBuffer buffer;
    private final int[] order;
    private final EventLoop loop;
    private final Future<?>[] turns;
    private final List<Long> taskStepOf = new ArrayList<>();     // by thread step (from 0): the task step that played it
    private int position;
    private int turn;

    /** The schedule {@code order} (thread ids, one per step) on {@code buffer}, on {@code loop}. */
    public ThreadedReplay(ThreadedBuffer buffer, int[] order, EventLoop loop) {
        this.buffer = buffer;
        this.order = order.clone();
        this.loop = loop;
        this.turns = new Future<?>[buffer.threads()];
        this.turn = chooseNext();
        buffer.nameTaskSteps(k -> taskStepOf.get(k - 1));
    }

    /**
     * What went wrong, from a step's printed lines (a broken invariant, without its capital
     * prefix), or null when nothing did.
     */
    public static String wentWrong(List<String> printed) {
        for (String line : printed) {
            if (line.startsWith(LOST) || line.startsWith(OUT_OF_ORDER)) {
                return line.substring(line.indexOf(": ") + 2);
            }
        }
        return null;
    }

    /** The coroutine of thread {@code id}, for its task. */
    public Coroutine thread(int id) {
        return new Thread(id);
    }

    private int chooseNext() {
        long enabled = buffer.enabled();
        if (position < order.length && (enabled & (1L << order[position])) != 0) {
            return order[position];
        }
        position = order.length;         // a schedule that no longer fits: the first thread that can run
        return enabled == 0 ? -1 : Long.numberOfTrailingZeros(enabled);
    }

    private final class Thread extends Coroutine {
        private final int id;

        Thread(int id) {
            this.id = id;
        }

        @Override
        public SuspensionPoint suspendedAt() {
            String label = buffer.done(id) ? "returned"
                    : (turn == id ? "next: " : "its turn to ") + buffer.nextStep(id);
            return new Point(label);
        }

        @Override
        public Object resume(RuntimeException thrown) {
            if (thrown != null) {
                throw thrown;
            }
            if (turn != id) {
                return park();
            }
            boolean scheduled = position < order.length;
            taskStepOf.add(loop.taskSteps());
            buffer.execute(id);
            loop.currentTask().print(buffer.name(id) + " " + buffer.describeLast() + "   buffer " + buffer.picture()
                    + "   (" + (scheduled ? "the schedule's step " + (position + 1) : "after the schedule") + ")");
            ThreadedBuffer.Broken broken = buffer.check();
            if (broken != null) {
                loop.currentTask().print((broken.kind() == ThreadedBuffer.Kind.CONSERVATION ? LOST : OUT_OF_ORDER)
                        + broken.what());
            }
            position++;
            turn = chooseNext();
            if (turn >= 0 && turn != id && turns[turn] != null && !turns[turn].done()) {
                turns[turn].setResult(null);
            }
            if (buffer.done(id)) {
                return finish(null);
            }
            return turn == id ? YIELD : park();
        }

        private Object park() {
            Future<Object> f = loop.createFuture();
            turns[id] = f;
            return f;
        }
    }

    private record Point(String label) implements SuspensionPoint {
        @Override
        public int line() {
            return 0;
        }
    }
}
