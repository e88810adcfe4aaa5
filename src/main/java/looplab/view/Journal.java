package looplab.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import looplab.model.Awaiting;
import looplab.model.EventLoop;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.LoopObserver;
import looplab.model.Queue;
import looplab.model.SuspensionPoint;
import looplab.model.Task;
import looplab.world.TraceEvent;
import looplab.world.World;

/**
 * What the last command did, as heard from the loop's events: every handle it ran (task steps,
 * timer callbacks, skipped cancelled handles), each step's details (where the task resumed and
 * stopped, what it printed, what it put and took, whom it woke), clock jumps and iterations, and
 * the outcomes of top-level commands. {@code why} and the frame explain from it.
 *
 * <p>Besides the last command, the journal remembers across commands, per world, why each
 * pending handle was scheduled and who last put and took an item, so that it can say why a
 * woken task waits again. Memory stays bounded: a command keeps its last {@link #KEEP} handle
 * runs and counts the others.
 *
 * <p>Attach it with {@link #attach(World)}; call {@link #beginCommand(String)} before each
 * command (and, optionally, {@link #endCommand()} after it).
 */
public final class Journal implements LoopObserver {
    /** How many handle runs of one command are kept in detail; older ones are only counted. */
    public static final int KEEP = 64;

    private final World world;

    // ---- the last command --------------------------------------------------------------------
    private String command = "";
    private long stepsBefore;
    private long iterationsBefore;
    private double clockBefore;
    private long handles;
    private long stepsRun;
    private long timerCallbacks;
    private long skipped;
    private long iterationsBegun;
    private long jumps;
    private double firstJumpFrom = Double.NaN;
    private final ArrayDeque<HandleRun> runs = new ArrayDeque<>();
    private final List<String> outcomes = new ArrayList<>();
    private final List<String> pendingWakes = new ArrayList<>();
    private Step lastStepOfCommand;
    private boolean interrupted;
    private Saved saved;

    // ---- the world, across commands ----------------------------------------------------------
    private final IdentityHashMap<Handle, Origin> origins = new IdentityHashMap<>();
    private final Map<String, Step> lastSteps = new HashMap<>();
    private Step lastStep;
    private Move lastPut;
    private Move lastTake;
    private long seq;
    private int batchSize;
    private int batchPosition;
    private double jumpedFrom = Double.NaN;
    private HandleRun current;
    private Step currentStep;
    private Resolution pendingResolution;

    private Journal(World world) {
        this.world = world;
    }

    /**
     * A journal of {@code world}: it becomes a loop observer (kept across {@code new}) and a
     * trace listener of the world.
     */
    public static Journal attach(World world) {
        Journal journal = new Journal(world);
        world.addLoopObserver(journal);
        world.addListener(journal.traceListener());
        return journal;
    }

    private Consumer<TraceEvent> traceListener() {
        return this::onTrace;
    }

    /** Starts recording a new command, forgetting what the previous one did. */
    public void beginCommand(String text) {
        saved = new Saved(this);
        command = text == null ? "" : Text.safe(text.strip());   // no control character reaches a view
        EventLoop loop = world.loop();
        stepsBefore = loop.taskSteps();
        iterationsBefore = loop.iterations();
        clockBefore = loop.time();
        handles = 0;
        stepsRun = 0;
        timerCallbacks = 0;
        skipped = 0;
        iterationsBegun = 0;
        jumps = 0;
        firstJumpFrom = Double.NaN;
        runs.clear();
        outcomes.clear();
        pendingWakes.clear();
        lastStepOfCommand = null;
        interrupted = false;
    }

    /**
     * Forgets the command begun last and brings back what the one before it did: for a command
     * the world refused (a {@code WorldError} is raised before anything changes).
     */
    public void abandonCommand() {
        if (saved != null) {
            saved.restore(this);
            saved = null;
        }
    }

