package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import looplab.command.Command;
import org.junit.jupiter.api.Test;

/** {@code back}, {@code forward} and {@code goto} at the console: what they say, and what they refuse. */
class TimeTravelSessionTest {

    private static Session seedExample() {
        Session s = new Session(Command.New.DEFAULT, false);
        for (String line : new String[] {"new seed=42", "spawn producer count=3..7 delay=0.1..0.5",
                "spawn producer count=3..7 delay=0.1..0.5", "spawn consumer", "spawn consumer", "step", "step",
                "step 2", "run"}) {
            s.execute(line);
        }
        return s;
    }

    @Test
    void backShowsTheStepBeforeWithTheStatusLineAndForwardReturns() {
        Session s = seedExample();
        String present = s.frame().toString();
        long n = s.world().steps();
        Session.Output back = s.execute("back");
        assertThat(back.kind()).isEqualTo(Session.Kind.TRAVEL);
        assertThat(back.text().toString()).endsWith("\nviewing step " + (n - 1) + " of " + n
                + " (back, forward, goto STEP; a command that changes the world continues from here)");
        assertThat(s.timeMachine().inPast()).isTrue();
        assertThat(s.world().steps()).isEqualTo(n - 1);
        Session.Output forward = s.execute("forward");
        assertThat(forward.text().toString()).isEqualTo(present + "\nthe present: step " + n + " of " + n);
        assertThat(s.timeMachine().inPast()).isFalse();
    }

    @Test
    void gotoTwoIsTheMomentP1sFirstItemEnteredTheQueue() {
        Session s = seedExample();
        String text = s.execute("goto 2").text().toString();
        assertThat(text).startsWith("== step ==  t=0.000  iteration 1  task steps 2\n")
                .contains(">> P1 ran  step 2")
                .contains("put        'Item 0 from P1' into the queue")
                .contains("next get() -> [ 'Item 0 from P0' | 'Item 0 from P1' ]");
        // goto t=T: the last step at or before T.
        assertThat(s.execute("goto t=0").text().toString()).contains("task steps 4\n");
        assertThat(s.timeMachine().viewedStep()).isEqualTo(4);
    }

    @Test
    void viewsShowTheMomentShown() {
        Session s = seedExample();
        s.execute("goto 1");
        assertThat(s.execute("queue").text().toString()).contains("[ 'Item 0 from P0' ]");
        assertThat(s.execute("why").text().toString()).contains("Why P0 ran now");
        assertThat(s.execute("show").text().toString()).contains(">> P0 ran  step 1");
    }

    @Test
    void movesThatCannotBeMadeAreOneLineErrorsAndChangeNothing() {
        Session s = seedExample();
        long n = s.world().steps();
        assertThat(s.execute("forward").text().toString())
                .isEqualTo("error: already at the present, step " + n + ": there is no later step;"
                        + " try: back, goto STEP, or step to run the loop on");
        assertThat(s.execute("goto 999").text().toString())
                .isEqualTo("error: step 999 is after the last step, " + n + "; try: goto " + n + ", or step to run the loop on");
        assertThat(s.execute("goto x").text().toString())
                .isEqualTo("error: goto needs a step number (an integer >= 0) or t=T, not 'x';"
                        + " try: goto STEP | goto t=T (STEP an integer >= 0, T a decimal >= 0)");
        s.execute("back 999");
        assertThat(s.timeMachine().viewedStep()).isZero();
        String start = s.frame().toString();
        assertThat(start).startsWith("== spawn consumer ==");
        assertThat(s.execute("back").text().toString())
                .isEqualTo("error: already at step 0, the start: there is no earlier step; try: forward, or goto " + n
                        + " for the present");
        assertThat(s.frame().toString()).isEqualTo(start);
    }

    @Test
    void aCommandTypedInThePastDiscardsTheStepsAfterAndForwardIsThenAnError() {
        Session s = seedExample();
        long n = s.world().steps();
        s.execute("goto 12");
        Session.Output put = s.execute("put x");
        assertThat(put.kind()).isEqualTo(Session.Kind.CHANGE);
        assertThat(put.text().toString()).startsWith("the " + (n - 12) + " steps after step 12 are discarded\n== put x ==");
        assertThat(s.timeMachine().inPast()).isFalse();
        assertThat(s.world().steps()).isEqualTo(12);
        assertThat(s.execute("forward").text().toString())
                .isEqualTo("error: there is nothing to go forward to: the steps after step 12 were discarded when a"
                        + " command changed the world there; try: back, goto STEP, or step to run the loop on");
        // The trace is the new present's: step 12, then the put.
        String trace = s.execute("trace 2").text().toString();
        assertThat(trace).contains("\"n\":12,").endsWith("{\"type\":\"put\",\"item\":\"x\",\"ok\":true}");
    }

    @Test
    void aCommandRefusedInThePastLeavesThePastShown() {
        Session s = seedExample();
        s.execute("goto 3");
        String frame = s.frame().toString();
        assertThat(s.execute("spawn consumer C0").text().toString())
                .isEqualTo("error: a task named 'C0' already exists at step 3; choose another name, or goto "
                        + s.timeMachine().lastStep() + " first");
        assertThat(s.execute("stpe").kind()).isEqualTo(Session.Kind.ERROR);
        assertThat(s.timeMachine().inPast()).isTrue();
        assertThat(s.frame().toString()).isEqualTo(frame);
    }

    @Test
    void timeTravelStaysInTheWorldOfTheLastNew() {
        Session s = seedExample();
        s.execute("new seed=1");
        s.execute("spawn producer count=1 delay=0");
        s.execute("step");
        assertThat(s.execute("back").text().toString()).startsWith("== spawn producer count=1 delay=0 ==")
                .endsWith("viewing step 0 of 1 (back, forward, goto STEP; a command that changes the world continues from here)");
        assertThat(s.execute("back").kind()).isEqualTo(Session.Kind.ERROR);
    }
}
