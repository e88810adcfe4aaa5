package looplab.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import looplab.explore.Invariant;
import looplab.explore.Report;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.view.TaskStates;
import looplab.world.TraceEvent;

/**
 * The checks of the workbook's exercises ({@code notebooks/exercises/}). Each check builds its own
 * fresh world (so whatever you did to yours does not matter), runs your answer or your code in
 * it, and prints one verdict: {@code RIGHT ...}, or {@code NOT YET ...} followed by a
 * {@code hint: ...} line. It returns whether you were right.
 *
 * <p>Exercises that ask for code take it as a function from the world's queue (and what the
 * exercise needs) to an {@link AsyncBody}, so that each check can run it in several worlds.
 */
public final class Exercises {
    private Exercises() {}

    // ---- 01 to 05: predict ---------------------------------------------------------------------

    /** The world of exercise 01, after its one step. */
    public static Lab world01() {
        return Lab.create().spawnProducer("P", 2, 0.1).spawnConsumer("C", 0.1).step();
    }

    /** Exercise 01: which task does the next {@code step()} of {@link #world01()} run? */
    public static boolean e01NextTask(String answer) {
        try (Lab lab = world01()) {
            String truth = lab.step().lastRan();
            return verdict("01", "the next running task", truth.equals(strip(answer)),
                    truth + " runs next: its first step was in the same batch as P's, after it.",
                    "you said " + quote(answer) + ".",
                    "an iteration's batch runs in order, and one `step` stops after one task step; "
                            + "print world01() and read the READY section.");
        }
    }

    /** The world of exercise 02: a producer that sleeps 0.1 s after each item. */
    public static Lab world02() {
        return Lab.create().spawnProducer("P", 2, 0.1);
    }

    /**
     * Exercise 02: P's first step runs in iteration 1 and ends in {@code sleep(0.1)}. In which
     * iteration does P run its second step?
     */
    public static boolean e02ResumeIteration(int answer) {
        try (Lab lab = world02()) {
            lab.step();
            lab.step();
            long truth = lab.loop().iterations();
            return verdict("02", "the iteration after the timer", answer == truth,
                    "iteration " + truth + ": the timer's callback runs in iteration " + (truth - 1)
                            + " and only schedules P's wake-up, which runs in the next one.",
                    "you said " + answer + ".",
                    "count the iteration in which the timer is due (the clock jumps to it), then ask what its "
                            + "callback does: does it run P, or schedule something that runs P?");
        }
    }

    /** The world of exercise 03: two consumers, then a producer of one item. */
    public static Lab world03() {
        return Lab.create().spawnConsumer("A", 0.1).spawnConsumer("B", 0.1).spawnProducer("P", 1, 0.1);
    }

    /** Exercise 03: how many task steps do the first {@code tick()} and the second {@code tick()} run? */
    public static boolean e03StepsPerTick(int first, int second) {
        try (Lab lab = world03()) {
            long a = lab.tick().steps();
            long b = lab.tick().steps() - a;
            return verdict("03", "task steps per tick", first == a && second == b,
                    "the first tick runs " + a + " steps (A, B and P start; P's put wakes A), the second "
                            + b + " (A's wake-up, scheduled during the first).",
                    "you said " + first + " and " + second + ".",
                    "a tick runs the batch that was ready when it began, whole; what a step schedules waits for the next tick.");
        }
    }

    /** The world of exercise 04: a LIFO queue, a consumer waiting first, then a producer of 3 items. */
    public static Lab world04() {
        return Lab.create().kind("lifo").spawnConsumer("C", 0.0).spawnProducer("P count=3 delay=0.1 sentinel=off");
    }

    /**
     * Exercise 04: in what order does C get P's items? Answer with the item numbers, for example
     * {@code "0 1 2"}.
     */
    public static boolean e04LifoOrder(String answer) {
        try (Lab lab = world04()) {
            lab.run();
            String truth = lab.output().stream().filter(l -> l.startsWith("Consumer C got: Item "))
                    .map(l -> l.substring("Consumer C got: Item ".length(), "Consumer C got: Item ".length() + 1))
                    .collect(Collectors.joining(" "));
            return verdict("04", "LIFO order", truth.equals(normalize(answer)),
                    "\"" + truth + "\": C is waiting when each item arrives, and takes it before the next one comes, "
                            + "so LIFO or FIFO makes no difference here.",
                    "you said " + quote(answer) + ".",
                    "LIFO decides which item a get takes among those waiting in the queue; how many are ever waiting at once here?");
        }
    }