    /** Ends the command: notes whether a stop request (Ctrl-C) cut a step, tick or run short. */
    public void endCommand() {
        flushWakes();
        String word = command.isEmpty() ? "" : command.split("\\s+", 2)[0];
        boolean runs = word.equals("step") || word.equals("tick") || word.equals("run");
        interrupted = runs && world.loop().stopRequested();
    }

    // ---- what the last command did -------------------------------------------------------------

    /** The text of the last command, as given to {@link #beginCommand}. */
    public String command() {
        return command;
    }

    /** Whether the last command was stopped by a stop request (Ctrl-C) before it was through. */
    public boolean interrupted() {
        return interrupted;
    }

    /** The handles it ran, oldest first: at most the last {@link #KEEP}. */
    public List<HandleRun> handleRuns() {
        return List.copyOf(runs);
    }

    /** How many handles it ran (skipped cancelled handles included). */
    public long handlesRun() {
        return handles;
    }

    /** How many task steps it ran. */
    public long stepsRun() {
        return stepsRun;
    }

    /** How many timer callbacks it ran (handles that end a sleep). */
    public long timerCallbacks() {
        return timerCallbacks;
    }

    /** How many cancelled handles it skipped. */
    public long skippedHandles() {
        return skipped;
    }

    /** How many iterations it began. */
    public long iterationsBegun() {
        return iterationsBegun;
    }

    /** How many times the clock jumped to a timer. */
    public long clockJumps() {
        return jumps;
    }

    /** The clock before the last command. */
    public double clockBefore() {
        return clockBefore;
    }

    /** The clock before its first jump, or NaN if the clock did not jump. */
    public double firstJumpFrom() {
        return firstJumpFrom;
    }

    /** Task steps run in the world before the last command. */
    public long stepsBefore() {
        return stepsBefore;
    }

    /** Iterations begun in the world before the last command. */
    public long iterationsBefore() {
        return iterationsBefore;
    }

    /** What top-level commands did (spawned, put, got, cancelled, whom they woke), in order. */
    public List<String> outcomes() {
        flushWakes();
        return Collections.unmodifiableList(outcomes);
    }

    /** The last task step of the last command, or null if it ran none. */
    public Step lastStepOfCommand() {
        return lastStepOfCommand;
    }

    /** The last task step in this world, or null. */
    public Step lastStep() {
        return lastStep;
    }

    /** The last step of the task named {@code name} in this world, or null. */
    public Step lastStepOf(String name) {
        return lastSteps.get(name);
    }

    /** Why a handle still in the ready queue or timer heap was scheduled, or null if unknown. */
    public Origin originOf(Handle handle) {
        return origins.get(handle);
    }

    // ---- the loop's events -------------------------------------------------------------------

    @Override
    public void iterationStarted(long iteration, double clock, int size) {
        iterationsBegun++;
        batchSize = size;
        batchPosition = 0;
    }

    @Override
    public void clockJumped(double from, double to) {
        jumps++;
        if (Double.isNaN(firstJumpFrom)) {
            firstJumpFrom = from;
        }
        jumpedFrom = from;
    }

    @Override
    public void handleScheduled(Handle handle) {
        EventLoop loop = world.loop();
        String cause;
        Task task = handle.task();
        String name = task == null ? "?" : Text.safe(task.name());
        switch (handle.purpose()) {
            case TASK_START:
                cause = "`" + command + "` created " + name + " (create_task schedules its first step)";
                break;
            case TASK_RESUME:
                cause = name + " yielded with sleep(0) in step " + loop.taskSteps();
                break;
            case TASK_WAKEUP: {
                Resolution r = pendingResolution;
                if (r != null && r.future == handle.arg()) {
                    cause = r.text;
                } else {
                    cause = "the future it awaited completed";
                }
                break;
            }
            case SLEEP_TIMER:
                cause = name + " began sleep(" + Text.time(Labels.deadline(handle) - loop.time())
                        + ") in step " + loop.taskSteps() + " at t=" + Text.time(loop.time());
                break;
            default:
                cause = current != null ? "a callback scheduled in iteration " + loop.iterations()
                        : "`" + command + "`";
                break;
        }
        origins.put(handle, new Origin(cause, ++seq, loop.iterations(), loop.batchLeft() > 0 || current != null));
        if (currentStep != null && handle.purpose() == Handle.Purpose.SLEEP_TIMER && task == currentStep.task0) {
            currentStep.sleepUntil = Labels.deadline(handle);
        }
        if (current != null && current.step == null && handle.purpose() == Handle.Purpose.TASK_WAKEUP) {
            current.effects.add("scheduled " + Labels.handleBody(handle)
                    + ": it joins the ready queue's tail, so " + name + " resumes in the next iteration");
        }
    }

