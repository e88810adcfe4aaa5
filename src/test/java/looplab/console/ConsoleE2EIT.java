package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real console ({@code java -jar target/looplab.jar}) in a tmux pane: what a person types,
 * what the screen shows. Skipped, with the reason, only where tmux is not installed. Runs in
 * {@code mvn verify} after the jar is built (Failsafe).
 */
@Timeout(120)
class ConsoleE2EIT {
    /** Generous: the machines are small and often busy. */
    static final double SLOW = 30;

    @BeforeAll
    static void needTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed: the terminal end-to-end tests need it");
        assertThat(Path.of("target/looplab.jar")).exists();
    }

    private static String prompt(Tmux t) throws Exception {
        long start = System.nanoTime();
        String screen = t.waitFor("looplab>", SLOW);
        System.out.printf("first prompt after %.0f ms%n", (System.nanoTime() - start) / 1e6);
        return screen;
    }

    @Test
    void aStepFrameShowsTheTaskThatRanAndTheQueue() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home, "--seed", "42"))) {
            prompt(t);
            t.type("spawn producer count=3..7 delay=0.1..0.5");
            t.keys("Enter");
            t.waitFor("spawned P0", SLOW);
            t.type("spawn consumer");
            t.keys("Enter");
            t.waitFor("spawned C0", SLOW);
            t.type("step");
            t.keys("Enter");
            String screen = t.waitFor(">> P0 ran", SLOW);
            assertThat(screen)
                    .contains("put        'Item 0 from P0' into the queue")
                    .contains("next get() -> [ 'Item 0 from P0' ]")
                    .contains("1. C0: first step")
                    .contains("timer: P0's sleep ends");
            t.waitFor("status line naming P0", s -> s.contains("last ran: P0"), SLOW);
            t.type("why");
            t.keys("Enter");
            t.waitFor("Why no lock", SLOW);
        }
    }

    @Test
    void anotherThreadsPutLeavesTheLoopStuckUntilAThreadsafePutWakesIt() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            prompt(t);
            t.type("spawn consumer C0 delay=0");
            t.keys("Enter");
            t.waitFor("spawned C0", SLOW);
            t.type("step");
            t.keys("Enter");
            t.waitFor(">> C0 ran", SLOW);
            t.type("thread pu");
            t.keys("Tab");
            t.waitFor("put completed", s -> s.contains("looplab> thread put "), SLOW);
            t.type("x");
            t.keys("Enter");
            String screen = t.waitFor("The loop is stuck", SLOW);
            assertThat(screen).contains("a wake-up is ready but nothing woke the loop")
                    .contains("1. C0: wake-up after get");
            t.type("threadsafe put y");
            t.keys("Enter");
            t.waitFor("and wakes the loop", SLOW);
            t.type("run");
            t.keys("Enter");
            t.waitFor("put_nowait('y') -> ok, in the loop's thread", SLOW);
        }
    }

    @Test
    void tabCompletesCommandsOptionsAndTaskNames() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            prompt(t);
            t.type("spa");
            t.keys("Tab");
            t.waitFor("the command completed", s -> s.contains("looplab> spawn "), SLOW);
            t.type("pro");
            t.keys("Tab");
            t.waitFor("the role completed", s -> s.contains("looplab> spawn producer "), SLOW);
            t.type("cou");
            t.keys("Tab");
            t.waitFor("the option completed", s -> s.contains("looplab> spawn producer count="), SLOW);
            t.type("4 slow");
            t.keys("Enter");
            t.waitFor("spawned slow", SLOW);
            t.type("cancel sl");
            t.keys("Tab");
            t.waitFor("the task name completed", s -> s.contains("looplab> cancel slow"), SLOW);
            t.keys("Enter");
            t.waitFor("cancel slow -> True", SLOW);
        }
    }

    @Test
    void aBadCommandSaysWhatToTypeAndTheConsoleLivesOn() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            prompt(t);
            t.type("stpe 3");
            t.keys("Enter");
            t.waitFor("error: unknown command 'stpe'; did you mean `step`?", SLOW);
            t.type("spawn producer count=7..3");
            t.keys("Enter");
            t.waitFor("error: empty count range '7..3'; try: spawn producer", SLOW);
            t.type("tasks");
            t.keys("Enter");
            t.waitFor("TASKS   none yet", SLOW);
        }
    }

    @Test
    void ctrlCStopsALongRunAndLeavesAConsistentWorld() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            prompt(t);
            t.type("spawn producer count=2000000000 delay=0");
            t.keys("Enter");
            t.waitFor("spawned P0", SLOW);
            t.type("spawn consumer delay=0");
            t.keys("Enter");
            t.waitFor("spawned C0", SLOW);
            t.type("run");
            t.keys("Enter");
            t.waitFor("the run under way", s -> s.contains("(Ctrl-C stops)"), SLOW);
            t.keys("C-c");
            String screen = t.waitFor("stopped by Ctrl-C", SLOW);
            assertThat(screen).contains("the world is consistent");
            t.type("queue");
            t.keys("Enter");
            t.waitFor("the queue view after the stop",
                    s -> s.contains("looplab> queue") && s.substring(s.lastIndexOf("looplab> queue")).contains("QUEUE"), SLOW);
        }
    }

    @Test
    void ctrlDLeavesAndKeepsTheHistory() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            prompt(t);
            t.type("spawn producer");
            t.keys("Enter");
            t.waitFor("spawned P0", SLOW);
            t.keys("C-d");
            t.waitFor("[exit 0]", SLOW);
            Path history = home.resolve(".looplab_history");
            assertThat(history).exists();
            assertThat(Files.readString(history, StandardCharsets.UTF_8)).contains("spawn producer");
        }
    }

    @Test
    void coloursInATerminalAndNoneWithNoColor() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            prompt(t);
            t.type("spawn producer");
            t.keys("Enter");
            t.waitFor("spawned P0", SLOW);
            assertThat(t.screenWithEscapes()).contains("\u001b[");
        }
        try (Tmux t = Tmux.start(Tmux.looplab(home, "--no-color"))) {
            prompt(t);
            t.type("spawn producer");
            t.keys("Enter");
            t.waitFor("spawned P0", SLOW);
            String screen = t.screenWithEscapes();
            // Only the status line (inverse video) may carry an attribute: no colour anywhere.
            assertThat(screen.replaceAll("\u001b\\[(0|7|27|39|49)?m", "")).doesNotContain("\u001b[");
        }
    }
}