    /** The world of exercise 05: a queue of one slot, three producers of two items each, no consumer. */
    public static Lab world05() {
        return Lab.create().maxsize(1).spawnProducer("A count=2 delay=0").spawnProducer("B count=2 delay=0")
                .spawnProducer("C count=2 delay=0");
    }

    /**
     * Exercise 05: after {@code run()}, the producers wait in {@code put()}. In which order are
     * their putters queued (the order in which gets would wake them)? Answer with names, for
     * example {@code "A B C"}.
     */
    public static boolean e05PutterOrder(String answer) {
        try (Lab lab = world05()) {
            lab.run();
            List<String> order = new ArrayList<>();
            for (var putter : lab.queue().putters()) {
                if (!putter.done() && putter.waiter() != null) {
                    order.add(putter.waiter().name());
                }
            }
            String truth = String.join(" ", order);
            return verdict("05", "the putters' order", truth.equals(normalize(answer)),
                    "\"" + truth + "\": A filled the slot and yielded (sleep(0)); B and C parked first; A came back to a full queue and parked at the tail.",
                    "you said " + quote(answer) + ".",
                    "a producer with delay=0 still yields after its put; follow the ready queue one step at a time (lab.step()).");
        }
    }

    // ---- 06 to 12: write code ------------------------------------------------------------------

    /**
     * Exercise 06: a consumer that takes items until <em>both</em> producers are done (each
     * producer ends with one {@code None}), calling {@code taskDone()} for everything it gets,
     * and then returns.
     *
     * @param consumer makes your consumer for a queue
     */
    public static boolean e06DrainBoth(Function<Queue<String>, AsyncBody> consumer) {
        for (String setup : List.of("seed=1", "seed=2 maxsize=2")) {
            try (Lab lab = Lab.of(setup)) {
                lab.spawnProducer("P0", 3, 0.1).spawnProducer("P1", 5, 0.25);
                lab.spawn("mine", consumer.apply(lab.queue()));
                lab.run();
                String problem = null;
                if (!lab.state("P0").equals("done") || !lab.state("P1").equals("done")) {
                    problem = "a producer never finished (P0 " + lab.state("P0") + ", P1 " + lab.state("P1")
                            + "): your consumer stopped taking items while they still had some to put";
                } else if (!lab.items().isEmpty()) {
                    problem = "items were left in the queue: " + shown(lab.items());
                } else if (!lab.state("mine").equals("done")) {
                    problem = "your consumer did not return: it is " + TaskStates.stuck(lab.task("mine"));
                } else if (lab.queue().unfinishedTasks() != 0) {
                    problem = "unfinished is " + lab.queue().unfinishedTasks() + ": call q.taskDone() for every item you get, None included";
                }
                if (problem != null) {
                    return verdict("06", "drain until both producers are done", false, "", "in the world `new " + setup + "`, " + problem + ".",
                            "loop on t.await(q.get()); count the Nones, and return at the second one (one per producer).");
                }
            }
        }
        return verdict("06", "drain until both producers are done", true,
                "your consumer took every item and returned after the second None, in both worlds.", "", "");
    }

    /**
     * Exercise 07: a taker that takes one item <em>if there is one</em> (it must not wait for one),
     * adds it to {@code took}, and then logs it with {@code t.sleep(0.01)}. Two takers run at
     * once; neither may fail, and no item may be taken twice.
     *
     * @param taker makes your taker for a queue and the list to add to
     */
    public static boolean e07CheckThenAct(TakerFactory taker) {
        for (int items = 0; items <= 3; items++) {
            try (Lab lab = Lab.create()) {
                Queue<String> q = lab.queue();
                for (int i = 0; i < items; i++) {
                    lab.put("item" + i);
                }
                List<String> took = Collections.synchronizedList(new ArrayList<>());
                lab.spawn("A", taker.make(q, took));
                lab.spawn("B", taker.make(q, took));
                lab.run();
                String problem = null;
                for (String name : List.of("A", "B")) {
                    Task t = lab.task(name);
                    if (!lab.state(name).equals("done")) {
                        problem = "with " + items + " item(s) in the queue, taker " + name + " is " + TaskStates.stuck(t);
                        break;
                    }
                }
                int expected = Math.min(items, 2);
                if (problem == null && (took.size() != expected || took.stream().distinct().count() != took.size())) {
                    problem = "with " + items + " item(s) in the queue, the takers took " + took + " (expected " + expected + " different items)";
                }
                if (problem == null && items > 0 && lab.time() < 0.01) {
                    problem = "the takers no longer log: keep the t.sleep(0.01) after taking";
                }
                if (problem != null) {
                    return verdict("07", "fix the check-then-act race", false, "", problem + ".",
                            "between `if (!q.empty())` and `q.getNowait()` nothing may await: take the item first, then log it.");
                }
            }
        }
        return verdict("07", "fix the check-then-act race", true,
                "no taker failed or waited, and no item was taken twice, with 0 to 3 items in the queue.", "", "");
    }