    @Override
    public void handleStarting(Handle handle, boolean skippedNow) {
        EventLoop loop = world.loop();
        handles++;
        batchPosition++;
        Origin origin = origins.remove(handle);
        HandleRun run = new HandleRun();
        run.iteration = loop.iterations();
        run.clock = loop.time();
        run.position = batchPosition;
        run.batchSize = batchSize;
        run.purpose = handle.purpose();
        run.label = Labels.handleBody(handle);
        run.task = handle.task() == null ? null : handle.task().name();
        run.skipped = skippedNow;
        run.origin = origin;
        run.deadline = Labels.deadline(handle);
        if (batchPosition == 1 && !Double.isNaN(jumpedFrom)) {
            run.jumpedFrom = jumpedFrom;
        }
        jumpedFrom = Double.NaN;
        if (skippedNow) {
            skipped++;
        } else if (handle.purpose() == Handle.Purpose.SLEEP_TIMER) {
            timerCallbacks++;
        }
        if (!skippedNow && Labels.isStep(handle) && handle.task() != null) {
            Task task = handle.task();
            Step step = new Step();
            step.task0 = task;
            step.task = task.name();
            step.iteration = run.iteration;
            step.clock = run.clock;
            step.position = run.position;
            step.batchSize = run.batchSize;
            step.handleLabel = run.label;
            step.purpose = handle.purpose();
            SuspensionPoint at = task.coroutine().suspendedAt();
            step.from = at == null ? "?" : at.label();
            step.fromLine = at == null ? 0 : at.line();
            step.fromAwaiting = task.awaiting();
            Object arg = handle.arg();
            boolean futureCancelled = arg instanceof Future && ((Future<?>) arg).cancelled();
            step.cancelDelivered = task.cancelPending() || futureCancelled;
            step.wokenThenCancelled = step.cancelDelivered && !futureCancelled
                    && handle.purpose() == Handle.Purpose.TASK_WAKEUP;
            if (origin != null) {
                step.wokenBy = origin.cause;
                step.wokenSeq = origin.seq;
                step.scheduledIteration = origin.iteration;
            }
            run.step = step;
            currentStep = step;
        }
        current = run;
        runs.addLast(run);
        if (runs.size() > KEEP) {
            runs.removeFirst();
        }
    }

    @Override
    public void handleFinished(Handle handle) {
        current = null;
        currentStep = null;
        pendingResolution = null;
    }

    @Override
    public void stepStarted(Task task) {
        if (currentStep != null && currentStep.task0 == task) {
            currentStep.n = world.loop().taskSteps();
        }
    }

    @Override
    public void stepFinished(Task task) {
        Step step = currentStep;
        if (step == null || step.task0 != task) {
            return;
        }
        stepsRun++;
        SuspensionPoint at = task.coroutine().suspendedAt();
        step.to = at == null ? "?" : at.label();
        step.toLine = at == null ? 0 : at.line();
        step.toAwaiting = task.awaiting();
        lastStep = step;
        lastStepOfCommand = step;
        lastSteps.put(step.task, step);
    }

    @Override
    public void printed(Task task, String line) {
        if (currentStep != null && currentStep.task0 == task) {
            currentStep.printed.add(line);
        }
    }

