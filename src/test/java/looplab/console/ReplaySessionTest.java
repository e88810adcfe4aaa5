package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import looplab.command.Command;
import org.junit.jupiter.api.Test;

/** {@code replay SCHEDULE} makes the session's own world follow a schedule that explore printed. */
class ReplaySessionTest {

    private static Session session(String... lines) {
        Session s = new Session(Command.New.DEFAULT, false);
        for (String line : lines) {
            Session.Output out = s.execute(line);
            assertThat(out.kind()).as(line).isNotEqualTo(Session.Kind.ERROR);
        }
        return s;
    }

    @Test
    void stepFollowsTheSchedule() {
        Session s = session("spawn producer A count=1 delay=0", "spawn producer B count=1 delay=0", "replay loop@0:1");
        String frame = s.execute("step").text().toString();
        assertThat(frame).contains(">> B ran");              // choice 1 of [A, B]: B first
        assertThat(s.execute("step").text().toString()).contains(">> A ran");
        assertThat(s.execute("why").text().toString()).contains("A");
    }

    @Test
    void aScheduleFromElsewhereIsRefused() {
        Session s = session("spawn producer A count=1 delay=0", "step");
        Session.Output out = s.execute("replay loop@0:1");
        assertThat(out.kind()).isEqualTo(Session.Kind.ERROR);
        assertThat(out.text().toString()).contains("this schedule starts where the loop had run 0 handles");
        assertThat(s.execute("replay threads:P0").text().toString()).startsWith("error: not a schedule");
        assertThat(s.execute("replay threads:lock=off:A,Q9").text().toString())
                .startsWith("error: the schedule names 'Q9', and this world has no such task");
    }

    @Test
    void theThreadsFailingScheduleStepByStep() {
        Session s = session("new maxsize=1", "spawn producer count=1 delay=0 sentinel=off",
                "spawn producer count=1 delay=0 sentinel=off", "spawn consumer");
        String report = s.execute("explore threads").text().toString();
        String schedule = report.lines().filter(l -> l.startsWith("  replay it: replay ")).findFirst().orElseThrow()
                .substring("  replay it: replay ".length()).split(" ")[0];
        assertThat(schedule).startsWith("threads:lock=off:").matches(".*:[^,]+(,[^,]+){4}");   // 5 steps
        assertThat(s.execute("replay " + schedule).kind()).isEqualTo(Session.Kind.CHANGE);
        String frame = "";
        for (int i = 0; i < 20 && !frame.contains("LOST"); i++) {
            frame = s.execute("step").text().toString();
        }
        assertThat(frame).contains("LOST OR TAKEN TWICE: 'Item 0 from P0' was lost");
        String why = s.execute("why").text().toString().replaceAll("\\s+", " ");
        assertThat(why).contains("What went wrong: 'Item 0 from P0' was lost: P1 stored 'Item 0 from P1' into the same"
                + " slot; P0 and P1 both read tail = 0 (at task steps ");
    }

    @Test
    void theLostItemNamesTheTaskStepsOfBothReads() {
        Session s = session("new seed=42", "spawn producer count=3 delay=0.1..0.5", "spawn producer count=3 delay=0.1..0.5",
                "spawn consumer", "spawn consumer");
        String replay = s.execute("replay threads:lock=off:P0,P0,P1,P1,P0").text().toString().replaceAll("\\s+", " ");
        assertThat(replay).contains("each thread step of the schedule is played by one task step")
                .contains("the schedule's step k is not task step k");
        String frame = s.execute("step 8").text().toString();
        // P1, C0 and C1 park in task steps 2-4, and P0's store is task step 5: the schedule's step 3 is task step 6.
        assertThat(frame).contains("P0 and P1 both read tail = 0 (at task steps 1 and 6, the schedule's steps 1 and 3;"
                + " `goto 1` and `goto 6` show them)")
                .contains("waiting for its turn to write tail = 1").doesNotContain("waiting for waits")
                .contains("(the schedule's step 5)");
        String why = s.execute("why").text().toString().replaceAll("\\s+", " ");
        assertThat(why).contains("What went wrong: 'Item 0 from P0' was lost").contains("at task steps 1 and 6")
                .contains("`goto 1` and `goto 6` show them");
        assertThat(s.execute("goto 1").text().toString()).contains(">> P0 ran  step 1").contains("P0 reads tail = 0");
        assertThat(s.execute("goto 6").text().toString()).contains(">> P1 ran  step 6").contains("P1 reads tail = 0");
    }

    @Test
    void aReplayedWorldIsAnOrdinaryOne() {
        Session s = session("new maxsize=1", "spawn producer count=1 delay=0 sentinel=off",
                "spawn producer count=1 delay=0 sentinel=off", "spawn consumer",
                "replay threads:lock=off:P0,P0,P1,P1,P0", "step 3");
        Session.Output back = s.execute("back");
        assertThat(back.kind()).isNotEqualTo(Session.Kind.ERROR);
        assertThat(back.text().toString()).contains("viewing step 2 of 3");
        assertThat(s.execute("forward").text().toString()).contains("the present: step 3 of 3");
        Session loop = session("spawn producer A count=1 delay=0", "spawn producer B count=1 delay=0",
                "replay loop@0:1", "step 2");
        assertThat(loop.execute("back").text().toString()).contains(">> B ran");
    }

    @Test
    void exploreAtTheConsole() {
        Session s = session("new maxsize=1", "spawn producer count=1 delay=0 sentinel=off",
                "spawn producer count=1 delay=0 sentinel=off", "spawn consumer");
        String loop = s.execute("explore").text().toString();
        assertThat(loop).contains("loop: 0 of").contains("threads without a lock:").contains("threads with a lock: 0 of");
        String threads = s.execute("explore threads").text().toString();
        assertThat(threads).contains("The shortest failing schedule (5 steps)").contains("reads tail = 0");
        assertThat(s.execute("explore threads lock=on").text().toString()).contains("nothing broke");
        assertThat(s.execute("explore sideways").text().toString()).startsWith("error: unexpected word 'sideways'");
        assertThat(s.world().steps()).isZero();
    }
}