    /** Makes a taker for exercise 07. */
    @FunctionalInterface
    public interface TakerFactory {
        /** Your taker, for queue {@code q}; it adds what it takes to {@code took}. */
        AsyncBody make(Queue<String> q, List<String> took);
    }

    /**
     * Exercise 08: each task adds 1 to {@code counter[0]} and also awaits an audit call
     * ({@code t.sleep(0.01)}). Five such tasks run at once; the counter must end at 5.
     *
     * @param increment makes your task for the counter
     */
    public static boolean e08LostUpdate(Function<int[], AsyncBody> increment) {
        int[] counter = {0};
        try (Lab lab = Lab.create()) {
            for (int i = 0; i < 5; i++) {
                lab.spawn("T" + i, increment.apply(counter));
            }
            lab.run();
            boolean allDone = lab.taskNames().stream().allMatch(n -> lab.state(n).equals("done"));
            if (!allDone) {
                return verdict("08", "the lost update", false, "", "a task did not finish: "
                                + lab.taskNames().stream().map(n -> n + " " + lab.state(n)).collect(Collectors.joining(", ")) + ".",
                        "each task must simply add 1 and sleep 0.01 once; nothing to wait for.");
            }
            if (lab.time() < 0.01) {
                return verdict("08", "the lost update", false, "", "the tasks no longer await the audit call.",
                        "keep the t.sleep(0.01): the point is to update correctly although the task awaits.");
            }
            return verdict("08", "the lost update", counter[0] == 5,
                    "the counter is 5: no await splits your read from your write.",
                    "the counter is " + counter[0] + ", not 5: updates were lost.",
                    "every task read the counter before the await and wrote after it, over the others' writes; "
                            + "do the read and the write with no await between them.");
        }
    }

    /**
     * Exercise 09: a bounded fan-in. Write a source that puts {@code n} items
     * {@code NAME-0 ... NAME-(n-1)} into the bounded queue, with back-pressure (never failing on a
     * full queue), and a sink that takes exactly {@code expected} items, adds each to {@code got},
     * sleeps 0.05 after each, calls {@code taskDone()} and returns.
     *
     * @param source makes a source: (queue, name, n) to body
     * @param sink makes the sink: (queue, expected, got) to body
     */
    public static boolean e09FanIn(SourceFactory source, SinkFactory sink) {
        try (Lab lab = Lab.create().maxsize(2)) {
            Queue<String> q = lab.queue();
            List<String> got = Collections.synchronizedList(new ArrayList<>());
            List<String> names = List.of("red", "green", "blue");
            for (String name : names) {
                lab.spawn(name, source.make(q, name, 4));
            }
            lab.spawn("sink", sink.make(q, 12, got));
            boolean parked = false;
            while (!lab.idle()) {
                lab.step();
                parked |= names.stream().anyMatch(n -> lab.state(n).equals("put"));
            }
            String problem = null;
            for (String name : lab.taskNames()) {
                if (!lab.state(name).equals("done")) {
                    problem = name + " is " + TaskStates.stuck(lab.task(name));
                    break;
                }
            }
            if (problem == null && got.size() != 12) {
                problem = "the sink got " + got.size() + " items, not 12";
            }
            if (problem == null) {
                for (String name : names) {
                    List<String> mine = got.stream().filter(s -> s.startsWith(name + "-")).collect(Collectors.toList());
                    List<String> want = List.of(name + "-0", name + "-1", name + "-2", name + "-3");
                    if (!mine.equals(want)) {
                        problem = "the items of " + name + " arrived as " + mine + ", not " + want;
                        break;
                    }
                }
            }
            if (problem == null && q.unfinishedTasks() != 0) {
                problem = "unfinished is " + q.unfinishedTasks() + ": the sink must call taskDone() for each item";
            }
            if (problem == null && lab.time() < 0.5) {
                problem = "the sink must sleep 0.05 after each item (the run ended at t=" + lab.time() + ")";
            }
            if (problem == null && !parked) {
                problem = "no source ever waited in put(): where is the back-pressure?";
            }
            return verdict("09", "a bounded fan-in", problem == null,
                    "12 items, in order per source, through a queue of 2 slots; the sources waited in put() while it was full.",
                    problem + ".",
                    "a source uses t.await(q.put(item)), which waits while the queue is full (q.putNowait raises QueueFull); "
                            + "the sink loops `expected` times on t.await(q.get()).");
        }
    }

