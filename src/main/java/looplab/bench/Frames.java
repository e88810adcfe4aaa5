package looplab.bench;

import java.util.Arrays;
import java.util.Optional;
import looplab.command.Command;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.view.Journal;
import looplab.view.Renderer;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * The console's frame render time in a world of {@code tasks} tasks (half producers, half
 * consumers, mid-run), the world the view's {@code FrameRenderBench} builds: the first frame (as
 * in a fresh console), then the median and 99th percentile of many, styled as the console
 * renders them.
 */
final class Frames {
    /** What rendering cost: the first frame and the steady ones, in milliseconds. */
    record RenderTimes(int tasks, long lines, @Column(value = "first ms", digits = 3) double firstMs,
            @Column(value = "median ms", digits = 3) double medianMs,
            @Column(value = "p99 ms", digits = 3) double p99Ms) implements Result {
        @Override
        public String measure() {
            return "frame";
        }
    }

    private Frames() {}

    static RenderTimes measure(int tasks) {
        World world = new World();
        Journal journal = Journal.attach(world);
        run(world, journal, "new seed=7 maxsize=200");
        for (int i = 0; i < tasks / 2; i++) {
            run(world, journal, "spawn producer count=3..7 delay=0.1..0.5");
            run(world, journal, "spawn consumer delay=0.1..0.3");
        }
        run(world, journal, "tick");
        run(world, journal, "step 300");
        Renderer renderer = Renderer.styled();
        long t0 = System.nanoTime();
        long lines = renderer.frame(world, journal).toString().lines().count();
        double first = (System.nanoTime() - t0) / 1e6;
        int sink = 0;
        for (int i = 0; i < 3000; i++) {
            sink += renderer.frame(world, journal).length();
        }
        int n = 2000;
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            sink += renderer.frame(world, journal).length();
            ns[i] = System.nanoTime() - start;
        }
        if (sink == 0) {
            throw new IllegalStateException("empty frames");
        }
        Arrays.sort(ns);
        return new RenderTimes(world.actors().size(), lines, first, ns[n / 2] / 1e6, ns[n * 99 / 100] / 1e6);
    }

    private static void run(World world, Journal journal, String line) {
        try {
            Optional<Command> command = Parser.parseLine(line, 0, world.kind());
            if (command.isPresent()) {
                journal.beginCommand(line, command.get());
                try {
                    world.apply(command.get());
                } finally {
                    journal.endCommand();
                }
            }
        } catch (ScriptError | WorldError e) {
            throw new IllegalStateException(line + ": " + e.getMessage(), e);
        }
    }
}
