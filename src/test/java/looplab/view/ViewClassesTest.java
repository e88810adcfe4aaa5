package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import looplab.model.Awaiting;
import looplab.model.Handle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test group per view class, each on a small world whose text can be worked out by hand. */
class ViewClassesTest {

    private static ViewDriver run(String... lines) {
        ViewDriver d = new ViewDriver();
        for (String line : lines) {
            d.run(line);
        }
        return d;
    }

    private static String plain(Consumer<Text> view) {
        Text t = new Text(false);
        view.accept(t);
        return t.done().toString();
    }

    @Nested
    class Journals {
        @Test
        void everyCommandHasARecordAndTheWholeRunIsKept() {
            ViewDriver d = run("spawn producer count=40 delay=0", "spawn consumer delay=0", "run");
            assertThat(d.journal.records()).hasSize(3);
            CommandRecord run = d.journal.last();
            assertThat(run.runsTheLoop()).isTrue();
            // Every handle is kept, not a window: 40 items + a sentinel each way, plus the yields.
            assertThat(run.handleRuns()).hasSize((int) run.handlesRun());
            assertThat(run.stepsRun()).isEqualTo(d.world.steps());
            long steps = run.handleRuns().stream().filter(r -> r.step() != null).count();
            assertThat(steps).isEqualTo(run.stepsRun()).isGreaterThan(64);
        }

        @Test
        void factsSayWhoWokeWhomWithWhichItem() {
            ViewDriver d = run("spawn consumer", "step", "spawn producer count=1 delay=0", "step", "step");
            Step got = d.journal.last().lastStep();
            assertThat(got.task()).isEqualTo("C0");
            assertThat(got.wokenBy()).isEqualTo(new Fact.PutBy("P0", "Item 0 from P0", 2));
            Step put = d.journal.lastStepOf("P0");
            assertThat(put.woke()).containsExactly(new Fact.Wake("C0", Awaiting.GET));
            assertThat(put.from()).isEqualTo(new Fact.Point("not started", 1));
        }

        @Test
        void aRefusedCommandLeavesNoRecord() {
            ViewDriver d = run("spawn producer P", "spawn producer P");
            assertThat(d.journal.records()).hasSize(1);
            assertThat(d.journal.last().outcomes()).containsExactly(new Fact.Spawned("P", "producer", 6));
        }

        @Test
        void topLevelOutcomesAreFactsInOrder() {
            ViewDriver d = run("new maxsize=1", "spawn consumer", "step", "put a");
            assertThat(d.journal.last().outcomes()).containsExactly(
                    new Fact.PutOutcome("a", true, 1, 1), new Fact.Woke("C0", Awaiting.GET));
        }
    }

    @Nested
    class Narrations {
        @Test
        void causesReadAsBefore() {
            assertThat(Narration.cause(new Fact.PutBy("P0", "x", 3))).isEqualTo("P0's put of 'x' (step 3)");
            assertThat(Narration.cause(new Fact.TimerFired("C1", 4, 0.25)))
                    .isEqualTo("the timer of C1's sleep fired in iteration 4 at t=0.250");
            assertThat(Narration.cause(new Fact.Created("spawn consumer", "C0")))
                    .isEqualTo("`spawn consumer` created C0 (create_task schedules its first step)");
        }

        @Test
        void namesAndItemsAreEscaped() {
            assertThat(Narration.outcome(new Fact.Woke("a\u001bb", Awaiting.GET))).doesNotContain("\u001b")
                    .startsWith("woke a\\x1bb's get()");
            assertThat(Narration.move(new Fact.Move(null, "i", 0, 1, "put i"), true))
                    .isEqualTo("the top-level `put i` (put of 'i')");
        }
    }

    @Nested
    class TaskStateWords {
        @Test
        void aTaskReadsTheSameInTasksWhereAndAfterItsStep() {
            ViewDriver d = run("spawn consumer", "step");
            assertThat(TaskStates.now(d.world.actor("C0").task(), null, null)).isEqualTo("waiting in get()");
            assertThat(TaskStates.afterStep(Awaiting.GET, Double.NaN)).isEqualTo("waiting in get(): the queue is empty");
            assertThat(d.renderer.tasks(d.world).toString()).contains("waiting in get()");
            assertThat(d.renderer.where(d.world, "C0").toString()).contains(": waiting in get()");
        }