    /** Makes a source for exercise 09. */
    @FunctionalInterface
    public interface SourceFactory {
        /** A source putting {@code n} items named {@code name-i} into {@code q}. */
        AsyncBody make(Queue<String> q, String name, int n);
    }

    /** Makes the sink for exercise 09. */
    @FunctionalInterface
    public interface SinkFactory {
        /** A sink taking {@code expected} items from {@code q} into {@code got}. */
        AsyncBody make(Queue<String> q, int expected, List<String> got);
    }

    /**
     * Exercise 10: a consumer that processes items forever (take one, sleep 0.3, add it to
     * {@code processed}, {@code taskDone()}), and that, when it is cancelled while it holds an
     * item, gives the item back to the queue so that another consumer processes it.
     *
     * @param consumer makes your consumer: (queue, processed) to body
     */
    public static boolean e10CancelSafely(ConsumerFactory consumer) {
        for (double cancelAt : new double[] {0.1, 0.35, 0.7}) {
            try (Lab lab = Lab.create()) {
                Queue<String> q = lab.queue();
                List<String> processed = Collections.synchronizedList(new ArrayList<>());
                for (int i = 0; i < 4; i++) {
                    lab.put("job" + i);
                }
                lab.spawn("A", consumer.make(q, processed));
                lab.spawn("B", consumer.make(q, processed));
                lab.runUntil(cancelAt);
                lab.cancel("A");
                lab.runUntil(5);
                List<String> sorted = new ArrayList<>(processed);
                Collections.sort(sorted);
                String problem = null;
                if (!sorted.equals(List.of("job0", "job1", "job2", "job3"))) {
                    problem = "A was cancelled at t=" + cancelAt + " and the jobs processed were " + sorted + ", not each of job0..job3 once";
                } else if (q.unfinishedTasks() != 0) {
                    problem = "A was cancelled at t=" + cancelAt + ", and unfinished is " + q.unfinishedTasks()
                            + ": a join() would wait forever (call taskDone() for every get, also when cancelled)";
                } else if (!lab.state("A").equals("cancelled")) {
                    problem = "A should end cancelled (rethrow the CancelledError), but it is " + TaskStates.stuck(lab.task("A"));
                }
                if (problem != null) {
                    return verdict("10", "cancel without losing the item in hand", false, "", problem + ".",
                            "catch CancelledError around the processing: q.putNowait(item) to give it back (it never switches), "
                                    + "then rethrow; and call taskDone() in a finally.");
                }
            }
        }
        return verdict("10", "cancel without losing the item in hand", true,
                "whenever A was cancelled, every job was processed exactly once and join() would return.", "", "");
    }

    /** Makes a consumer for exercise 10. */
    @FunctionalInterface
    public interface ConsumerFactory {
        /** A consumer of {@code q} that adds each item it has processed to {@code processed}. */
        AsyncBody make(Queue<String> q, List<String> processed);
    }

