package looplab.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import looplab.command.Command;
import looplab.model.Awaiting;
import looplab.model.EventLoop;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.LoopObserver;
import looplab.model.Queue;
import looplab.model.SuspensionPoint;
import looplab.model.Task;
import looplab.world.Actor;
import looplab.world.TraceEvent;
import looplab.world.World;

/**
 * The facts of a session, as heard from the loop's events and the world's trace: one
 * {@link CommandRecord} per command, each holding every handle it ran (task steps, timer
 * callbacks, skipped cancelled handles) with its {@link Step}, clock jumps and iterations, and
 * what it did at top level. Views read these facts and word them; nothing here is prose.
 *
 * <p>Across commands the journal also remembers, per world, why each pending handle was
 * scheduled and who last put and took an item, so that a view can say why a woken task waits
 * again. Memory grows with the run: one record per command, one {@link HandleRun} per handle.
 *
 * <p>Attach it with {@link #attach(World)}; call {@link #beginCommand} before each command and
 * {@link #endCommand()} after it, or {@link #abandonCommand()} if the world refused it.
 */
public final class Journal implements LoopObserver {
    private final World world;
    private final List<CommandRecord> records = new ArrayList<>();
    private CommandRecord last = CommandRecord.start();
    private CommandRecord current;
    private final List<Fact> pendingWakes = new ArrayList<>();
    // Other threads' calls between commands (heard on those threads), for the next command's record.
    private final Map<String, Fact.OtherThreadCall> otherThreads = new java.util.LinkedHashMap<>();

    // ---- the world, across commands ----------------------------------------------------------
    private final IdentityHashMap<Handle, Origin> origins = new IdentityHashMap<>();
    private final Map<String, Step> lastSteps = new HashMap<>();
    private Step lastStep;
    private Fact.Move lastPut;
    private Fact.Move lastTake;
    private long seq;
    private int batchSize;
    private int batchPosition;
    private double jumpedFrom = Double.NaN;
    private HandleRun running;
    private Step runningStep;
    private Resolution pendingResolution;
    private boolean frozen;             // a moment of the past: its facts are its records alone
    private final TaskCensus census = new TaskCensus();

    private Journal(World world) {
        this.world = world;
    }

    /**
     * The journal of a moment of the past, for the time machine: {@code records} are the facts
     * as they stood then (the last one is what the frame narrates), {@code world} the world
     * replayed to that moment. It is attached to nothing and records nothing more; it does not
     * know why the handles pending then were scheduled ({@link #originOf} answers null: each
     * {@link HandleRun} keeps its own cause).
     */
    public static Journal past(World world, List<CommandRecord> records) {
        Journal journal = new Journal(world);
        journal.records.addAll(records);
        journal.frozen = true;
        for (Actor actor : world.actors()) {
            journal.census.spawned(actor);       // the replayed world stands still: counted once
        }
        if (!records.isEmpty()) {
            journal.last = records.get(records.size() - 1);
        }
        for (int i = records.size() - 1; i >= 0 && journal.lastStep == null; i--) {
            journal.lastStep = records.get(i).lastStep;
        }
        return journal;
    }

    /**
     * A journal of {@code world}: it becomes a loop observer (kept across {@code new}) and a
     * trace listener of the world.
     */
    public static Journal attach(World world) {
        Journal journal = new Journal(world);
        world.addLoopObserver(journal);
        world.addListener(journal::onTrace);
        return journal;
    }

    /**
     * Starts recording a command.
     *
     * @param text    the line as typed (or a description of a JShell call), shown in the frame
     * @param command the command, or null for something that is not a line of the language
     */
    public void beginCommand(String text, Command command) {
        begin(text, command);
        synchronized (otherThreads) {
            current.outcomes.addAll(otherThreads.values());
            otherThreads.clear();
        }
    }