    @Override
    public void futureDone(Future<?> future, Task by) {
        EventLoop loop = world.loop();
        Task waiter = future.waiter();
        String who = waiter == null ? "a future" : Text.safe(waiter.name()) + "'s " + Labels.awaitWord(future.kind()) + "()";
        String text;
        if (future.cancelled()) {
            if (current == null) {
                text = "`" + command + "` cancelled " + who;
            } else {
                text = who + " was cancelled by " + (by == null ? "a callback" : Text.safe(by.name()));
            }
        } else if (current != null && current.purpose == Handle.Purpose.SLEEP_TIMER) {
            text = "the timer of " + (waiter == null ? "a" : Text.safe(waiter.name()) + "'s")
                    + " sleep fired in iteration " + loop.iterations() + " at t=" + Text.time(loop.time());
        } else if (by != null && currentStep != null && currentStep.task0 == by) {
            String name = Text.safe(by.name());
            Step st = currentStep;
            if (future.kind() == Awaiting.GET && !st.put.isEmpty()) {
                text = name + "'s put of " + Text.item(st.put.get(st.put.size() - 1), 40) + " (step " + st.n + ")";
            } else if (future.kind() == Awaiting.PUT && !st.taken.isEmpty()) {
                text = name + "'s get of " + Text.item(st.taken.get(st.taken.size() - 1), 40)
                        + " (step " + st.n + "), which freed a slot";
            } else if (st.cancelDelivered) {
                text = name + " (step " + st.n + "): cancelled after its own " + Labels.awaitWord(future.kind())
                        + "() had been woken, it passed the wake-up on";
                st.passedOn = waiter == null ? "?" : waiter.name();
            } else {
                text = name + "'s step " + st.n;
            }
            if (waiter != null) {
                st.woke.add(Text.safe(waiter.name()) + " (its " + Labels.awaitWord(future.kind()) + "())");
            }
        } else if (current == null) {
            if (future.kind() == Awaiting.PUT) {
                text = "the top-level `" + command + "`, which freed a slot";
            } else {
                text = "the top-level `" + command + "`";
            }
            if (waiter != null) {
                pendingWakes.add("woke " + who + ": " + Text.safe(waiter.name())
                        + "'s wake-up joins the ready queue and runs in the next iteration");
            }
        } else {
            text = "a callback in iteration " + loop.iterations();
        }
        pendingResolution = new Resolution(future, text);
    }

    @Override
    public void itemPut(Queue<?> queue, Object item, Task by) {
        lastPut = new Move(by == null ? null : by.name(), (String) item, world.loop().taskSteps(), ++seq,
                by == null ? command : null);
        if (currentStep != null && currentStep.task0 == by) {
            currentStep.put.add((String) item);
        }
    }

    @Override
    public void itemTaken(Queue<?> queue, Object item, Task by) {
        lastTake = new Move(by == null ? null : by.name(), (String) item, world.loop().taskSteps(), ++seq,
                by == null ? command : null);
        if (currentStep != null && currentStep.task0 == by) {
            currentStep.taken.add((String) item);
        }
    }

    @Override
    public void waiterParked(Queue<?> queue, Future<?> waiter, boolean putter, Task by) {
        Step st = currentStep;
        if (st == null || st.task0 != by) {
            return;
        }
        st.parked = putter ? Awaiting.PUT : Awaiting.GET;
        Awaiting was = putter ? Awaiting.PUT : Awaiting.GET;
        if (st.fromAwaiting == was && !st.cancelDelivered && st.purpose == Handle.Purpose.TASK_WAKEUP) {
            st.lostRace = true;
            Move m = putter ? lastPut : lastTake;
            if (m != null && m.seq > st.wokenSeq) {
                st.thief = m.describe(putter);
            }
        }
    }

    // ---- the world's trace events ------------------------------------------------------------

