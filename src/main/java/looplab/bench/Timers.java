package looplab.bench;

import looplab.model.Callback;
import looplab.model.EventLoop;

/**
 * {@code n} timers ({@code loop.call_later(delay, cb)}) scheduled at once with distinct deadlines
 * in a shuffled order, then run: each fires in its own iteration, after a clock jump.
 */
final class Timers {
    /** What a run of {@code timers} timers cost, in ns and bytes per timer. */
    record Cost(int timers, @Column("schedule ns/timer") double scheduleNsPerTimer,
            @Column("run ns/timer") double runNsPerTimer,
            @Column("B/pending timer") double bytesPerPendingTimer) implements Result {
        @Override
        public String measure() {
            return "timers";
        }
    }

    private int fired;

    private Timers() {}

    /** Schedules and runs {@code n} timers, after a warm-up; checks that every one fired, in order. */
    static Cost measure(int n) {
        for (int i = 0; i < 5; i++) {
            new Timers().once(Math.min(n, 100_000), false);
        }
        return new Timers().once(n, true);
    }

    private Cost once(int n, boolean weigh) {
        EventLoop loop = new EventLoop();
        long before = weigh ? IdleTasks.usedAfterGc() : 0;
        double[] last = {-1};
        Callback fire = arg -> {
            if (loop.time() < last[0]) {
                throw new IllegalStateException("timers fired out of order");
            }
            last[0] = loop.time();
            fired++;
        };
        // A stride coprime with n visits every slot once: n distinct deadlines, shuffled.
        long stride = strideFor(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            loop.callLater(((i * stride) % n) * 1e-3, fire, null);
        }
        long t1 = System.nanoTime();
        long pending = weigh ? IdleTasks.usedAfterGc() : 0;
        long t2 = System.nanoTime();
        loop.runUntilIdle();
        long t3 = System.nanoTime();
        if (fired != n) {
            throw new IllegalStateException(fired + " timers fired, " + n + " expected");
        }
        return new Cost(n, (t1 - t0) / (double) n, (t3 - t2) / (double) n, (pending - before) / (double) n);
    }

    private static long strideFor(int n) {
        long stride = 7919;
        while (gcd(stride, n) != 1) {
            stride += 2;
        }
        return stride;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