    private void begin(String text, Command command) {
        EventLoop loop = world.loop();
        current = new CommandRecord(text == null ? "" : text.strip(), command, loop.taskSteps(), loop.iterations(),
                loop.time(), world.applied().size());
        pendingWakes.clear();
    }

    /** Forgets the command begun last: the world refused it (before anything changed). */
    public void abandonCommand() {
        current = null;
        pendingWakes.clear();
    }

    /** Ends the command: notes whether a stop request (Ctrl-C) cut a step, tick or run short. */
    public void endCommand() {
        CommandRecord r = recording();
        flushWakes(r);
        r.interrupted = r.runsTheLoop() && world.loop().stopRequested();
        if (last != r) {
            records.add(r);
            last = r;
        }
        current = null;
    }

    // ---- the facts ---------------------------------------------------------------------------

    /** What the last command did (before any command: an empty record). */
    public CommandRecord last() {
        return last;
    }

    /** Every command of the session, oldest first. */
    public List<CommandRecord> records() {
        return Collections.unmodifiableList(records);
    }

    /** The last task step in this world, or null. */
    public Step lastStep() {
        return lastStep;
    }

    /** The last step of the task named {@code name} in this world, or null. */
    public Step lastStepOf(String name) {
        if (frozen) {
            for (int i = records.size() - 1; i >= 0; i--) {
                List<HandleRun> runs = records.get(i).runs;
                for (int j = runs.size() - 1; j >= 0; j--) {
                    Step s = runs.get(j).step;
                    if (s != null && s.task.equals(name)) {
                        return s;
                    }
                }
            }
            return null;
        }
        return lastSteps.get(name);
    }

    /** The built-in tasks counted by role and state, for the frame's summary of a big world. */
    TaskCensus census() {
        return census;
    }

    /** Why a handle still in the ready queue or timer heap was scheduled, or null if unknown. */
    public Origin originOf(Handle handle) {
        return origins.get(handle);
    }

    /**
     * The command being recorded. What happens outside any command (a world set up before the
     * first prompt) gets a record of its own, which is at once the last one.
     */
    private CommandRecord recording() {
        if (current == null) {
            begin("", null);
            records.add(current);
            last = current;
        }
        return current;
    }

    private String commandText() {
        return recording().text;
    }

    // ---- the loop's events -------------------------------------------------------------------

    @Override
    public void iterationStarted(long iteration, double clock, int size) {
        recording().iterationsBegun++;
        batchSize = size;
        batchPosition = 0;
    }

    @Override
    public void clockJumped(double from, double to) {
        CommandRecord r = recording();
        r.jumps++;
        if (Double.isNaN(r.firstJumpFrom)) {
            r.firstJumpFrom = from;
        }
        jumpedFrom = from;
    }

    @Override
    public void handleScheduled(Handle handle) {
        census.touched(handle);
        EventLoop loop = world.loop();
        Task task = handle.task();
        String name = task == null ? null : task.name();
        Fact.Cause cause;
        switch (handle.purpose()) {
            case TASK_START:
                cause = new Fact.Created(commandText(), name);
                break;
            case TASK_RESUME:
                cause = new Fact.Yielded(name, loop.taskSteps());
                break;
            case TASK_WAKEUP: {
                Resolution r = pendingResolution;
                cause = r != null && r.future == handle.arg() ? r.cause : new Fact.FutureCompleted();
                break;
            }
            case SLEEP_TIMER:
                cause = new Fact.SleepBegan(name, Labels.deadline(handle) - loop.time(), loop.taskSteps(), loop.time());
                break;
            default:
                cause = running != null ? new Fact.ScheduledInIteration(loop.iterations())
                        : new Fact.ScheduledByCommand(commandText());
                break;
        }
        origins.put(handle, new Origin(cause, ++seq, loop.iterations(), loop.batchLeft() > 0 || running != null));
        if (runningStep != null && handle.purpose() == Handle.Purpose.SLEEP_TIMER && task == runningStep.task0) {
            runningStep.sleepUntil = Labels.deadline(handle);
        }
        if (running != null && running.step == null && handle.purpose() == Handle.Purpose.TASK_WAKEUP) {
            running.effect(new Fact.Scheduled(Labels.fact(handle), name));
        }
    }