    private void onTrace(TraceEvent event) {
        if (event instanceof TraceEvent.NewWorld) {
            TraceEvent.NewWorld e = (TraceEvent.NewWorld) event;
            origins.clear();
            lastSteps.clear();
            lastStep = null;
            lastPut = null;
            lastTake = null;
            batchSize = 0;
            batchPosition = 0;
            jumpedFrom = Double.NaN;
            current = null;
            currentStep = null;
            pendingResolution = null;
            pendingWakes.clear();
            outcomes.add("a new world: " + e.kind().word() + " queue, "
                    + (e.maxsize().signum() == 0 ? "unbounded" : "maxsize " + e.maxsize())
                    + ", seed " + e.seed() + "; clock 0, no tasks");
        } else if (event instanceof TraceEvent.Spawned) {
            TraceEvent.Spawned e = (TraceEvent.Spawned) event;
            String name = Text.safe(e.task());
            outcomes.add("spawned " + name + " (" + e.role().word()
                    + (e.count() != null ? ", count " + e.count() : "") + "): its first step '" + name
                    + ": first step' joins the ready queue's tail");
        } else if (event instanceof TraceEvent.PutResult) {
            TraceEvent.PutResult e = (TraceEvent.PutResult) event;
            if (e.ok()) {
                outcomes.add("put " + Text.item(e.item(), 40) + " -> ok: put_nowait stored it at once");
            } else {
                outcomes.add("put " + Text.item(e.item(), 40) + " -> QueueFull: the queue is full ("
                        + world.queue().qsize() + "/" + world.queue().maxsize() + "); nothing changed");
            }
            flushWakes();
        } else if (event instanceof TraceEvent.GetResult) {
            TraceEvent.GetResult e = (TraceEvent.GetResult) event;
            if (e.ok()) {
                outcomes.add("get -> " + Text.item(e.item(), 40) + " (get_nowait; a top-level get does not call task_done())");
            } else {
                outcomes.add("get -> QueueEmpty: the queue is empty; nothing changed");
            }
            flushWakes();
        } else if (event instanceof TraceEvent.CancelResult) {
            TraceEvent.CancelResult e = (TraceEvent.CancelResult) event;
            String name = Text.safe(e.task());
            if (e.ok()) {
                outcomes.add("cancel " + name + " -> True: the CancelledError is delivered at " + name
                        + "'s next step");
            } else {
                outcomes.add("cancel " + name + " -> False: " + name + " is already done");
            }
            flushWakes();
        }
    }

    private void flushWakes() {
        if (!pendingWakes.isEmpty()) {
            outcomes.addAll(pendingWakes);
            pendingWakes.clear();
        }
    }

    // ---- records -----------------------------------------------------------------------------

    /** What a command did, kept while the next one begins, in case the world refuses it. */
    private static final class Saved {
        final String command;
        final long stepsBefore;
        final long iterationsBefore;
        final double clockBefore;
        final long handles;
        final long stepsRun;
        final long timerCallbacks;
        final long skipped;
        final long iterationsBegun;
        final long jumps;
        final double firstJumpFrom;
        final List<HandleRun> runs;
        final List<String> outcomes;
        final Step lastStepOfCommand;
        final boolean interrupted;

        Saved(Journal j) {
            command = j.command;
            stepsBefore = j.stepsBefore;
            iterationsBefore = j.iterationsBefore;
            clockBefore = j.clockBefore;
            handles = j.handles;
            stepsRun = j.stepsRun;
            timerCallbacks = j.timerCallbacks;
            skipped = j.skipped;
            iterationsBegun = j.iterationsBegun;
            jumps = j.jumps;
            firstJumpFrom = j.firstJumpFrom;
            runs = new ArrayList<>(j.runs);
            j.flushWakes();
            outcomes = new ArrayList<>(j.outcomes);
            lastStepOfCommand = j.lastStepOfCommand;
            interrupted = j.interrupted;
        }

