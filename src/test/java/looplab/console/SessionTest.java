package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import looplab.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SessionTest {

    @Test
    @Timeout(60)
    void aStopRequestEndsALongRunBetweenTwoHandlesAndTheWorldGoesOn() throws Exception {
        Session s = new Session(Command.New.DEFAULT, false);
        s.execute("spawn producer count=2000000000 delay=0");
        s.execute("spawn consumer delay=0");
        Thread stopper = new Thread(() -> {
            try {
                while (s.world().loop().taskSteps() < 1000) {
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                return;
            }
            s.world().loop().requestStop();      // what Ctrl-C does
        });
        stopper.start();
        Session.Output out = s.execute("run");
        stopper.join();
        assertThat(out.kind()).isEqualTo(Session.Kind.CHANGE);
        assertThat(out.text().toString()).contains("stopped by Ctrl-C").contains("the world is consistent");
        assertThat(s.journal().last().interrupted()).isTrue();
        // Consistent: every item put was either got or is in the queue.
        var world = s.world();
        int produced = world.actor("P0").progress();
        int got = world.actor("C0").progress();
        assertThat(produced - got).isEqualTo(world.queue().qsize());
        // The stop request left over does not block the next commands.
        long steps = world.loop().taskSteps();
        Session.Output tick = s.execute("tick");
        assertThat(world.loop().taskSteps()).isGreaterThan(steps);
        assertThat(tick.text().toString()).doesNotContain("stopped by Ctrl-C");
        steps = world.loop().taskSteps();
        s.execute("step");
        assertThat(world.loop().taskSteps()).isEqualTo(steps + 1);
    }

    @Test
    void viewsAndErrorsDoNotChangeTheWorld() {
        Session s = new Session(Command.New.DEFAULT, false);
        s.execute("spawn producer");
        s.execute("step");
        String before = s.frame().toString();
        for (String line : new String[] {"queue", "tasks", "ready", "timers", "why", "where P0", "help", "history",
                "trace", "stpe", "spawn producer P0", "cancel nobody", "step -1", "run until=x", "where nobody"}) {
            s.execute(line);
        }
        assertThat(s.frame().toString()).isEqualTo(before);
    }
}