    @Override
    public void handleStarting(Handle handle, boolean skippedNow) {
        EventLoop loop = world.loop();
        CommandRecord r = recording();
        batchPosition++;
        Origin origin = origins.remove(handle);
        HandleRun run = new HandleRun(loop.iterations(), loop.time(), batchPosition, batchSize, Labels.fact(handle),
                skippedNow, origin, Labels.deadline(handle), batchPosition == 1 ? jumpedFrom : Double.NaN);
        jumpedFrom = Double.NaN;
        if (skippedNow) {
            r.skipped++;
        } else if (handle.purpose() == Handle.Purpose.SLEEP_TIMER) {
            r.timerCallbacks++;
        }
        if (!skippedNow && Labels.isStep(handle) && handle.task() != null) {
            Task task = handle.task();
            Object arg = handle.arg();
            boolean futureCancelled = arg instanceof Future && ((Future<?>) arg).cancelled();
            boolean cancelDelivered = task.cancelPending() || futureCancelled;
            run.step = new Step(task, run, point(task.coroutine().suspendedAt()), task.awaiting(), cancelDelivered,
                    cancelDelivered && !futureCancelled && handle.purpose() == Handle.Purpose.TASK_WAKEUP, origin);
            runningStep = run.step;
        }
        running = run;
        r.runs.add(run);
    }

    private static Fact.Point point(SuspensionPoint at) {
        return at == null ? Fact.Point.UNKNOWN : new Fact.Point(at.label(), at.line());
    }

    @Override
    public void handleFinished(Handle handle) {
        if (running != null) {
            running.queueSize = world.queue().qsize();
        }
        running = null;
        runningStep = null;
        pendingResolution = null;
    }

    @Override
    public void stepStarted(Task task) {
        if (runningStep != null && runningStep.task0 == task) {
            runningStep.n = world.loop().taskSteps();
        }
    }

    @Override
    public void stepFinished(Task task) {
        census.touched(task);
        Step step = runningStep;
        if (step == null || step.task0 != task) {
            return;
        }
        CommandRecord r = recording();
        r.stepsRun++;
        step.to = point(task.coroutine().suspendedAt());
        step.toAwaiting = task.awaiting();
        lastStep = step;
        r.lastStep = step;
        lastSteps.put(step.task, step);
    }

    @Override
    public void printed(Task task, String line) {
        if (runningStep != null && runningStep.task0 == task) {
            runningStep.printed(line);
        }
    }