        void restore(Journal j) {
            j.command = command;
            j.stepsBefore = stepsBefore;
            j.iterationsBefore = iterationsBefore;
            j.clockBefore = clockBefore;
            j.handles = handles;
            j.stepsRun = stepsRun;
            j.timerCallbacks = timerCallbacks;
            j.skipped = skipped;
            j.iterationsBegun = iterationsBegun;
            j.jumps = jumps;
            j.firstJumpFrom = firstJumpFrom;
            j.runs.clear();
            j.runs.addAll(runs);
            j.outcomes.clear();
            j.outcomes.addAll(outcomes);
            j.pendingWakes.clear();
            j.lastStepOfCommand = lastStepOfCommand;
            j.interrupted = interrupted;
        }
    }

    /** Why a handle was scheduled. */
    public static final class Origin {
        private final String cause;
        private final long seq;
        private final long iteration;
        private final boolean duringIteration;

        Origin(String cause, long seq, long iteration, boolean duringIteration) {
            this.cause = cause;
            this.seq = seq;
            this.iteration = iteration;
            this.duringIteration = duringIteration;
        }

        /** In words: "P0's put of 'Item 0 from P0' (step 3)", "`spawn producer` created P0 ...". */
        public String cause() {
            return cause;
        }

        /** The iteration under way (or last begun) when it was scheduled. */
        public long iteration() {
            return iteration;
        }

        /** Whether it was scheduled while an iteration was under way (so it waits for the next). */
        public boolean duringIteration() {
            return duringIteration;
        }
    }

    /** One handle the command ran. */
    public static final class HandleRun {
        long iteration;
        double clock;
        int position;
        int batchSize;
        Handle.Purpose purpose;
        String label;
        String task;
        boolean skipped;
        Origin origin;
        double deadline = Double.NaN;
        double jumpedFrom = Double.NaN;
        Step step;
        final List<String> effects = new ArrayList<>(1);

        HandleRun() {}

        /** The iteration it ran in. */
        public long iteration() {
            return iteration;
        }

        /** The clock when it ran. */
        public double clock() {
            return clock;
        }

        /** Its 1-based place in the iteration's batch. */
        public int position() {
            return position;
        }

        /** The size of the iteration's batch. */
        public int batchSize() {
            return batchSize;
        }

        /** What it was for. */
        public Handle.Purpose purpose() {
            return purpose;
        }

        /** Its label, as the ready queue showed it ({@code P0: first step}). */
        public String label() {
            return label;
        }

        /** The task it concerns, or null. */
        public String task() {
            return task;
        }

        /** Whether it was cancelled and only used its place in the batch. */
        public boolean skipped() {
            return skipped;
        }

        /** Why it was scheduled, or null if unknown. */
        public Origin origin() {
            return origin;
        }

        /** A timer's deadline, or NaN. */
        public double deadline() {
            return deadline;
        }

        /** When it is the first handle of an iteration that began with a clock jump: the clock before. */
        public double jumpedFrom() {
            return jumpedFrom;
        }

        /** The task step it ran, or null (a timer callback, a skipped handle). */
        public Step step() {
            return step;
        }

        /** What a callback that is not a task step did, in words. */
        public List<String> effects() {
            return Collections.unmodifiableList(effects);
        }
    }

    /** One task step. */
    public static final class Step {
        Task task0;
        long n;
        String task;
        long iteration;
        double clock;
        int position;
        int batchSize;
        String handleLabel;
        Handle.Purpose purpose;
        String from;
        int fromLine;
        Awaiting fromAwaiting;
        String to;
        int toLine;
        Awaiting toAwaiting;
        double sleepUntil = Double.NaN;
        boolean cancelDelivered;
        boolean wokenThenCancelled;
        String wokenBy;
        long wokenSeq;
        long scheduledIteration = -1;
        boolean lostRace;
        String thief;
        Awaiting parked;
        String passedOn;
        final List<String> printed = new ArrayList<>(1);
        final List<String> put = new ArrayList<>(1);
        final List<String> taken = new ArrayList<>(1);
        final List<String> woke = new ArrayList<>(1);

