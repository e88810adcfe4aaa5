package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code back}, {@code goto} and a command typed in the past, in the real console in tmux. */
@Timeout(120)
class TimeTravelE2EIT {
    private static final double SLOW = ConsoleE2EIT.SLOW;

    @BeforeAll
    static void needTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed: the terminal end-to-end tests need it");
        assertThat(Path.of("target/looplab.jar")).exists();
    }

    private static void run(Tmux t, String line, String expect) throws Exception {
        t.type(line);
        t.keys("Enter");
        t.waitFor(expect, SLOW);
    }

    @Test
    void backAfterAFewStepsShowsTheStepBeforeAndSaysSo() throws Exception {
        try (Tmux t = Tmux.start(Tmux.looplab(Tmux.home(), "--seed", "42"))) {
            t.waitFor("looplab>", SLOW);
            run(t, "spawn producer count=3..7 delay=0.1..0.5", "spawned P0");
            run(t, "spawn producer count=3..7 delay=0.1..0.5", "spawned P1");
            run(t, "spawn consumer", "spawned C0");
            run(t, "step 3", "task steps 3");
            t.type("back");
            t.keys("Enter");
            String screen = t.waitFor("the frame of step 2", s -> s.contains("viewing step 2 of 3 (back, forward"), SLOW);
            assertThat(screen)
                    .contains("task steps 2")
                    .contains(">> P1 ran  step 2")
                    .contains("put        'Item 0 from P1' into the queue");
            t.waitFor("the status line in the past", s -> s.contains(" viewing step 2 of 3 | t=0.000"), SLOW);
            t.type("goto 1");
            t.keys("Enter");
            t.waitFor("the frame of step 1", s -> s.contains("viewing step 1 of 3 (back"), SLOW);
            t.type("put x");
            t.keys("Enter");
            screen = t.waitFor("the 2 steps after step 1 are discarded", SLOW);
            assertThat(screen).contains("== put x ==");
            t.waitFor("the status line at the present", s -> s.contains(" t=0.000 | iteration 1 | steps 1 | queue 2"), SLOW);
            t.type("forward");
            t.keys("Enter");
            t.waitFor("error: there is nothing to go forward to", SLOW);
        }
    }
}