        @Test
        void aWokenGetterSaysItReChecks() {
            ViewDriver d = run("spawn consumer", "step", "put x");
            assertThat(TaskStates.now(d.world.actor("C0").task(), null, null))
                    .isEqualTo("woken in get(): re-checks when it runs");
            assertThat(TaskStates.Category.of(d.world.actor("C0").task())).isEqualTo(TaskStates.Category.WOKEN);
        }
    }

    @Nested
    class Frames {
        @Test
        void showsTheLastStepInDetailAndEarlierOnesInOneLine() {
            ViewDriver d = run("spawn producer count=2 delay=0", "spawn consumer delay=0", "step 2");
            String frame = plain(t -> FrameView.render(t, d.world, d.journal.last(), d.journal.census()));
            assertThat(frame).startsWith("== step 2 ==  t=0.000  iteration 1  task steps 2")
                    .contains("  -> P0 ran step 1 (iteration 1, handle 1/2, t=0.000): put 'Item 0 from P0'; yielded (sleep(0))")
                    .contains(">> C0 ran  step 2 (iteration 1, handle 2/2, t=0.000)")
                    .contains("     got        'Item 0 from P0' from the queue");
        }

        @Test
        void aLongCommandIsSummarised() {
            ViewDriver d = run("spawn producer count=20 delay=0", "run");
            String frame = plain(t -> FrameView.render(t, d.world, d.journal.last(), d.journal.census()));
            assertThat(frame).contains("ran 21 handles in 21 new iterations: 21 task steps, 0 timer callbacks; clock"
                    + " 0.000 -> 0.000. The last 6:");
        }
    }

    @Nested
    class Queues {
        @Test
        void drawsSlotsInGetOrderAndTheWaiters() {
            ViewDriver d = run("new maxsize=3 kind=lifo", "put a", "put b", "spawn producer count=3 delay=0",
                    "step");
            String q = plain(t -> QueueView.render(t, d.world, Integer.MAX_VALUE, Integer.MAX_VALUE));
            assertThat(q).isEqualTo("QUEUE   lifo, 3/3 slots used, unfinished 3\n"
                    + "  next get() -> [ 'Item 0 from P0' | 'b' | 'a' ]\n"
                    + "  waiting in get(): -   waiting in put(): -");
        }
    }

    @Nested
    class ReadyQueues {
        @Test
        void splitsTheBatchUnderWayFromTheNextIteration() {
            ViewDriver d = run("spawn producer count=1 delay=0", "spawn producer count=1 delay=0", "step");
            String r = plain(t -> ReadyView.render(t, d.world, Integer.MAX_VALUE));
            assertThat(r).isEqualTo("READY   2 handles: 1 left in iteration 1's batch, 1 for the next iteration\n"
                    + "    1. P1: first step\n"
                    + "     -- scheduled during iteration 1: next iteration --\n"
                    + "    2. P0: resume after sleep(0)");
        }
    }

    @Nested
    class Timers {
        @Test
        void listsDeadlinesAndSaysWhereTheClockJumps() {
            ViewDriver d = run("spawn producer count=1 delay=0.5", "step");
            String r = plain(t -> TimersView.render(t, d.world, Integer.MAX_VALUE));
            assertThat(r).isEqualTo("TIMERS  1 timer, earliest first; nothing is ready, so the next iteration jumps"
                    + " the clock to t=0.500\n"
                    + "     t=0.500  timer: P0's sleep ends");
        }
    }