        Step() {}

        /** Task steps counted from 1 in this world. */
        public long n() {
            return n;
        }

        /** The task's name. */
        public String task() {
            return task;
        }

        /** The iteration it ran in. */
        public long iteration() {
            return iteration;
        }

        /** The clock when it ran. */
        public double clock() {
            return clock;
        }

        /** Its handle's 1-based place in the iteration's batch. */
        public int position() {
            return position;
        }

        /** The size of the iteration's batch. */
        public int batchSize() {
            return batchSize;
        }

        /** The label of the handle that ran it. */
        public String handleLabel() {
            return handleLabel;
        }

        /** Start, resume after sleep(0), or wake-up. */
        public Handle.Purpose purpose() {
            return purpose;
        }

        /** Where the task resumed: the label of its suspension point. */
        public String from() {
            return from;
        }

        /** The listing line it resumed at. */
        public int fromLine() {
            return fromLine;
        }

        /** What it was suspended on before the step. */
        public Awaiting fromAwaiting() {
            return fromAwaiting;
        }

        /** Where it stopped: the label of its suspension point. */
        public String to() {
            return to;
        }

        /** The listing line it stopped at. */
        public int toLine() {
            return toLine;
        }

        /** What it is suspended on after the step, or how it ended. */
        public Awaiting toAwaiting() {
            return toAwaiting;
        }

        /** The deadline of the sleep it began, or NaN. */
        public double sleepUntil() {
            return sleepUntil;
        }

        /** What it printed. */
        public List<String> printed() {
            return Collections.unmodifiableList(printed);
        }

        /** Items it put (null: the sentinel). */
        public List<String> put() {
            return Collections.unmodifiableList(put);
        }

        /** Items it took. */
        public List<String> taken() {
            return Collections.unmodifiableList(taken);
        }

        /** Tasks whose future it completed, in words ("C0 (its get())"). */
        public List<String> woke() {
            return Collections.unmodifiableList(woke);
        }

        /** Whether this step delivered a cancellation into the task. */
        public boolean cancelDelivered() {
            return cancelDelivered;
        }

        /** Whether its wait had been resolved before it was cancelled (a woken waiter cancelled). */
        public boolean wokenThenCancelled() {
            return wokenThenCancelled;
        }

        /** Why its handle was scheduled, or null if unknown. */
        public String wokenBy() {
            return wokenBy;
        }

        /** The iteration in which its handle was scheduled, or -1 if unknown. */
        public long scheduledIteration() {
            return scheduledIteration;
        }

        /** Whether it was woken from get()/put() but found the queue empty/full again and waits anew. */
        public boolean lostRace() {
            return lostRace;
        }

        /** Who took the item or slot it was woken for, or null if unknown. */
        public String thief() {
            return thief;
        }

        /** GET or PUT if the step parked the task on the queue, else null. */
        public Awaiting parked() {
            return parked;
        }

        /** Whom a cancelled waiter passed its wake-up on to, or null. */
        public String passedOn() {
            return passedOn;
        }
    }

    /** A future completed, in words, waiting for the wake-up handle it schedules. */
    private static final class Resolution {
        final Future<?> future;
        final String text;

        Resolution(Future<?> future, String text) {
            this.future = future;
            this.text = text;
        }
    }

    /** An item put or taken. */
    private static final class Move {
        final String by;
        final String item;
        final long step;
        final long seq;
        final String command;

        Move(String by, String item, long step, long seq, String command) {
            this.by = by;
            this.item = item;
            this.step = step;
            this.seq = seq;
            this.command = command;
        }

        String describe(boolean put) {
            String what = (put ? "put of " : "get of ") + Text.item(item, 40);
            if (by == null) {
                return "the top-level `" + command + "` (" + what + ")";
            }
            return Text.safe(by) + "'s " + what + " (step " + step + ")";
        }
    }
}