    /**
     * Exercise 11: two built-in producers without sentinels and three built-in consumers run;
     * write the {@code main} task that makes all three consumers finish, and no item is left
     * unprocessed.
     *
     * @param main makes your main: (lab) to body; it may use {@code lab.task(name)} and {@code lab.queue()}
     */
    public static boolean e11OneSentinelPerConsumer(Function<Lab, AsyncBody> main) {
        try (Lab lab = Lab.seeded(11)) {
            lab.spawnProducer("P0 count=3 sentinel=off").spawnProducer("P1 count=6 sentinel=off");
            lab.spawnConsumer("C0").spawnConsumer("C1").spawnConsumer("C2");
            lab.spawn("main", main.apply(lab));
            lab.run();
            String problem = null;
            for (String name : lab.taskNames()) {
                if (!lab.state(name).equals("done")) {
                    problem = name + " is " + TaskStates.stuck(lab.task(name));
                    break;
                }
            }
            long got = lab.output().stream().filter(l -> l.contains(" got: ")).count();
            if (problem == null && got != 9) {
                problem = "the consumers got " + got + " items, not 9";
            }
            if (problem == null && !lab.items().isEmpty()) {
                problem = "left in the queue: " + shown(lab.items());
            }
            return verdict("11", "one sentinel per consumer", problem == null,
                    "main waited for both producers, then sent one None per consumer: all 9 items got, every task done.",
                    problem + ".",
                    "await each producer's task (t.await(lab.task(\"P0\"))), then put one None per consumer with t.await(q.put(null)).");
        }
    }

    /**
     * Exercise 12: consumers that loop forever (your own, from exercise 10's shape, or the
     * check's); write the {@code main} task that waits until every item has been processed and
     * then cancels the consumers, as asyncio programs do with {@code queue.join()}.
     *
     * @param main makes your main: (lab, consumer names) to body
     */
    public static boolean e12JoinThenCancel(MainFactory main) {
        try (Lab lab = Lab.create()) {
            Queue<String> q = lab.queue();
            List<String> names = List.of("W0", "W1");
            double[] lastDone = {0};
            for (String name : names) {
                lab.spawn(name, t -> {
                    while (true) {
                        String item = t.await(q.get());
                        t.sleep(item.length() * 0.1);
                        lastDone[0] = t.time();
                        q.taskDone();
                    }
                });
            }
            for (String item : List.of("a", "bbb", "cc", "dddd", "e")) {
                lab.put(item);
            }
            lab.spawn("main", main.make(lab, names));
            lab.runUntil(60);
            String problem = null;
            if (!lab.state("main").equals("done")) {
                problem = "main is " + TaskStates.stuck(lab.task("main"));
            } else if (q.unfinishedTasks() != 0) {
                problem = "main finished while " + q.unfinishedTasks() + " items were still unfinished";
            } else if (!names.stream().allMatch(n -> lab.state(n).equals("cancelled"))) {
                problem = "the workers are " + names.stream().map(n -> n + " " + lab.state(n)).collect(Collectors.joining(", "))
                        + ": main should cancel them";
            } else if (mainEnded(lab) != lastDone[0]) {
                problem = "main ended at t=" + mainEnded(lab) + ", but the last item was done at t=" + lastDone[0]
                        + ": main should wake exactly when the last item is marked done, not guess a time";
            }
            return verdict("12", "join, then cancel the workers", problem == null,
                    "main woke when the last item was marked done (t=" + String.format("%.1f", lastDone[0]) + ") and cancelled the workers.",
                    problem + ".",
                    "t.await(q.join()) returns once every item put has been marked done; then lab.task(name).cancel() each worker.");
        }
    }

    /** Makes the main task of exercise 12. */
    @FunctionalInterface
    public interface MainFactory {
        /** Your main, for {@code lab}, whose workers are named {@code workers}. */
        AsyncBody make(Lab lab, List<String> workers);
    }

    // ---- 14 and 15: another thread and the loop (notebook 9) -----------------------------------------

    /** The world of exercise 14, in a debug setting: C0 waits in get(), a 3-second timeout sleeps. */
    public static Lab world14(boolean debug) {
        return Lab.of(debug ? "debug=on" : "debug=off").spawnConsumer("C0 delay=0").spawn("timeout", t -> t.sleep(3.0))
                .tick();
    }