    @Override
    public void futureDone(Future<?> future, Task by) {
        census.touched(future);
        EventLoop loop = world.loop();
        Task waiterTask = future.waiter();
        String waiter = waiterTask == null ? null : waiterTask.name();
        Awaiting kind = future.kind();
        Fact.Cause cause;
        if (future.cancelled()) {
            cause = running == null ? new Fact.CancelledByCommand(commandText(), waiter, kind)
                    : new Fact.CancelledBy(waiter, kind, by == null ? null : by.name());
        } else if (running != null && running.purpose() == Handle.Purpose.SLEEP_TIMER) {
            cause = new Fact.TimerFired(waiter, loop.iterations(), loop.time());
        } else if (by != null && runningStep != null && runningStep.task0 == by) {
            Step st = runningStep;
            if (kind == Awaiting.GET && !st.put().isEmpty()) {
                cause = new Fact.PutBy(by.name(), st.put().get(st.put().size() - 1), st.n);
            } else if (kind == Awaiting.PUT && !st.taken().isEmpty()) {
                cause = new Fact.GetBy(by.name(), st.taken().get(st.taken().size() - 1), st.n);
            } else if (st.cancelDelivered) {
                cause = new Fact.PassedOn(by.name(), st.n, kind);
                st.passedOn = waiter == null ? "?" : waiter;
            } else {
                cause = new Fact.StepOf(by.name(), st.n);
            }
            if (waiter != null) {
                st.woke(new Fact.Wake(waiter, kind));
            }
        } else if (running == null && Thread.currentThread() != loop.owner()) {
            // Another thread's put_nowait: its call_soon comes from outside the loop.
            cause = new Fact.PutByOtherThread(commandText(), lastPut == null ? null : lastPut.item(), loop.asleep());
            if (waiter != null) {
                pendingWakes.add(new Fact.Woke(waiter, kind));
            }
        } else if (running == null) {
            cause = new Fact.TopLevel(commandText(), kind == Awaiting.PUT);
            if (waiter != null) {
                pendingWakes.add(new Fact.Woke(waiter, kind));
            }
        } else if (running.purpose() == Handle.Purpose.THREADSAFE && kind == Awaiting.GET && lastPut != null) {
            cause = new Fact.PutByThreadsafe(lastPut.item(), loop.iterations());
        } else {
            cause = new Fact.CallbackIn(loop.iterations());
        }
        pendingResolution = new Resolution(future, cause);
    }

    @Override
    public void otherThreadCall(Thread thread, boolean scheduled, boolean refused) {
        if (current != null && current.command() != null) {
            return;                // a command's own other thread (`thread put`): its outcome says it all
        }
        synchronized (otherThreads) {
            Fact.OtherThreadCall was = otherThreads.get(thread.getName());
            otherThreads.put(thread.getName(), new Fact.OtherThreadCall(thread.getName(),
                    scheduled || (was != null && was.scheduled()), refused || (was != null && was.refused()),
                    world.loop().debug()));
        }
    }

    @Override
    public void itemPut(Queue<?> queue, Object item, Task by) {
        lastPut = move(item, by);
        if (runningStep != null && runningStep.task0 == by) {
            runningStep.put((String) item);
        }
    }

    @Override
    public void itemTaken(Queue<?> queue, Object item, Task by) {
        lastTake = move(item, by);
        if (runningStep != null && runningStep.task0 == by) {
            runningStep.taken((String) item);
        }
    }

    @Override
    public void itemHandedOver(Queue<?> queue, Object item, Future<?> getter, Task by) {
        Task w = getter.waiter();
        String waiter = w == null ? null : w.name();
        if (runningStep != null && runningStep.task0 == by) {
            runningStep.handed((String) item, new Fact.Wake(waiter, Awaiting.GET));
        } else if (running == null) {
            pendingWakes.add(new Fact.HandedOver((String) item, waiter));
        }
    }

    @Override
    public void itemReceived(Queue<?> queue, Object item, Task by) {
        lastTake = move(item, by);
        if (runningStep != null && runningStep.task0 == by) {
            runningStep.received((String) item);
        }
    }

    @Override
    public void itemLost(Queue<?> queue, Object item, Task by) {
        if (runningStep != null && runningStep.task0 == by) {
            runningStep.lost((String) item);
        }
    }

    @Override
    public void taskDone(Queue<?> queue, int unfinished, Task by) {
        if (runningStep != null && runningStep.task0 == by) {
            runningStep.taskDone(unfinished);
        }
    }

    private Fact.Move move(Object item, Task by) {
        return new Fact.Move(by == null ? null : by.name(), (String) item, world.loop().taskSteps(), ++seq,
                by == null ? commandText() : null);
    }

    @Override
    public void waiterParked(Queue<?> queue, Future<?> waiter, boolean putter, Task by) {
        Step st = runningStep;
        if (st == null || st.task0 != by) {
            return;
        }
        Awaiting was = putter ? Awaiting.PUT : Awaiting.GET;
        st.parked = was;
        if (st.fromAwaiting == was && !st.cancelDelivered && st.purpose() == Handle.Purpose.TASK_WAKEUP) {
            st.lostRace = true;
            Fact.Move m = putter ? lastPut : lastTake;
            if (m != null && m.seq() > st.wokenSeq) {
                st.thief = m;
            }
        }
    }

