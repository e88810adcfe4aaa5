package looplab.builtins;

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
 * the first thread that can run goes on.
 */
public final class ThreadedReplay {
    private final ThreadedBuffer buffer;
    private final int[] order;
    private final EventLoop loop;
    private final Future<?>[] turns;
    private int position;
    private int turn;

    /** The schedule {@code order} (thread ids, one per step) on {@code buffer}, on {@code loop}. */
    public ThreadedReplay(ThreadedBuffer buffer, int[] order, EventLoop loop) {
        this.buffer = buffer;
        this.order = order.clone();
        this.loop = loop;
        this.turns = new Future<?>[buffer.threads()];
        this.turn = chooseNext();
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
                    : (turn == id ? "next: " : "waits for its turn to ") + buffer.nextStep(id);
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
            buffer.execute(id);
            loop.currentTask().print(buffer.name(id) + " " + buffer.describeLast() + "   buffer " + buffer.picture());
            ThreadedBuffer.Broken broken = buffer.check();
            if (broken != null) {
                loop.currentTask().print((broken.kind() == ThreadedBuffer.Kind.CONSERVATION ? "LOST OR TAKEN TWICE: "
                        : "OUT OF ORDER: ") + broken.what());
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