    /**
     * Exercise 14: from another thread, hand the item {@code "x"} to the world of
     * {@link #world14} so that C0 gets it at once (before the timeout at t=3), with asyncio's
     * debug mode off and on.
     *
     * @param other makes what the other thread runs, for a lab
     */
    public static boolean e14WakeTheLoop(Function<Lab, Runnable> other) {
        for (boolean debug : new boolean[] {false, true}) {
            try (Lab lab = world14(debug)) {
                Throwable thrown = onAnotherThread(other.apply(lab));
                lab.runUntil(1.0);
                String setting = debug ? "with debug=on" : "with debug off";
                String problem = null;
                String hint = "from another thread, hand the put to the loop: lab.callSoonThreadsafe(() -> ...) runs it"
                        + " in the loop's thread and wakes the loop.";
                if (thrown != null) {
                    problem = setting + ", the other thread got " + thrown.getClass().getSimpleName() + ": "
                            + Objects.toString(thrown.getMessage(), "").lines().findFirst().orElse("");
                } else if (!lab.output().equals(List.of("Consumer C0 got: x"))) {
                    problem = setting + ", by t=1 C0 printed " + lab.output() + " (the queue holds " + shown(lab.items())
                            + ", and the loop " + (lab.loop().asleep() ? "sleeps in its selector, unwoken" : "is awake") + ")";
                    if (lab.items().contains("x")) {
                        hint = "the item is stored, but a put_nowait from another thread does not wake the loop: "
                                + "C0 would get it only at the timeout. From " + hint.substring("from ".length());
                    }
                }
                if (problem != null) {
                    return verdict("14", "wake the loop from another thread", false, "", problem + ".", hint);
                }
            }
        }
        return verdict("14", "wake the loop from another thread", true,
                "C0 got 'x' at once, with debug off and on: call_soon_threadsafe woke the loop, and the put ran in"
                        + " its thread.", "", "");
    }

    /**
     * Exercise 15: in a world with asyncio's debug mode on, C0 waits in get() and another thread
     * calls {@code queue.put_nowait("x")}. How many items does the queue hold afterwards, and does
     * C0 ever get {@code "x"} (after {@code run})?
     */
    public static boolean e15DebugRefusal(int items, boolean c0GetsIt) {
        try (Lab lab = Lab.of("debug=on").spawnConsumer("C0 delay=0").step()) {
            Throwable thrown = onAnotherThread(() -> lab.queue().putNowait("x"));
            lab.run();
            int truthItems = lab.items().size();
            boolean truthGets = lab.output().contains("Consumer C0 got: x");
            boolean right = items == truthItems && c0GetsIt == truthGets;
            return verdict("15", "debug mode's late refusal", right,
                    "the put raised " + (thrown == null ? "nothing" : "RuntimeError") + ", but only after it stored 'x' ("
                            + truthItems + " item) and completed C0's future with its wake-up dropped: C0 never gets it.",
                    "you said " + items + " item(s) and that C0 " + (c0GetsIt ? "gets" : "never gets") + " 'x'.",
                    "debug mode checks the thread in call_soon only, that is when put_nowait wakes the getter, after it"
                            + " stored the item; and the getter's future is then done, with nothing scheduled to resume C0.");
        }
    }

    private static Throwable onAnotherThread(Runnable action) {
        Throwable[] thrown = new Throwable[1];
        Thread thread = new Thread(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "other");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thrown[0];
    }

    // ---- 13: history (notebook 10) ------------------------------------------------------------

    /**
     * Exercise 13: console lines that make Python 3.4's queue lose an item. The check runs them in
     * a fresh {@code new queue=py34} world, then {@code run}s it, and is right when the queue lost
     * an item; it runs the same lines with today's queue to show where the item went there.
     */
    public static boolean e13LoseAnItem(String... lines) {
        try (Lab old = Lab.of("queue=py34"); Lab today = Lab.create()) {
            for (String line : lines) {
                if (line.strip().startsWith("new")) {
                    return verdict("13", "lose an item in Python 3.4's queue", false, "",
                            "your lines start a new world (" + quote(line) + "); the check makes its own.",
                            "leave `new` out: start with `spawn consumer`.");
                }
                try {
                    old.command(line);
                    today.command(line);
                } catch (IllegalArgumentException e) {
                    return verdict("13", "lose an item in Python 3.4's queue", false, "",
                            "the line " + quote(line) + " is refused: " + e.getMessage(),
                            "use console lines: spawn consumer, step, put x, cancel C0, run.");
                }
            }
            old.run();
            today.run();
            List<String> lost = old.queue().lost();
            return verdict("13", "lose an item in Python 3.4's queue", !lost.isEmpty(),
                    "Python 3.4's queue lost " + shown(lost) + " (unfinished " + old.queue().unfinishedTasks()
                            + ", so join() would wait for ever); with today's queue the same lines leave "
                            + shown(today.queue().contents()) + " in the queue and lose nothing.",
                    "nothing was lost: 3.4's queue holds " + shown(old.queue().contents()) + ".",
                    "the item must reach a getter's future before the CancelledError does: let a consumer wait in "
                            + "get(), put an item (it goes straight into that consumer's future), then cancel the "
                            + "consumer before it runs again.");
        }
    }

