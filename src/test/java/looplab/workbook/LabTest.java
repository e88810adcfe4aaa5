package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import looplab.model.CancelledError;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.random.PyRandom;
import looplab.world.TaskRole;
import looplab.world.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class LabTest {

    /** The spec's producer, written as a user coroutine, line for line. */
    static AsyncBody producer(Queue<String> queue, String name, int count, PyRandom random, double lo, double hi, boolean sentinel) {
        return t -> {
            for (int i = 0; i < count; i++) {
                String item = "Item " + i + " from " + name;
                t.await(queue.put(item));
                t.print("Producer " + name + " added: " + item);
                t.sleep(random.uniform(lo, hi));
            }
            if (sentinel) {
                t.await(queue.put(null));
                t.print("Producer " + name + " finished");
            }
        };
    }

    /** The spec's consumer, written as a user coroutine, line for line. */
    static AsyncBody consumer(Queue<String> queue, String name, PyRandom random, double lo, double hi) {
        return t -> {
            while (true) {
                String item = t.await(queue.get());
                if (item == null) {
                    queue.taskDone();
                    t.print("Consumer " + name + " finished");
                    return;
                }
                t.print("Consumer " + name + " got: " + item);
                t.sleep(random.uniform(lo, hi));
                queue.taskDone();
            }
        };
    }

    private static List<TraceEvent.Stepped> steps(Lab lab) {
        return lab.events().stream().filter(e -> e instanceof TraceEvent.Stepped)
                .map(e -> (TraceEvent.Stepped) e).collect(Collectors.toList());
    }

    @Test
    void aLineIsParsedInTheWorldsKind() {
        Lab lab = Lab.of("kind=priority");
        assertThatThrownBy(() -> lab.command("put None")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a priority queue cannot hold None");
        assertThat(lab.items()).isEmpty();
        lab.command("put None".replace("None", "\"None\""));
        assertThat(lab.items()).containsExactly("None");
    }

    @Test
    void userCoroutinesMirroringTheBuiltInsGiveTheBuiltInsTrace() {
        for (String setup : List.of("seed=42", "seed=7 maxsize=1", "seed=3 maxsize=2 kind=lifo")) {
            try (Lab builtins = Lab.of(setup); Lab mine = Lab.of(setup)) {
                builtins.command("spawn producer count=3..7 delay=0.1..0.5")
                        .command("spawn producer count=3..7 delay=0.1..0.5")
                        .command("spawn consumer").command("spawn consumer").run();

                PyRandom random = mine.random();
                Queue<String> q = mine.queue();
                int n0 = (int) random.randint(3, 7);
                mine.spawn("P0", producer(q, "P0", n0, random, 0.1, 0.5, true));
                int n1 = (int) random.randint(3, 7);
                mine.spawn("P1", producer(q, "P1", n1, random, 0.1, 0.5, true));
                mine.spawn("C0", consumer(q, "C0", random, 0.1, 0.3));
                mine.spawn("C1", consumer(q, "C1", random, 0.1, 0.3));
                mine.run();

                assertThat(steps(mine)).as(setup).isEqualTo(steps(builtins)).isNotEmpty();
                assertThat(mine.output()).isEqualTo(builtins.output());
                assertThat(mine.time()).isEqualTo(builtins.time());
            }
        }
    }

    @Test
    void stepByStepTheyMatchToo() {
        try (Lab a = Lab.seeded(5).maxsize(1); Lab b = Lab.seeded(5).maxsize(1)) {
            a.spawnProducer("P0", 4, 0.0).spawnConsumer("C0", 0.1);
            b.spawn("P0", producer(b.queue(), "P0", 4, b.random(), 0, 0, true));
            b.spawn("C0", consumer(b.queue(), "C0", b.random(), 0.1, 0.1));
            for (int i = 0; i < 40; i++) {
                a.step();
                b.step();
                assertThat(steps(b)).isEqualTo(steps(a));
                assertThat(b.loop().readyHandles().size()).isEqualTo(a.loop().readyHandles().size());
                a.tick();
                b.tick();
                assertThat(steps(b)).isEqualTo(steps(a));
            }
        }
    }

    @Test
    void anExceptionInTheBodyFailsItsTask() {
        try (Lab lab = Lab.create()) {
            lab.spawn("boom", t -> {
                t.yield();
                throw new IllegalArgumentException("bad item");
            });
            lab.run();
            Task task = lab.task("boom");
            assertThat(lab.state("boom")).isEqualTo("failed");
            assertThat(task.exception()).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item");
            assertThat(steps(lab).get(1).awaiting().word()).isEqualTo("failed");
        }
    }

    @Test
    void cancellationSurfacesAtTheAwaitAndTheBodyCanCleanUp() {
        try (Lab lab = Lab.create()) {
            List<String> seen = new ArrayList<>();
            lab.spawn("G", t -> {
                try {
                    t.await(lab.queue().get());
                } catch (CancelledError e) {
                    seen.add("cancelled at get");
                    throw e;
                } finally {
                    seen.add("finally");
                }
            });
            lab.step();
            assertThat(lab.state("G")).isEqualTo("get");
            lab.cancel("G");
            assertThat(lab.lastEvents()).containsExactly(new TraceEvent.CancelResult("G", true));
            lab.run();
            assertThat(seen).containsExactly("cancelled at get", "finally");
            assertThat(lab.state("G")).isEqualTo("cancelled");
            assertThat(lab.queue().getters()).isEmpty();
        }
    }

    @Test
    void aTaskCancelledBeforeItsFirstStepNeverStartsAThread() {
        try (Lab lab = Lab.create()) {
            boolean[] ran = {false};
            lab.spawn("X", t -> ran[0] = true).cancel("X").run();
            assertThat(ran[0]).isFalse();
            assertThat(lab.state("X")).isEqualTo("cancelled");
            assertThat(lab.userCoroutine("X").thread()).isNull();
        }
    }

    @Test
    void theCancelledGetterPassesItsWakeUpOn() {
        // Scenario 04 with user getters: G1 is woken by a put, cancelled before it runs; G2 gets the item.
        try (Lab lab = Lab.create()) {
            Queue<String> q = lab.queue();
            List<String> got = new ArrayList<>();
            lab.spawn("G1", t -> got.add("G1:" + t.await(q.get())));
            lab.spawn("G2", t -> got.add("G2:" + t.await(q.get())));
            lab.tick();
            lab.put("x").cancel("G1").run();
            assertThat(got).containsExactly("G2:x");
            assertThat(lab.state("G1")).isEqualTo("cancelled");
            assertThat(lab.items()).isEmpty();
        }
    }

    @Test
    void awaitingATaskWaitsForItsEnd() {
        try (Lab lab = Lab.create()) {
            lab.spawn("worker", t -> t.sleep(1.0));
            lab.spawn("boss", t -> {
                t.await(lab.task("worker"));
                t.print("worker done at " + t.time());
            });
            lab.run();
            assertThat(lab.output()).containsExactly("worker done at 1.0");
        }
    }

    @Test
    void aForeignThreadGetsWhatAsyncioGivesItInTheWorldsDebugSetting() throws Exception {
        for (boolean debug : new boolean[] {false, true}) {
            try (Lab lab = Lab.of(debug ? "debug=on" : "debug=off")) {
                lab.spawnConsumer("C0 delay=0").step();          // C0 waits in get()
                AtomicReference<Throwable> thrown = new AtomicReference<>();
                Thread other = new Thread(() -> {
                    try {
                        lab.queue().putNowait("x");
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                }, "other");
                other.start();
                other.join();
                assertThat(lab.items()).containsExactly("x");    // stored in either setting
                if (debug) {
                    assertThat(thrown.get()).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("Non-thread-safe operation invoked on an event loop other than the current one")
                            .hasMessageContaining("With debug off asyncio raises nothing");
                } else {
                    assertThat(thrown.get()).isNull();
                }
                lab.run();                                       // nothing wakes the loop
                assertThat(lab.state("C0")).isEqualTo("get");           // C0 never resumes
                assertThat(lab.loop().stuck()).isEqualTo(!debug);       // its wake-up waits, unwoken
            }
        }
    }

    @Test
    void aJavaThreadsPutIsNamedInTheNextFrameWithWhatTheOtherDebugSettingDoes() throws Exception {
        try (Lab lab = Lab.create()) {
            lab.spawnConsumer("C0 delay=0").step();
            Thread other = new Thread(() -> lab.queue().putNowait("x"), "other");
            other.start();
            other.join();
            assertThat(lab.loop().stuck()).isTrue();
            String frame = lab.run().toString();
            assertThat(frame).contains("before this, thread 'other' used the loop from outside its thread: with debug"
                    + " off asyncio checks nothing, and its call_soon does not wake the loop (with debug=on, a call that"
                    + " schedules raises RuntimeError)")
                    .contains("The loop is stuck: a wake-up is ready but nothing woke the loop");
            assertThat(lab.state("C0")).isEqualTo("get");
        }
    }

    @Test
    void callSoonThreadsafeFromAJavaThreadWakesTheLoop() throws Exception {
        try (Lab lab = Lab.create()) {
            lab.spawnConsumer("C0 delay=0").step();
            Thread other = new Thread(() -> lab.callSoonThreadsafe(() -> lab.queue().putNowait("x")), "other");
            other.start();
            other.join();
            assertThat(lab.loop().asleep()).isFalse();
            lab.run();
            assertThat(lab.output()).containsExactly("Consumer C0 got: x");
        }
    }

    @Test
    void threadPutAndThreadsafePutAreTheConsoleCommands() {
        try (Lab lab = Lab.of("debug=on")) {
            lab.spawnConsumer("C0 delay=0").step().threadPut("x");
            assertThat(lab.lastEvents()).containsExactly(new TraceEvent.ThreadPutResult("x", false, "RuntimeError", true));
            assertThat(lab.why().toString().replaceAll("\\s+", " ")).contains("Debug mode is on, and it refused the call with RuntimeError");
            lab.threadsafePut("y").run();
            assertThat(lab.trace()).contains("{\"type\":\"put\",\"item\":\"y\",\"ok\":true,\"in\":\"call_soon_threadsafe\"}");
            assertThat(lab.items()).containsExactly("x", "y");
            assertThat(lab.state("C0")).isEqualTo("get");     // its wake-up was lost: y does not wake it either
            assertThat(lab.command("thread put z").lastEvents())
                    .containsExactly(new TraceEvent.ThreadPutResult("z", true, null, true));
        }
    }

    @Test
    void aThreadStartedInsideABodyIsRefusedToo() {
        try (Lab lab = Lab.create()) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            lab.spawn("T", t -> {
                Thread helper = new Thread(() -> {
                    try {
                        lab.queue().putNowait("x");
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                });
                helper.start();
                helper.join();
                lab.queue().putNowait("mine");      // the body itself may
            });
            lab.run();
            assertThat(thrown.get()).isInstanceOf(IllegalStateException.class);
            assertThat(lab.items()).containsExactly("mine");
            assertThat(lab.state("T")).isEqualTo("done");
        }
    }

    @Test
    void awaitFromAnotherThreadOrAfterTheStepIsRefused() {
        try (Lab lab = Lab.create()) {
            AtomicReference<Async> kept = new AtomicReference<>();
            lab.spawn("T", t -> {
                kept.set(t);
                t.sleep(1);
            });
            lab.step();
            assertThatThrownBy(() -> kept.get().yield()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("belongs to the body of task T");
        }
    }

    @Test
    void topLevelCommandsAreRefusedInsideAStep() {
        try (Lab lab = Lab.create()) {
            lab.spawn("T", t -> lab.put("x"));
            lab.run();
            assertThat(lab.task("T").exception()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("top-level command");
        }
    }

    @Test
    void closeAndNewEndTheThreadsAndRunFinallyBlocks() throws Exception {
        List<String> log = new ArrayList<>();
        Lab lab = Lab.create();
        lab.spawn("W", t -> {
            try {
                t.await(lab.queue().get());
            } finally {
                log.add("W finally");
            }
        });
        lab.step();
        Thread w = lab.userCoroutine("W").thread();
        assertThat(w.isAlive()).isTrue();
        lab.command("new seed=1");
        w.join(2000);
        assertThat(w.isAlive()).isFalse();
        assertThat(log).containsExactly("W finally");
        assertThat(lab.taskNames()).isEmpty();

        lab.spawn("V", t -> t.sleep(5)).step();
        Thread v = lab.userCoroutine("V").thread();
        lab.close();
        v.join(2000);
        assertThat(v.isAlive()).isFalse();
        assertThatThrownBy(lab::step).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void aBodyCatchingExceptionDoesNotSwallowItsClosing() throws Exception {
        Lab lab = Lab.create();
        lab.spawn("W", t -> {
            while (true) {
                try {
                    t.sleep(1);
                } catch (Exception e) {
                    // a careless catch
                }
            }
        });
        lab.step();
        Thread w = lab.userCoroutine("W").thread();
        lab.close();
        w.join(2000);
        assertThat(w.isAlive()).isFalse();
    }

    @Test
    void namesAreUniqueAcrossBuiltInsAndUserTasks() {
        try (Lab lab = Lab.create()) {
            lab.spawnProducer("P0 count=1");
            assertThatThrownBy(() -> lab.spawn("P0", t -> {})).hasMessageContaining("already exists");
            lab.spawn("P1", t -> {});
            assertThatThrownBy(lab::spawnProducer).hasMessageContaining("'P1' already exists");
            assertThatThrownBy(() -> lab.command("spawn consumer C0 count=3")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> lab.cancel("nobody")).hasMessageContaining("no task named 'nobody'");
        }
    }

    @Test
    void aTaskMaySpawnTasks() {
        try (Lab lab = Lab.create()) {
            lab.spawn("main", t -> {
                for (int i = 0; i < 3; i++) {
                    int n = i;
                    lab.spawn("w" + i, w -> w.print("worker " + n));
                }
                t.print("spawned");
            });
            lab.run();
            assertThat(lab.output()).containsExactly("spawned", "worker 0", "worker 1", "worker 2");
        }
    }

    @Test
    void userTasksAreTheWorldsTasks() {
        try (Lab lab = Lab.create().spawnConsumer("C0", 0.1)) {
            lab.spawn("mine", t -> t.print("hello"));
            assertThat(lab.lastEvents()).containsExactly(new TraceEvent.Spawned("mine", TaskRole.TASK, null));
            assertThat(lab.trace()).contains("{\"type\":\"spawn\",\"task\":\"mine\",\"role\":\"task\"}\n");
            assertThat(lab.world().tasks()).extracting(a -> a.name() + ":" + a.isBuiltin()).containsExactly("C0:true", "mine:false");
            assertThat(lab.world().actors()).hasSize(1);
            assertThat(lab.world().applied()).hasSize(2);
            assertThatThrownBy(() -> lab.spawn("C0", t -> { }))
                    .hasMessage("a task named 'C0' already exists in this world; choose another name");
            assertThatThrownBy(() -> lab.spawnProducer("mine")).hasMessageContaining("a task named 'mine' already exists");
            lab.run();
            assertThat(lab.output()).containsExactly("hello");
        }
    }

    @Test
    void theFrameShowsUserTasks() {
        try (Lab lab = Lab.create().spawnConsumer("C0", 0.1)) {
            lab.spawn("waiter", t -> t.await(lab.queue().get()));
            lab.spawn("boom", t -> {
                throw new IllegalStateException("no luck");
            });
            String frame = lab.run().toString();
            assertThat(frame).startsWith("\n== run ==")
                    .contains("TASKS   0 producers, 1 consumer, 2 coroutines of yours")
                    .containsPattern("waiter yours +waiting in q.get\\(\\) \\(line \\d+\\): the queue is empty")
                    .containsPattern("boom +yours +failed: IllegalStateException: no luck \\(raised at line \\d+\\)")
                    .doesNotContain("none yet");
            // A user task's cancel goes through the world, and is worded as a built-in's.
            assertThat(lab.cancel("waiter").frame())
                    .contains("cancel waiter -> True: the CancelledError is delivered at waiter's next step");
            assertThat(lab.lastEvents()).containsExactly(new TraceEvent.CancelResult("waiter", true));
        }
    }

    @Test
    void aDroppedLabEndsItsThreads() throws Exception {
        Thread t = startAndDrop();
        for (int i = 0; i < 50 && t.isAlive(); i++) {
            System.gc();
            t.join(100);
        }
        assertThat(t.isAlive()).as("the thread of a dropped lab's task").isFalse();
    }

    private static Thread startAndDrop() {
        Lab lab = Lab.create();
        lab.spawn("W", t -> t.sleep(100)).step();
        return lab.userCoroutine("W").thread();
    }

    @Test
    void commandsMirrorTheLanguage() {
        try (Lab lab = Lab.of("maxsize=1 seed=42")) {
            lab.put("a").put("b");
            assertThat(lab.lastEvents()).containsExactly(new TraceEvent.PutResult("b", false, "QueueFull"));
            lab.get();
            assertThat(lab.got()).contains("a");
            lab.get();
            assertThat(lab.got()).isEmpty();
            lab.put(null);
            assertThat(lab.items()).containsExactly((String) null);
            lab.put("two words");
            assertThat(lab.lastEvents()).containsExactly(new TraceEvent.PutResult("two words", false, "QueueFull"));
            // One `new`: the lab's own start, not the default world it replaced at once.
            assertThat(lab.trace()).startsWith("{\"type\":\"new\",\"maxsize\":1,\"seed\":42,\"kind\":\"fifo\"}\n"
                    + "{\"type\":\"put\"");
            assertThat(lab.toString()).contains("put");
        }
    }
}