    @Nested
    class Tasks {
        @Test
        void oneLinePerTaskWithProgressAndState() {
            ViewDriver d = run("spawn producer count=2 delay=0.5", "spawn consumer", "step 2");
            String r = plain(t -> {
                TasksView.render(t, d.world, d.journal.last(), null);
                TasksView.exactTimes(t, d.world);
            });
            double c0 = d.world.loop().liveTimers().stream().filter(h -> h.task().name().equals("C0")).findFirst()
                    .orElseThrow().when();
            assertThat(r).isEqualTo("TASKS   1 producer, 1 consumer\n"
                    + "     P0 producer  1/2 produced    sleeping until t=0.500\n"
                    + "     C0 consumer  1 got           sleeping until t=" + Text.time(c0) + ", holds 'Item 0 from P0'\n"
                    + "  exact times: now t=0.0; sleeps end at P0 t=0.5, C0 t=" + Text.pyFloat(c0));
        }
    }

    @Nested
    class Wheres {
        @Test
        void marksThePythonAndTheJavaLine() {
            ViewDriver d = run("spawn consumer", "step");
            String r = plain(t -> WhereView.render(t, d.world, "C0"));
            assertThat(r).startsWith("C0 (consumer) is suspended at line 3 `item = await queue.get()`")
                    .contains(" ->  3  ");
            assertThat(d.run("where C9")).isEqualTo("error: no task named 'C9' in this world (one of: C0)");
            assertThat(d.run("where")).isEqualTo("error: where needs a task name (try: where C0)");
        }
    }

    @Nested
    class Whys {
        @Test
        void explainsATimersTaskResumingOneIterationLater() {
            ViewDriver d = run("spawn producer count=2 delay=0.5", "step", "step");
            String r = plain(t -> WhyView.render(t, d.world, d.journal.last()));
            assertThat(r).contains("Why P0 ran now: its handle 'P0: wake-up after sleep'")
                    .contains("(timer in iteration 2, wake-up in\n  iteration 3)");
        }

        @Test
        void withoutAStepSaysWhatTheCommandDid() {
            ViewDriver d = run("put x");
            assertThat(plain(t -> WhyView.render(t, d.world, d.journal.last())))
                    .contains("`put x` ran at top level").contains("put 'x' -> ok");
            assertThat(plain(t -> WhyView.render(t, new ViewDriver().world, CommandRecord.start())))
                    .startsWith("Nothing has happened yet.");
        }
    }

    @Nested
    class IdleDiagnoses {
        @Test
        void namesWhoWaitsOnWhatAndTheRemedy() {
            ViewDriver d = run("spawn consumer", "run");
            String r = plain(t -> IdleDiagnosis.render(t, d.world));
            assertThat(r).contains("C0 waits in get() on an empty queue: only a put wakes a getter, and there is no"
                    + " producer.").endsWith("Try: `put ITEM` or `spawn producer` to feed the getters, or `cancel C0`.");
        }

        @Test
        void countsOnlySentinelsReallyPut() {
            // Both of a producer's exits are at the same line: the count must come from the producer.
            ViewDriver d = run("spawn producer count=1 delay=0 sentinel=off", "spawn consumer", "run");
            assertThat(plain(t -> IdleDiagnosis.render(t, d.world))).contains("no producer is left to put").doesNotContain("None");
            ViewDriver e = run("spawn producer count=1 delay=0", "spawn consumer delay=0", "spawn consumer delay=0",
                    "run");
            assertThat(plain(t -> IdleDiagnosis.render(t, e.world))).contains("1 None was put for 2 consumers");
        }

        @Test
        void saysNothingWhileTheLoopIsBusy() {
            ViewDriver d = run("spawn consumer");
            assertThat(plain(t -> IdleDiagnosis.render(t, d.world))).isEmpty();
        }
    }

    @Nested
    class HandleLabels {
        @Test
        void aHandleReadsTheSameLiveAndRecorded() {
            ViewDriver d = run("spawn producer count=1 delay=0.5", "step", "tick");
            List<HandleRun> runs = d.journal.last().handleRuns();
            assertThat(runs.get(0).purpose()).isEqualTo(Handle.Purpose.SLEEP_TIMER);
            assertThat(Labels.body(runs.get(0).handle())).isEqualTo("timer: P0's sleep ends");
            assertThat(Labels.handle(d.world.loop().readyHandles().get(0))).isEqualTo("P0: wake-up after sleep");
        }
    }
}