    // ---- 16 and 17: every schedule (notebook 8) ---------------------------------------------------------------

    /** Exercise 16's and 17's B: {@code await q.put("b")}. */
    private static final AsyncBody PUT_B = t -> t.await(t.queue().put("b"));

    /** Exercise 16's A: checks that the queue is not full, logs (an await), then puts without waiting. */
    private static final AsyncBody CHECK_THEN_PUT = t -> {
        Queue<String> q = t.queue();
        if (!q.full()) {
            t.yield();
            q.putNowait("a");
        }
    };

    /**
     * The world of exercises 16 and 17: a queue of one slot, B ({@code await q.put("b")}), then
     * A, and (with {@code consumer}) a consumer C that takes the items.
     */
    public static Lab world16(AsyncBody a, boolean consumer) {
        Lab lab = Lab.of("maxsize=1");
        lab.spawn("B", PUT_B).spawn("A", a);
        if (consumer) {
            lab.spawnConsumer("C delay=0");
        }
        return lab;
    }

    /** The world of exercise 16, with its A: explore it to find the schedule. */
    public static Lab world16() {
        return world16(CHECK_THEN_PUT, false);
    }

    /**
     * Exercise 16: a schedule (as {@code explore} prints it) in which A fails with QueueFull. In
     * asyncio's own order B runs first and nothing breaks.
     */
    public static boolean e16FindTheSchedule(String schedule) {
        try (Lab lab = world16()) {
            String problem;
            try {
                lab.command("replay " + strip(schedule));
                lab.run();
                problem = lab.state("A").equals("failed") ? null
                        : "in that schedule A is " + lab.state("A") + " and B " + lab.state("B") + ": nothing broke";
            } catch (IllegalArgumentException e) {
                problem = "that is not a schedule of this world: " + e.getMessage().lines().findFirst().orElse("");
            }
            return verdict("16", "find the schedule that breaks this", problem == null,
                    "in " + strip(schedule) + " A checked an empty queue, yielded, and B filled it meanwhile: A's put_nowait raised QueueFull.",
                    problem + ".",
                    "System.out.println(Exercises.world16().explore()) prints the shortest failing schedule; "
                            + "or think: which of B and A must run first?");
        }
    }

    /**
     * Exercise 17: your A, beside B and a consumer C, in a queue of one slot: explore must find
     * nothing (no task fails, no deadlock), and C must get both items in every schedule.
     */
    public static boolean e17FixItSoExploreFindsNothing(AsyncBody a) {
        try (Lab lab = world16(a, true)) {
            Report r = lab.exploreReport("", w -> w.actor("C").progress() == 2);
            boolean right = r.failure() == null && r.complete();
            String wrong = r.failure() == null ? "the exploration did not finish: " + String.join("; ", r.limits())
                    : "on " + r.failure().schedule() + ": " + (r.failure().violation().invariant() == Invariant.USER
                    ? "C did not get both items (A's item must reach the queue)" : r.failure().violation().what());
            return verdict("17", "fix it so explore finds nothing", right,
                    "explore found nothing on " + r.schedules() + " schedules, and C got both items in each.",
                    wrong + ".",
                    "`t.await(t.queue().put(\"a\"))` checks for room and puts in one step, and waits while the queue is full.");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static double mainEnded(Lab lab) {
        double at = Double.NaN;
        for (TraceEvent e : lab.events()) {
            if (e instanceof TraceEvent.Stepped && ((TraceEvent.Stepped) e).task().equals("main")) {
                at = ((TraceEvent.Stepped) e).time();
            }
        }
        return at;
    }

    private static boolean verdict(String id, String title, boolean right, String rightText, String wrongText, String hint) {
        if (right) {
            System.out.println("RIGHT  exercise " + id + " (" + title + "): " + rightText);
        } else {
            System.out.println("NOT YET  exercise " + id + " (" + title + "): " + wrongText);
            System.out.println("  hint: " + hint);
        }
        return right;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String normalize(String s) {
        return String.join(" ", strip(s).replace(',', ' ').split("\\s+"));
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static String shown(List<String> items) {
        return items.stream().map(i -> Objects.toString(i, "None")).collect(Collectors.toList()).toString();
    }
}
