package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import looplab.model.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code lab.back()}, {@code lab.forward()}, {@code lab.goTo(k)}: the console's time travel from JShell. */
@Timeout(60)
class LabTimeTravelTest {

    @Test
    void backShowsTheFrameTheLabShowedThenAndSaysWhereItIs() {
        try (Lab lab = Lab.seeded(42)) {
            lab.spawnProducer().spawnConsumer();
            Map<Long, String> frames = new HashMap<>();
            for (int i = 0; i < 6; i++) {
                lab.step();
                frames.put(lab.steps(), lab.frame());
            }
            lab.back();
            assertThat(lab.frame()).isEqualTo(frames.get(5L));
            assertThat(lab.viewing()).isEqualTo("viewing step 5 of 6");
            assertThat(lab.toString()).endsWith("\nviewing step 5 of 6 (lab.back(), lab.forward(), lab.goTo(STEP);"
                    + " a command that changes the world continues from here)");
            assertThat(lab.goTo(2).frame()).isEqualTo(frames.get(2L));
            assertThat(lab.steps()).isEqualTo(2);
            assertThat(lab.command("forward 2").frame()).isEqualTo(frames.get(4L));
            assertThat(lab.goToTime(0).viewedStep()).isEqualTo(2);
            assertThat(lab.forward(10).viewing()).isNull();
            assertThat(lab.frame()).isEqualTo(frames.get(6L));
            assertThatThrownBy(lab::forward).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("already at the present, step 6");
        }
    }

    @Test
    void aCommandInThePastDiscardsTheRestAndTheTraceFollows() {
        try (Lab lab = Lab.seeded(42)) {
            lab.spawnProducer().spawnConsumer().step(6);
            lab.goTo(3).put("x");
            assertThat(lab.toString()).startsWith("\nthe 3 steps after step 3 are discarded\n== put x ==");
            assertThat(lab.viewing()).isNull();
            assertThat(lab.steps()).isEqualTo(3);
            try (Lab again = Lab.seeded(42)) {
                again.spawnProducer().spawnConsumer().step(3);
                again.put("x");
                assertThat(lab.trace()).isEqualTo(again.trace());
                assertThat(lab.step(4).frame()).isEqualTo(again.step(4).frame());
            }
            assertThatThrownBy(lab::forward).hasMessageContaining("the steps after step 3 were discarded");
        }
    }

    @Test
    void yourCoroutinesAreRunAgainFromTheStart() {
        try (Lab lab = Lab.seeded(7)) {
            lab.spawnProducer("P count=4 delay=0");
            lab.spawn("mine", t -> {
                Queue<String> q = t.queue();
                for (int i = 0; i < 3; i++) {
                    t.print("got " + t.await(q.get()));
                }
            });
            lab.run();
            long n = lab.steps();
            String present = lab.frame();
            lab.back(3);
            assertThat(lab.steps()).isEqualTo(n - 3);
            assertThat(lab.frame()).contains("1 coroutine of yours");
            lab.forward(3);
            assertThat(lab.frame()).isEqualTo(present);
        }
    }

    @Test
    void aCoroutineThatDoesNotReplayTheSameIsRefused() {
        try (Lab lab = Lab.seeded(7)) {
            Queue<String> captured = lab.queue();      // the present world's queue, not a replay's
            lab.spawnProducer("P count=2 delay=0");
            lab.spawn("mine", t -> t.print("got " + t.await(captured.get())));
            lab.run();
            assertThatThrownBy(lab::back).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not replay the same")
                    .hasMessageContaining("deterministic");
            assertThat(lab.viewing()).isNull();
        }
    }

    @Test
    void aReplayedCoroutineThatReachesIntoThePresentLeavesThePresentUntouched() {
        try (Lab lab = Lab.seeded(7)) {
            Queue<String> captured = lab.queue();      // the present world's queue, not a replay's
            lab.spawnProducer("P count=2 delay=0");
            lab.spawn("mine", t -> {
                captured.putNowait("from mine");
                t.sleep(0.5);
                t.print("got " + t.await(captured.get()));
            });
            lab.run();
            List<String> items = captured.contents();
            double clock = lab.time();
            String trace = lab.trace();
            long steps = lab.steps();
            String present = lab.frame();
            assertThatThrownBy(lab::back).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not replay the same");
            assertThat(lab.viewing()).isNull();
            assertThat(captured.contents()).isEqualTo(items);
            assertThat(lab.time()).isEqualTo(clock);
            assertThat(lab.trace()).isEqualTo(trace);
            assertThat(lab.steps()).isEqualTo(steps);
            assertThat(lab.frame()).isEqualTo(present);
            // and the present is the lab's again: its own commands work on it
            lab.put("x");
            assertThat(captured.contents()).endsWith("x");
        }
    }

    @Test
    void aCommandTheWorldRefusesThereLeavesThePastShown() {
        try (Lab lab = Lab.seeded(42)) {
            lab.spawnProducer().step(2).spawnConsumer("C9 delay=0.1").step(2);
            lab.goTo(1);
            assertThatThrownBy(() -> lab.cancel("C9")).hasMessageStartingWith("no task named 'C9' at step 1");
            assertThat(lab.viewing()).isEqualTo("viewing step 1 of 4");
        }
    }

    @Test
    void theTimelineFromJShellIsTheConsolesInAscii() {
        try (Lab lab = Lab.seeded(42)) {
            lab.spawnProducer().spawnProducer().spawnConsumer().spawnConsumer().run();
            String timeline = lab.goTo(2).timeline().toString();
            assertThat(timeline).startsWith("\nTIMELINE  task steps 1..21 of 21, one column per task step\n")
                    .contains("\nP1     +#").contains("^ step 2, shown");
            assertThat(timeline.chars().allMatch(c -> c < 128)).isTrue();
            assertThat(lab.timeline("by=iteration").toString()).contains("one column per iteration");
            assertThatThrownBy(() -> lab.timeline("50..60")).hasMessageStartingWith("steps 50..60 are after the last step");
        }
    }
}
