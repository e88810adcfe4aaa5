package looplab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import looplab.command.Command;
import looplab.console.Session;

/**
 * What {@code back} costs in the console: a session whose world ran about {@code steps} task
 * steps (a producer of {@code steps / 2} items and a consumer, neither sleeping), then
 * {@code back} timed from the present again and again ({@code goto N} between, which is free).
 * {@code back} replays every command since the world's {@code new} and renders the frame of the
 * step before the last, so its cost is linear in the steps of the run.
 */
final class Back {
    /** How the run was typed: one {@code run}, or one {@code step 10} per ten steps. */
    enum Shape {
        RUN("run"),
        STEP10("step 10");

        final String line;

        Shape(String line) {
            this.line = line;
        }
    }

    /**
     * What {@code back} cost, in milliseconds of wall time: the first (the JIT cold for replays),
     * the median and the slowest; and the median CPU time of the thread, steadier on a busy machine.
     */
    record Times(long steps, @Column("typed as") String shape, long commands,
            @Column(value = "first ms", digits = 1) double firstMs,
            @Column(value = "median ms", digits = 1) double medianMs,
            @Column(value = "max ms", digits = 1) double maxMs,
            @Column(value = "median cpu ms", digits = 1) double medianCpuMs) implements Result {
        @Override
        public String measure() {
            return "back";
        }
    }

    private Back() {}

    static Times measure(int steps, Shape shape, int repeats) {
        Session session = new Session(Command.New.DEFAULT, false);
        run(session, "new seed=1");
        run(session, "spawn producer P count=" + Math.max(1, steps / 2) + " delay=0 sentinel=off");
        run(session, "spawn consumer C delay=0");
        long commands = 3;
        if (shape == Shape.RUN) {
            run(session, "run");
            commands++;
        } else {
            while (!session.world().loop().isIdle()) {
                run(session, "step 10");
                commands++;
            }
        }
        long last = session.world().steps();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[repeats];
        double[] cpu = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Session.Output out = session.execute("back");
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            if (out.kind() != Session.Kind.TRAVEL || session.timeMachine().viewedStep() != last - 1) {
                throw new IllegalStateException("back did not go back: " + out.text());
            }
            run(session, "goto " + last);
        }
        double first = ms[0];
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new Times(last, shape.line, commands, first, ms[repeats / 2], ms[repeats - 1], cpu[repeats / 2]);
    }

    private static void run(Session session, String line) {
        Session.Output out = session.execute(line);
        if (out.kind() == Session.Kind.ERROR) {
            throw new IllegalStateException(line + ": " + out.text());
        }
    }
}
