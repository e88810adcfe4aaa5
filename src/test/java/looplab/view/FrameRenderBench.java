package looplab.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * How long rendering a frame takes in a world of 1,000 tasks (the console's budget is 5 ms), and
 * a {@code watch} screen of 120x40 (drawn after every key). A measurement, not a test:
 * {@code java -cp target/test-classes:target/looplab.jar looplab.view.FrameRenderBench [TASKS]}.
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
            time(name + " frame", d, r.frame(d.world, d.journal).toString().lines().count() + " lines",
                    () -> r.frame(d.world, d.journal).length());
        }
        WatchScreen screen = new WatchScreen(true, true);
        time("styled watch screen 120x40", d, "40 lines",
                () -> screen.lines(d.world, d.journal, 120, 40, WatchScreen.Chrome.NONE).size());
    }

    private static void time(String what, ViewDriver d, String size, IntSupplier render) {
        int n = 2000;
        long[] ns = new long[n];
        int sink = 0;
        for (int i = 0; i < 3000; i++) {      // warm-up
            sink += render.getAsInt();
        }
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink += render.getAsInt();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%s, %d tasks, %s: median %.3f ms, p99 %.3f ms, max %.3f ms (%d)%n",
                what, d.world.actors().size(), size, ns[n / 2] / 1e6, ns[n * 99 / 100] / 1e6, ns[n - 1] / 1e6, sink % 7);
    }
}