    // ---- the world's trace events ------------------------------------------------------------

    private void onTrace(TraceEvent event) {
        CommandRecord r = recording();
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
            running = null;
            runningStep = null;
            pendingResolution = null;
            pendingWakes.clear();
            census.clear();
            r.outcomes.add(new Fact.WorldCreated(e.maxsize(), e.seed(), e.kind(), e.debug()));
        } else if (event instanceof TraceEvent.Spawned) {
            TraceEvent.Spawned e = (TraceEvent.Spawned) event;
            Actor actor = world.actor(e.task());
            if (actor != null) {
                census.spawned(actor);
            }
            r.outcomes.add(new Fact.Spawned(e.task(), e.role().word(), e.count()));
        } else if (event instanceof TraceEvent.PutResult) {
            TraceEvent.PutResult e = (TraceEvent.PutResult) event;
            // Python 3.4's hand-over says itself what became of the item.
            if (pendingWakes.stream().noneMatch(f -> f instanceof Fact.HandedOver)) {
                r.outcomes.add(new Fact.PutOutcome(e.item(), e.ok(), world.queue().qsize(), world.queue().maxsize()));
            }
            flushWakes(r);
        } else if (event instanceof TraceEvent.ThreadPutResult) {
            TraceEvent.ThreadPutResult e = (TraceEvent.ThreadPutResult) event;
            Fact.Wake woke = null;
            for (Fact f : pendingWakes) {
                if (f instanceof Fact.Woke w) {
                    woke = new Fact.Wake(w.task(), w.on());
                }
            }
            pendingWakes.clear();
            r.outcomes.add(new Fact.ThreadPutOutcome(e.item(), e.ok(), e.error(), woke, e.asleep(),
                    world.queue().qsize(), world.queue().maxsize()));
        } else if (event instanceof TraceEvent.ThreadsafePutScheduled) {
            r.outcomes.add(new Fact.ThreadsafeScheduled(((TraceEvent.ThreadsafePutScheduled) event).item()));
        } else if (event instanceof TraceEvent.ThreadsafePutRan) {
            TraceEvent.ThreadsafePutRan e = (TraceEvent.ThreadsafePutRan) event;
            if (running != null) {
                running.callbackOutcome = new Fact.ThreadsafePutOutcome(e.item(), e.ok(), world.queue().qsize(),
                        world.queue().maxsize());
            }
        } else if (event instanceof TraceEvent.GetResult) {
            TraceEvent.GetResult e = (TraceEvent.GetResult) event;
            r.outcomes.add(new Fact.GetOutcome(e.ok(), e.item()));
            flushWakes(r);
        } else if (event instanceof TraceEvent.CancelResult) {
            TraceEvent.CancelResult e = (TraceEvent.CancelResult) event;
            Actor cancelled = world.task(e.task());
            r.outcomes.add(new Fact.CancelOutcome(e.task(), e.ok(), cancelled != null && cancelled.task().wakeupLost()));
            flushWakes(r);
        }
    }

    private void flushWakes(CommandRecord r) {
        r.outcomes.addAll(pendingWakes);
        pendingWakes.clear();
    }

    // ---- records -----------------------------------------------------------------------------

    /**
     * Why a handle was scheduled, and when: {@code seq} orders it among the items moved, and
     * {@code duringIteration} says whether an iteration was under way (so it waits for the next).
     */
    public record Origin(Fact.Cause cause, long seq, long iteration, boolean duringIteration) {}

    /** A future completed, waiting for the wake-up handle it schedules. */
    private record Resolution(Future<?> future, Fact.Cause cause) {}
}
