package looplab.view;

import java.util.Arrays;
import java.util.Locale;

/**
 * How long rendering a frame takes in a world of 1,000 tasks (the console's budget is 5 ms).
 * A measurement, not a test:
 * {@code java -cp target/test-classes:target/looplab.jar looplab.view.FrameRenderBench}.
 */
public final class FrameRenderBench {
    private FrameRenderBench() {}

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ViewDriver d = new ViewDriver();
        d.run("new seed=7 maxsize=200");
        for (int i = 0; i < tasks / 2; i++) {
            d.run("spawn producer count=3..7 delay=0.1..0.5");
            d.run("spawn consumer delay=0.1..0.3");
        }
        d.run("tick");
        d.run("step 300");
        for (String name : new String[] {"plain", "styled"}) {
            Renderer r = name.equals("plain") ? Renderer.plain() : Renderer.styled();
            int n = 2000;
            long[] ns = new long[n];
            int sink = 0;
            for (int i = 0; i < 3000; i++) {      // warm-up
                sink += r.frame(d.world, d.journal).length();
            }
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                sink += r.frame(d.world, d.journal).length();
                ns[i] = System.nanoTime() - t0;
            }
            Arrays.sort(ns);
            System.out.printf(Locale.ROOT, "%s frame, %d tasks, %d lines: median %.3f ms, p99 %.3f ms, max %.3f ms (%d)%n",
                    name, d.world.actors().size(), r.frame(d.world, d.journal).toString().lines().count(),
                    ns[n / 2] / 1e6, ns[n * 99 / 100] / 1e6, ns[n - 1] / 1e6, sink % 7);
        }
        // First frame in a fresh JVM, as a user sees it.
    }
}
