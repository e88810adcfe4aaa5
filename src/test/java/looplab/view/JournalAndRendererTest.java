package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import looplab.model.Awaiting;
import looplab.model.Handle;
import org.junit.jupiter.api.Test;

class JournalAndRendererTest {

    private static ViewDriver run(String... lines) {
        ViewDriver d = new ViewDriver();
        for (String line : lines) {
            d.run(line);
        }
        return d;
    }

    @Test
    void aWokenPutterThatLosesItsSlotIsExplained() {
        ViewDriver d = run("new maxsize=1", "spawn producer count=3 delay=0", "spawn producer count=3 delay=0",
                "spawn consumer delay=0", "tick", "step", "step");
        Step s = d.journal.last().lastStep();
        assertThat(s.task()).isEqualTo("P1");
        assertThat(s.lostRace()).isTrue();
        assertThat(s.parked()).isEqualTo(Awaiting.PUT);
        assertThat(Narration.move(s.thief(), true)).isEqualTo("P0's put of 'Item 1 from P0' (step 4)");
        assertThat(Narration.cause(s.wokenBy())).contains("C0's get of 'Item 0 from P0'");
        assertThat(d.renderer.why(d.world, d.journal).toString())
                .contains("Why it waits again")
                .contains("asyncio does not reserve the slot");
    }

    @Test
    void aCancelledWokenGetterPassesItsWakeUpOn() {
        ViewDriver d = run("spawn consumer", "spawn consumer", "step 2", "put x", "cancel C0", "step");
        Step s = d.journal.last().lastStep();
        assertThat(s.task()).isEqualTo("C0");
        assertThat(s.cancelDelivered()).isTrue();
        assertThat(s.wokenThenCancelled()).isTrue();
        assertThat(s.passedOn()).isEqualTo("C1");
        assertThat(s.toAwaiting()).isEqualTo(Awaiting.CANCELLED);
        d.run("step");
        assertThat(d.journal.last().lastStep().taken()).containsExactly("x");
    }

    @Test
    void aTimersTaskResumesOneIterationLater() {
        ViewDriver d = run("spawn producer count=2 delay=0.5", "step", "step");
        List<HandleRun> runs = d.journal.last().handleRuns();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).purpose()).isEqualTo(Handle.Purpose.SLEEP_TIMER);
        assertThat(Labels.body(runs.get(0).handle())).isEqualTo("timer: P0's sleep ends");
        assertThat(runs.get(0).jumpedFrom()).isEqualTo(0.0);
        assertThat(runs.get(1).step().run().iteration()).isEqualTo(runs.get(0).iteration() + 1);
        assertThat(d.renderer.why(d.world, d.journal).toString()).contains("one iteration after its timer fired");
    }

    @Test
    void viewsDoNotResetTheJournal() {
        ViewDriver d = run("spawn producer", "step");
        d.run("queue");
        d.run("why");
        assertThat(d.journal.last().text()).isEqualTo("step");
        assertThat(d.journal.last().stepsRun()).isEqualTo(1);
    }

    @Test
    void aBigWorldsFrameSummarises() {
        ViewDriver d = new ViewDriver();
        for (int i = 0; i < 500; i++) {
            d.run("spawn producer count=5 delay=0.1..0.5");
            d.run("spawn consumer");
        }
        d.run("tick");
        String frame = d.renderer.frame(d.world, d.journal).toString();
        assertThat(frame.lines().count()).isLessThan(60);
        assertThat(frame).contains("(`tasks` lists all 1000)").contains("... ").doesNotContain("\u001b");
        assertThat(d.renderer.tasks(d.world).toString().lines().count()).isEqualTo(1002);   // and the exact times
    }

    @Test
    void styledTextHasStylesAndTheSamePlainText() {
        ViewDriver d = run("spawn producer", "spawn consumer", "step");
        var styled = Renderer.styled().frame(d.world, d.journal);
        assertThat(styled.toString()).isEqualTo(Renderer.plain().frame(d.world, d.journal).toString());
        assertThat(styled.toAnsi()).contains("\u001b[");
        assertThat(Renderer.plain().frame(d.world, d.journal).toAnsi()).doesNotContain("\u001b");
    }

    @Test
    void userTextCannotSmuggleEscapeCodes() {
        ViewDriver d = run("put \"a\u001b[31mred\"", "spawn producer \"x\u001by\"");
        String frame = d.renderer.frame(d.world, d.journal).toString();
        assertThat(frame).doesNotContain("\u001b").contains("\\x1b");
    }

    @Test
    void idleDiagnosisIsEmptyWhenThereIsNothingToSay() {
        ViewDriver d = run("spawn producer count=1 delay=0", "spawn consumer delay=0");
        assertThat(d.renderer.idleDiagnosis(d.world).length()).isZero();
        d.run("run");
        assertThat(d.renderer.idleDiagnosis(d.world).length()).isZero();
        assertThat(d.renderer.frame(d.world, d.journal).toString()).contains("every task is done");
    }
}
