package looplab.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import looplab.model.Awaiting;
import looplab.model.Future;
import looplab.model.LoopObserver;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.world.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * Guards the generator behind {@link InvariantPropertiesTest}: over the cases of property 1, the
 * situations the invariants are about must actually occur, and often (cancellations delivered
 * in every state, a woken getter or putter cancelled before it ran, woken waiters that lost the
 * race and parked again, refused puts and gets, every kind of rejected command, ...). A
 * generator that drifted into trivial sequences would make the properties pass vacuously.
 */
class GeneratorCoverageTest {

    @Test
    void theGeneratedCasesReachTheInterestingSituations() {
        Map<String, Integer> seen = new TreeMap<>();
        int cases = 500;
        for (long seed = 1_000_000L; seed < 1_000_000L + cases; seed++) {
            List<Gen.Cmd> cmds = Gen.script(seed, Gen.Config.forSeed(seed));
            Harness h = new Harness("coverage seed=" + seed, EnumSet.noneOf(Checker.Group.class), seed % 2 == 0, false);
            Counter counter = new Counter(seen);
            h.world().addListener(counter);
            h.world().addLoopObserver(counter);
            for (Gen.Cmd c : cmds) {
                count(seen, "commands");
                if (c.worldError()) {
                    count(seen, "rejected " + c.command().getClass().getSimpleName().toLowerCase()
                            + (c.parseError() ? " (priority None)" : ""));
                }
                h.apply(c);
            }
            if (!h.world().queue().getters().isEmpty()) {
                count(seen, "ends idle with a consumer waiting");
            }
        }
        System.out.println("generator coverage over " + cases + " cases: " + seen);
        for (String situation : List.of(
                "cancel delivered at start", "cancel delivered at get", "cancel delivered at put",
                "cancel delivered at sleep", "cancel delivered at yield",
                "woken getter cancelled before it ran", "woken putter cancelled before it ran",
                "woken getter parked again", "woken putter parked again",
                "put QueueFull", "get QueueEmpty", "put ok", "get ok", "cancel false",
                "rejected spawn", "rejected cancel", "rejected spawn (priority None)", "rejected put (priority None)",
                "world fifo", "world lifo", "world priority", "consumer got None", "producer done",
                "ends idle with a consumer waiting")) {
            assertThat(seen.getOrDefault(situation, 0)).as(situation).isGreaterThanOrEqualTo(5);
        }
        assertThat(seen.get("steps")).isGreaterThan(10 * cases);
    }

    private static void count(Map<String, Integer> seen, String what) {
        seen.merge(what, 1, Integer::sum);
    }

    private static final class Counter implements java.util.function.Consumer<TraceEvent>, LoopObserver {
        private final Map<String, Integer> seen;
        private final Map<Task, Boolean> wokenRace = new java.util.IdentityHashMap<>();

        Counter(Map<String, Integer> seen) {
            this.seen = seen;
        }

        @Override
        public void accept(TraceEvent event) {
            if (event instanceof TraceEvent.NewWorld e) {
                count(seen, "world " + e.kind().word());
            } else if (event instanceof TraceEvent.Stepped e) {
                count(seen, "steps");
                if (e.awaiting() == Awaiting.DONE && e.out().isEmpty() || e.out().stream().anyMatch(l -> l.startsWith("Producer") && l.endsWith("finished"))) {
                    count(seen, "producer done");
                }
                if (e.out().stream().anyMatch(l -> l.startsWith("Consumer") && l.endsWith("finished"))) {
                    count(seen, "consumer got None");
                }
            } else if (event instanceof TraceEvent.PutResult e) {
                count(seen, e.ok() ? "put ok" : "put " + e.error());
            } else if (event instanceof TraceEvent.GetResult e) {
                count(seen, e.ok() ? "get ok" : "get " + e.error());
            } else if (event instanceof TraceEvent.CancelResult e) {
                count(seen, "cancel " + e.ok());
            }
        }

        @Override
        public void handleStarting(looplab.model.Handle handle, boolean skipped) {
            Task task = handle.task();
            if (skipped || task == null || handle.purpose() == looplab.model.Handle.Purpose.SLEEP_TIMER) {
                return;
            }
            Future<?> f = task.waitingOn();
            boolean woken = f != null && f.done() && !f.cancelled();
            if (task.cancelPending()) {
                String state = f != null ? f.kind().word() : task.awaiting().word();
                count(seen, "cancel delivered at " + state);
                if (woken && (f.kind() == Awaiting.GET || f.kind() == Awaiting.PUT)) {
                    count(seen, "woken " + f.kind().word() + "ter cancelled before it ran");
                }
            }
            wokenRace.put(task, woken && (f.kind() == Awaiting.GET || f.kind() == Awaiting.PUT));
        }

        @Override
        public void waiterParked(Queue<?> queue, Future<?> waiter, boolean putter, Task by) {
            if (by != null && wokenRace.getOrDefault(by, false)) {
                count(seen, "woken " + (putter ? "putter" : "getter") + " parked again");
            }
        }
    }
}
