package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code watch}, the full-screen view, in the real console in a tmux pane: what a person sees
 * after each key, at each size. Skipped, with the reason, only where tmux is not installed.
 */
@Timeout(180)
class WatchE2EIT {
    private static final double SLOW = ConsoleE2EIT.SLOW;

    @BeforeAll
    static void needTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed: the terminal end-to-end tests need it");
        assertThat(Path.of("target/looplab.jar")).exists();
    }

    private static void line(Tmux t, String line, String answer) throws Exception {
        t.type(line);
        t.keys("Enter");
        t.waitFor(answer, SLOW);
    }

    /** The seed's example: two producers, two consumers, at the prompt. */
    private static Tmux seed42() throws Exception {
        Tmux t = Tmux.start(Tmux.looplab(Tmux.home(), "--seed", "42"));
        t.waitFor("looplab>", SLOW);
        line(t, "spawn producer count=3..7 delay=0.1..0.5", "spawned P0");
        line(t, "spawn producer count=3..7 delay=0.1..0.5", "spawned P1");
        line(t, "spawn consumer", "spawned C0");
        line(t, "spawn consumer", "spawned C1");
        return t;
    }

    private static String seen(Tmux t, String text) throws Exception {
        return t.waitForVisible("'" + text + "'", s -> s.contains(text), SLOW);
    }

    private static String titleSays(Tmux t, String what) throws Exception {
        return t.waitForVisible("the title bar saying " + what, s -> s.lines().findFirst().orElse("").contains(what), SLOW);
    }

    @Test
    void watchStepsWithSpaceGoesBackWithBResizesAndQuitsWithQ() throws Exception {
        try (Tmux t = seed42()) {
            t.type("watch");
            t.keys("Enter");
            String screen = titleSays(t, "LoopLab watch");
            assertThat(screen).contains("task steps 0   queue 0").contains("CODE    P0 (producer) runs next, now at line 1")
                    .contains("READY   4 handles").contains("space step  t tick  r run");

            t.keys("Space");
            titleSays(t, "task steps 1   queue 1");
            t.keys("Space");
            screen = titleSays(t, "task steps 2   queue 2");
            assertThat(screen)
                    .contains(">> P1 ran  step 2 (iteration 1, handle 2/4, t=0.000)")
                    .contains("CODE    P1 (producer) ran last, now at line 6")
                    .containsPattern("\n ->  6          await asyncio.sleep\\(delay\\(\\)\\)")
                    .contains("QUEUE   fifo, unbounded, 2 items, unfinished 2")
                    .contains("next get() -> [ 'Item 0 from P0'")
                    .contains("waiting in get(): -   waiting in put(): -")
                    .contains("1. C0: first step")
                    .contains("t=0.198  timer: P1's sleep ends")
                    .contains("P1 producer  1/3 produced    sleeping until t=0.198")
                    .contains("TIMELINE  task steps 1..2 of 2").contains("step 2, the present");

            t.keys("b");
            screen = titleSays(t, "task steps 1   queue 1");
            assertThat(screen).contains("viewing step 1 of 2").contains(">> P0 ran  step 1")
                    .contains("CODE    P0 (producer) ran last, now at line 6")
                    .contains("The past: f goes forward").contains("step 1, shown");
            t.keys("Right");
            titleSays(t, "task steps 2   queue 2");
            t.keys("Left");
            titleSays(t, "viewing step 1 of 2");
            t.keys("f");
            titleSays(t, "task steps 2   queue 2");

            t.resize(80, 24);
            screen = titleSays(t, " watch  t=0.000  iteration 1 (2 left)  steps 2  queue 2");
            assertThat(screen.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
            assertThat(screen).contains("QUEUE").contains("READY").contains("TIMERS").contains("TASKS");
            t.resize(50, 12);
            t.waitForVisible("the size it needs", s -> s.contains("watch needs a terminal of at least 60x15; this one"), SLOW);
            t.resize(120, 40);
            titleSays(t, "LoopLab watch");

            t.keys("q");
            screen = t.waitForVisible("the line console again", s -> s.lines().anyMatch(l -> l.strip().equals("looplab>")), SLOW);
            assertThat(screen).doesNotContain("space step  t tick").contains("== step ==");
            line(t, "tasks", "P1 producer  1/3 produced");
        }
    }

    @Test
    void heldSpaceStepsRunAnimatesUntilAKeyAndColonRunsACommand() throws Exception {
        try (Tmux t = Tmux.start(Tmux.looplab(Tmux.home(), "--seed", "7", "--watch"))) {
            titleSays(t, "LoopLab watch");
            seen(t, "CODE    no task yet");
            t.keys(":");
            t.type("spawn producer count=100 delay=0");
            t.keys("Enter");
            seen(t, "spawned P0");
            t.keys(":");
            t.type("spawn consumer delay=0");
            t.keys("Enter");
            seen(t, "spawned C0");

            String spaces = " ".repeat(12);
            t.type(spaces);                          // as a held key sends them
            titleSays(t, "task steps 12   ");

            t.keys("r");
            t.waitForVisible("the run under way", s -> s.contains("running, 2 steps a second"), SLOW);
            t.keys("+");
            t.waitForVisible("the faster pace", s -> s.contains("running, 4 steps a second"), SLOW);
            t.keys("x");
            String screen = seen(t, "r ran");
            assertThat(screen).contains("stopped (r runs on)").contains("space step");
            t.keys("r");
            t.waitForVisible("the run under way", s -> s.contains("running, 4 steps a second"), SLOW);
            t.keys("C-c");
            seen(t, "stopped by Ctrl-C (r runs on)");

            t.keys(":");
            t.type("why");
            t.keys("Enter");
            t.waitForVisible("the why view, paged", s -> s.contains("Why C0 ran now") || s.contains("Why P0 ran now"), SLOW);
            t.keys("q");
            titleSays(t, "LoopLab watch");

            t.keys(":");
            t.type("stpe");
            t.keys("Enter");
            seen(t, "error: unknown command 'stpe'; did you mean `step`?");

            t.keys("?");
            seen(t, "Press any key to return.");
            t.keys("Enter");
            titleSays(t, "LoopLab watch");

            t.keys("q");
            t.waitForVisible("the line console", s -> s.contains("looplab>") && !s.contains("space step  t tick"), SLOW);
        }
    }

    @Test
    void aLongCommandStopsOnCtrlC() throws Exception {
        try (Tmux t = Tmux.start(Tmux.looplab(Tmux.home(), "--watch"))) {
            titleSays(t, "LoopLab watch");
            t.keys(":");
            t.type("spawn producer count=2000000000 delay=0");
            t.keys("Enter");
            seen(t, "spawned P0");
            t.keys(":");
            t.type("run");
            t.keys("Enter");
            seen(t, "`run` runs (Ctrl-C stops it)");
            t.keys("C-c");
            String screen = seen(t, "stopped by Ctrl-C between two handles: the world is consistent");
            assertThat(screen.lines().findFirst().orElse("")).contains("LoopLab watch");
        }
    }

    @Test
    void aDumbTerminalRefusesWatchWithOneLine() throws Exception {
        try (Tmux t = Tmux.start("export TERM=dumb; " + Tmux.looplab(Tmux.home()))) {
            t.waitFor("looplab>", SLOW);
            t.type("watch");
            t.keys("Enter");
            String screen = t.waitFor("error: watch needs a full-screen terminal", SLOW);
            assertThat(screen).contains("; show prints the frame here");
        }
    }

    @Test
    void aPipeRefusesWatchAndDashDashWatchWithOneLine() throws Exception {
        MainIT.Result typed = MainIT.run("watch\nspawn producer\n");
        assertThat(typed.status()).isEqualTo(2);
        assertThat(typed.out()).contains("looplab> watch\nerror: watch needs a full-screen terminal")
                .contains("spawned P0");
        MainIT.Result option = MainIT.run("spawn producer\n", "--watch");
        assertThat(option.status()).isEqualTo(2);
        assertThat(Arrays.asList(option.out().split("\n")).get(0)).startsWith("error: watch needs a full-screen terminal");
        assertThat(option.out()).contains("spawned P0");
        MainIT.Result script = MainIT.run("", "--watch", "--script", "/dev/null");
        assertThat(script.status()).isEqualTo(2);
        assertThat(script.err()).contains("--watch is the console's full screen");
    }
}
