package looplab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * asyncio's event loop on a virtual clock: a FIFO deque of ready handles and a heap of timers
 * ordered by (deadline, order of scheduling). Nothing is ever waited for: when only timers
 * remain, the clock jumps to the earliest one.
 *
 * <p>One <em>iteration</em> is asyncio's {@code _run_once}: (1) if nothing is ready, jump the clock
 * to the earliest live timer; (2) move every due timer to the ready deque, earliest first; (3) the
 * handles ready <em>now</em> form the batch, run one by one; handles scheduled meanwhile wait for
 * the next iteration. A cancelled handle is skipped but uses its place in the batch.
 *
 * <p>The loop can be driven finely, as kotlinx-coroutines-test's scheduler: one handle
 * ({@link #runOne()}), a number of task steps ({@link #step(long)}), one iteration
 * ({@link #tick()}), until idle ({@link #runUntilIdle()}) or until a time ({@link #runUntil}).
 * Between two handles the world is consistent; {@link #requestStop()} stops a long run there.
 *
 * <p><b>One thread, and the others.</b> Like asyncio's loop, this one belongs to one thread, its
 * <em>owner</em>: the thread that created it; if that thread has ended, the next thread that uses
 * the loop becomes its owner (a host that runs each command on a fresh thread keeps working), and
 * {@link #bindToCurrentThread()} hands the loop over deliberately. While a task's step runs
 * elsewhere (a user coroutine on a thread of its own, see {@code looplab.workbook}), the loop is
 * lent to that thread with {@link #lendTo(Thread)}. The check is one field compare.
 *
 * <p>Another thread that touches a future or a queue of this loop gets what CPython 3.11 gives
 * it. With debug off ({@link #setDebug}), nothing checks: the call does its work, and what it
 * schedules joins the ready deque, but it does not wake a loop that sleeps in its selector
 * ({@link #asleep()}): the next iteration starts as if nothing were ready (the clock jumps to the
 * earliest timer), and with no timer the loop is {@link #stuck()}. With debug on, asyncio's
 * {@code call_soon} and {@code call_at} refuse the call with {@link NonThreadSafeCall}, after
 * whatever the call did before it scheduled. {@link #callSoonThreadsafe} is the safe way in: it
 * wakes the loop. Running the loop ({@code step}, {@code tick}, ...) from another thread is
 * refused, as asyncio refuses to run a loop that already runs on another thread; and so is any
 * other call from another thread while the owner runs a command, because Java's collections
 * have no GIL to make each of their operations whole.
 *
 * <p><b>Order.</b> Which handle of the batch runs next is a {@link Scheduler}'s choice; the
 * default, {@link Scheduler#FIFO}, is asyncio's and takes the head without asking.
 */
public final class EventLoop {
    private final ReadyQueue ready = new ReadyQueue();
    private Scheduler scheduler = Scheduler.FIFO;
    private final TimerHeap timers = new TimerHeap();
    private final List<LoopObserver> observers = new ArrayList<>();
    private LoopObserver[] observerArray = new LoopObserver[0];
    private double clock;
    private long timerSeq;
    private long handlesRun;
    private long iterations;
    private long taskSteps;
    private Task currentTask;
    private Handle currentHandle;
    private volatile boolean stopRequested;
    private volatile Thread owner = Thread.currentThread();
    private volatile boolean debug;
    // In its selector, unwoken: the ready deque was empty when another thread touched the loop.
    private volatile boolean asleep;
    // Runs of the loop under way (nested); written by the owner only.
    private volatile int commands;
    // Handles other threads handed over with call_soon_threadsafe; the owner moves them in.
    private final ConcurrentLinkedQueue<Handle> arrived = new ConcurrentLinkedQueue<>();
    // Set after a handle is added to `arrived`: one volatile read per handle on the owner's path.
    private volatile boolean anyArrived;
    // While a copy of this world is rebuilt (see freeze): what rebuilds it, or null.
    private volatile String frozen;
    // The owner while frozen: never started, so no thread is ever it and every call takes the slow path.
    private static final Thread FROZEN = new Thread("looplab-frozen");

    /** A fresh loop: clock 0, nothing scheduled, owned by the calling thread. */
    public EventLoop() {}

    // ---- one thread --------------------------------------------------------------------------

    /**
     * Called by every operation that changes the loop, its futures or its queues. From the owner
     * it does nothing. From another thread it lets the call go on, as asyncio does, noting that the
     * loop sleeps in its selector if nothing is ready; it refuses the call only while the owner
     * runs a command (see the class comment).
     *
     * @throws IllegalStateException if another thread calls while the owner runs a command
     */
    public void checkThread() {
        if (Thread.currentThread() != owner) {
            foreignCall(false);
        }
    }

    /**
     * Checks a call that must be the owner's (running the loop, lending it, choosing its
     * scheduler); a thread that calls it after the owner ended becomes the owner.
     *
     * @throws IllegalStateException if the calling thread is not the owner (and the owner is alive)
     */
    public void checkOwner() {
        if (Thread.currentThread() != owner && adopt()) {
            throw new IllegalStateException("This event loop is already running: on thread '" + owner.getName()
                    + "', so thread '" + Thread.currentThread().getName() + "' cannot run it (asyncio's RuntimeError)."
                    + " Only the loop's thread steps, ticks or runs it; from another thread, hand work to it with"
                    + " callSoonThreadsafe.");
        }
    }

    /** Whether the calling thread stays foreign: false if the owner had ended and it took over. */
    private synchronized boolean adopt() {
        checkNotFrozen();
        Thread current = Thread.currentThread();
        Thread o = owner;
        if (current == o) {
            return false;
        }
        if (o == null || !o.isAlive()) {
            owner = current;       // the owner ended: the loop passes to the thread that goes on
            return false;
        }
        return true;
    }

    /**
     * A call from a thread that is not the owner: allowed, as in asyncio, unless the owner runs a
     * command; a {@code call_soon} ({@code scheduling}) in debug mode raises asyncio's error.
     *
     * @return false if the owner had ended and the calling thread took the loop over
     */
    private boolean foreignCall(boolean scheduling) {
        if (!adopt()) {
            return false;
        }
        Thread current = Thread.currentThread();
        if (commands > 0) {
            throw new IllegalStateException("thread '" + current.getName() + "' touched the loop while its thread '"
                    + owner.getName() + "' runs a command. asyncio would let the two interleave (the GIL makes each"
                    + " list operation whole); LoopLab's collections have no GIL, so it refuses. Wait until the"
                    + " command is over, or use callSoonThreadsafe, which is safe at any time.");
        }
        if (ready.batchLeft() == 0 && ready.isEmpty() && arrived.isEmpty()) {
            asleep = true;         // the loop sleeps in its selector, and this call does not wake it
        }
        boolean refused = scheduling && debug;
        for (LoopObserver o : observerArray) {
            o.otherThreadCall(current, scheduling, refused);
        }
        if (refused) {
            throw new NonThreadSafeCall(current, owner);
        }
        return true;
    }

    /** The thread the loop belongs to now (its owner, or the thread it is lent to). */
    public Thread owner() {
        return owner;
    }

    /**
     * Makes the calling thread the loop's owner, for a host that moves a loop between threads on
     * purpose (its hand-over must itself be ordered, as an executor's {@code submit} is). The
     * previous owner must not use the loop any more.
     */
    public synchronized void bindToCurrentThread() {
        owner = Thread.currentThread();
    }

    /**
     * Lends the loop to {@code thread} (which runs a task's step while the owner waits), and
     * returns the thread to give it back to. Only the owner can lend it.
     *
     * @throws IllegalStateException if the calling thread is not the owner
     */
    public Thread lendTo(Thread thread) {
        checkOwner();
        Thread previous = owner;
        owner = thread;
        return previous;
    }

    /**
     * Gives back a loop lent with {@link #lendTo(Thread)}: called by the owner once the borrower
     * has handed control back (the hand-over orders the two threads' accesses).
     */
    public void giveBack(Thread previous) {
        owner = previous;
    }

    /**
     * Refuses every call that changes this loop, its futures or its queues, from any thread, until
     * {@link #thaw}: while a copy of this world is rebuilt by replaying its commands (time travel,
     * explore), a coroutine body that captured this world's queue instead of its own would change
     * this world. The refusal fails that body's task in the copy, so the copy shows it. It costs
     * the owner's calls nothing: they find another owner and take the slow path, which checks.
     * Only the owner freezes.
     *
     * @param why what rebuilds the copy, for the error ({@code "time travel"})
     * @return the owner, to give to {@link #thaw}
     * @throws IllegalStateException if the calling thread is not the owner, or the loop is frozen
     */
    public Thread freeze(String why) {
        checkOwner();
        Thread previous = owner;
        frozen = Objects.requireNonNull(why, "why");
        owner = FROZEN;
        return previous;
    }

    /** Ends a {@link #freeze}, called by the thread that froze the loop, with what freeze returned. */
    public void thaw(Thread previous) {
        owner = previous;
        frozen = null;
    }

    private void checkNotFrozen() {
        String why = frozen;
        if (why != null) {
            throw new IllegalStateException("this world is frozen while " + why + " rebuilds a copy of it by"
                    + " replaying its commands, and a coroutine reached into it (a queue captured from the lab?)."
                    + " Reach the world through the task: t.queue(), not a variable that holds lab.queue().");
        }
    }

    /** Which handle of each batch runs next, from now on ({@link Scheduler#FIFO} unless set). */
    public void setScheduler(Scheduler scheduler) {
        checkOwner();
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** The scheduler in use. */
    public Scheduler scheduler() {
        return scheduler;
    }

    // ---- observers ---------------------------------------------------------------------------

    /** Adds an observer; it hears every later event. */
    public void addObserver(LoopObserver observer) {
        observers.add(observer);
        observerArray = observers.toArray(new LoopObserver[0]);
    }

    /** Removes an observer added before. */
    public void removeObserver(LoopObserver observer) {
        observers.remove(observer);
        observerArray = observers.toArray(new LoopObserver[0]);
    }

    // ---- what the loop holds -----------------------------------------------------------------

    /** The virtual clock ({@code loop.time()}). */
    public double time() {
        return clock;
    }

    /** How many iterations have begun. */
    public long iterations() {
        return iterations;
    }

    /** How many task steps have run on this loop. */
    public long taskSteps() {
        return taskSteps;
    }

    /** The task whose step is running, or {@code null} between handles ({@code current_task()}). */
    public Task currentTask() {
        return currentTask;
    }

    /** The handle that is running, or {@code null} between handles. */
    public Handle currentHandle() {
        return currentHandle;
    }

    /** How many handles have run (or been skipped, cancelled) on this loop. */
    public long handlesRun() {
        return handlesRun;
    }

    /** How many handles of the iteration under way are still to run (0: no iteration under way). */
    public int batchLeft() {
        return ready.batchLeft();
    }

    /** The ready deque, head first: the batch under way comes first, then what was scheduled since. */
    public List<Handle> readyHandles() {
        if (Thread.currentThread() == owner) {
            moveArrived();
        }
        return Collections.unmodifiableList(ready.toList());
    }

    /** The first {@code max} of {@link #readyHandles()}, without copying the rest (a frame lists only a few). */
    public List<Handle> readyHandles(int max) {
        return Collections.unmodifiableList(ready.toList(max));
    }

    /** How many handles {@link #readyHandles()} holds (with the threadsafe ones not moved in yet). */
    public int readyCount() {
        return ready.count() + arrived.size();
    }

    /** Live (not cancelled) timers, earliest first. */
    public List<TimerHandle> liveTimers() {
        List<TimerHandle> live = new ArrayList<>(timers.size());
        for (TimerHandle timer : timers) {
            if (!timer.cancelled()) {
                live.add(timer);
            }
        }
        live.sort(null);
        return live;
    }

    /** The first {@code max} of {@link #liveTimers()}, without sorting the rest (a frame lists only a few). */
    public List<TimerHandle> liveTimers(int max) {
        return timers.earliest(max, TimerHandle::cancelled);
    }

    /** How many timers are live (not cancelled): {@code liveTimers().size()} without the copy and sort. */
    public int liveTimerCount() {
        int live = 0;
        for (TimerHandle timer : timers) {
            if (!timer.cancelled()) {
                live++;
            }
        }
        return live;
    }

    /** Every live timer, in no particular order (heap order), without a copy. */
    public Iterable<TimerHandle> liveTimersUnordered() {
        return () -> java.util.stream.StreamSupport.stream(timers.spliterator(), false)
                .filter(t -> !t.cancelled()).iterator();
    }

    /** Whether any timer is live (not cancelled). */
    public boolean hasLiveTimer() {
        dropCancelledHead();
        return !timers.isEmpty();
    }

    /** Idle: no iteration under way, nothing ready and no live timer. */
    public boolean isIdle() {
        return ready.batchLeft() == 0 && ready.isEmpty() && arrived.isEmpty() && !hasLiveTimer();
    }

    /** The clock at which the next iteration would start; empty when the loop is idle. */
    public OptionalDouble nextIterationStart() {
        if ((!ready.isEmpty() || !arrived.isEmpty()) && !asleep) {
            return OptionalDouble.of(clock);
        }
        if (hasLiveTimer()) {
            return OptionalDouble.of(Math.max(clock, timers.peek().when()));
        }
        return OptionalDouble.empty();
    }

    // ---- scheduling --------------------------------------------------------------------------

    /** Schedules {@code callback(arg)} at the ready deque's tail ({@code call_soon}). */
    public Handle callSoon(Callback callback, Object arg) {
        return schedule(callback, arg, Handle.Purpose.CALLBACK, null);
    }

    /** Schedules {@code callback(arg)} {@code delay} seconds from now ({@code call_later}). */
    public TimerHandle callLater(double delay, Callback callback, Object arg) {
        return callAt(clock + delay, callback, arg);
    }

    /** Schedules {@code callback(arg)} at virtual time {@code when} ({@code call_at}). */
    public TimerHandle callAt(double when, Callback callback, Object arg) {
        return scheduleTimer(when, callback, arg, Handle.Purpose.CALLBACK, null);
    }

    /** A new pending future on this loop ({@code loop.create_future()}). */
    public <T> Future<T> createFuture() {
        return new Future<>(this, Awaiting.FUTURE);
    }

    /** Creates a task for the coroutine and schedules its first step ({@code create_task}). */
    public Task createTask(String name, Coroutine coro) {
        return new Task(this, name, coro);
    }

    /**
     * Schedules {@code callback(arg)} from any thread and wakes the loop
     * ({@code loop.call_soon_threadsafe}): the handle joins the ready deque's tail (if the owner is
     * running a command, as soon as it is between two handles), and a loop asleep in its selector
     * wakes, so the next iteration runs it at once. Never refused, in debug mode either (only while
     * the loop is {@linkplain #freeze frozen}).
     */
    public Handle callSoonThreadsafe(Runnable action) {
        return callSoonThreadsafe(null, arg -> action.run(), null);
    }

    /**
     * {@link #callSoonThreadsafe(Runnable)} with a description and an argument.
     *
     * @param what what the callback does, for the views ({@code "put_nowait('x')"}), or null
     */
    public Handle callSoonThreadsafe(String what, Callback callback, Object arg) {
        checkNotFrozen();
        Handle handle = new Handle.Threadsafe(callback, arg, what);
        arrived.add(handle);
        anyArrived = true;
        asleep = false;            // _write_to_self: a byte on the self-pipe wakes the selector
        if (Thread.currentThread() == owner) {
            moveArrived();
        }
        return handle;
    }

    /**
     * Moves into the ready deque, now, the handles other threads handed over with
     * {@link #callSoonThreadsafe}: the owner's call, for a host that just joined such a thread
     * (the loop also does it by itself before it schedules or runs anything).
     */
    public void collectThreadsafe() {
        checkOwner();
        moveArrived();
    }

    // A run of the loop under way (nested: step runs runOne): another thread's call is refused.
    private void enter() {
        checkOwner();
        commands++;
    }

    private void leave() {
        if (--commands == 0) {
            moveArrived();
        }
    }

    /** Whether another thread's call has put the loop to sleep in its selector, unwoken since. */
    public boolean asleep() {
        return asleep;
    }

    /**
     * Asleep with handles ready but no live timer: nothing will ever wake the loop, and what is
     * ready waits for ever, until a {@link #callSoonThreadsafe} or a command of its own thread.
     */
    public boolean stuck() {
        return asleep && ready.batchLeft() == 0 && !ready.isEmpty() && !hasLiveTimer();
    }

    /**
     * The loop's own thread goes to work (a top-level command: spawn, put, get, cancel): a loop
     * asleep in its selector is awake again.
     */
    public void wake() {
        checkOwner();
        asleep = false;
    }

    /** Turns asyncio's debug mode on or off; only its thread check matters here. */
    public void setDebug(boolean on) {
        checkOwner();
        debug = on;
    }

    /** Whether asyncio's debug mode is on. */
    public boolean debug() {
        return debug;
    }

    Handle schedule(Callback callback, Object arg, Handle.Purpose purpose, Task task) {
        if (Thread.currentThread() != owner) {
            foreignCall(true);
        }
        Handle handle = new Handle(callback, arg, purpose, task);
        addReady(handle);
        return handle;
    }

    private void addReady(Handle handle) {
        if (Thread.currentThread() == owner) {
            moveArrived();
        }
        ready.addLast(handle);
        for (LoopObserver o : observerArray) {
            o.handleScheduled(handle);
        }
    }

    /** Moves the threadsafe handles that arrived during a command to the ready deque (the owner only). */
    private void moveArrived() {
        if (!anyArrived) {
            return;
        }
        anyArrived = false;        // cleared before the poll: a handle added meanwhile sets it again
        Handle h;
        while ((h = arrived.poll()) != null) {
            ready.addLast(h);
            for (LoopObserver o : observerArray) {
                o.handleScheduled(h);
            }
        }
    }

    TimerHandle scheduleTimer(double when, Callback callback, Object arg, Handle.Purpose purpose, Task task) {
        if (Thread.currentThread() != owner) {
            foreignCall(true);
        }
        if (Double.isNaN(when)) {
            throw new IllegalArgumentException("a timer's deadline cannot be NaN");
        }
        TimerHandle timer = new TimerHandle(when, ++timerSeq, callback, arg, purpose, task);
        timers.add(timer);
        for (LoopObserver o : observerArray) {
            o.handleScheduled(timer);
        }
        return timer;
    }

    // ---- running -----------------------------------------------------------------------------

    /**
     * Runs the next handle of the iteration under way, beginning an iteration if none is.
     *
     * @return false (and nothing done) if the loop is idle
     */
    public boolean runOne() {
        checkOwner();
        moveArrived();
        if (ready.batchLeft() == 0 && !beginIteration()) {
            return false;
        }
        Handle handle = scheduler == Scheduler.FIFO ? ready.pollFirst() : ready.next(scheduler);
        handlesRun++;
        boolean skipped = handle.cancelled();
        LoopObserver[] obs = observerArray;
        for (LoopObserver o : obs) {
            o.handleStarting(handle, skipped);
        }
        if (!skipped) {
            currentHandle = handle;
            try {
                handle.run();
            } finally {
                currentHandle = null;
            }
        }
        for (LoopObserver o : obs) {
            o.handleFinished(handle);
        }
        return true;
    }

    /**
     * Begins an iteration if none is under way (rules 1 and 2, and the batch frozen) and runs no
     * handle: what a run stopped right after it began an iteration had done.
     *
     * @return false (and nothing done) if an iteration is under way or the loop is idle
     */
    public boolean beginIfNone() {
        checkOwner();
        return ready.batchLeft() == 0 && beginIteration();
    }

    /**
     * Runs handles, keeping iteration boundaries, until {@code n} more task steps have run or the
     * loop is idle (or a stop was requested).
     *
     * @return how many task steps ran
     */
    public long step(long n) {
        enter();
        try {
            stopRequested = false;
            long target = taskSteps + Math.min(n, Long.MAX_VALUE - taskSteps);
            long before = taskSteps;
            while (taskSteps < target && !stopRequested && runOne()) {
                // each runOne() runs one handle
            }
            return taskSteps - before;
        } finally {
            leave();
        }
    }

    /**
     * Finishes the iteration under way, if any, else runs one whole iteration.
     *
     * @return false (and nothing done) if the loop was idle
     */
    public boolean tick() {
        enter();
        try {
            stopRequested = false;
            if (ready.batchLeft() == 0 && !beginIteration()) {
                return false;
            }
            finishIteration();
            return true;
        } finally {
            leave();
        }
    }

    /** Iterates until the loop is idle (or a stop was requested). */
    public void runUntilIdle() {
        enter();
        try {
            stopRequested = false;
            finishIteration();
            while (!stopRequested && beginIteration()) {
                finishIteration();
            }
        } finally {
            leave();
        }
    }

    /**
     * Finishes the iteration under way, then iterates while the next iteration would start at or
     * before {@code until}; then moves the clock up to {@code until} (never back).
     */
    public void runUntil(double until) {
        enter();
        try {
            stopRequested = false;
            finishIteration();
            while (!stopRequested) {
                OptionalDouble start = nextIterationStart();
                if (start.isEmpty() || start.getAsDouble() > until || !beginIteration()) {
                    break;
                }
                finishIteration();
            }
            if (!stopRequested && clock < until) {
                clock = until;
            }
        } finally {
            leave();
        }
    }

    /**
     * Asks a running {@link #step}, {@link #tick}, {@link #runUntilIdle} or {@link #runUntil} to
     * stop after the handle under way; safe to call from any thread (a console's Ctrl-C).
     */
    public void requestStop() {
        stopRequested = true;
    }

    /** Whether the last run was stopped by {@link #requestStop()} before it was through. */
    public boolean stopRequested() {
        return stopRequested;
    }

    private void finishIteration() {
        while (ready.batchLeft() > 0 && !stopRequested) {
            runOne();
        }
    }

    /** Rules 1 to 3 of an iteration; false (nothing done) when idle. */
    private boolean beginIteration() {
        moveArrived();
        // Asleep: the selector was entered with nothing ready and nobody woke it, so it sleeps
        // until the earliest timer as if nothing were ready; with no timer it never returns.
        if (ready.isEmpty() || asleep) {
            if (!hasLiveTimer()) {
                return false;
            }
            double when = timers.peek().when();
            if (when > clock) {
                double from = clock;
                clock = when;
                for (LoopObserver o : observerArray) {
                    o.clockJumped(from, when);
                }
            }
        }
        if (asleep) {
            asleep = false;        // a volatile write only when it changes: this runs every iteration
        }
        while (!timers.isEmpty() && timers.peek().when() <= clock) {
            TimerHandle timer = timers.poll();
            if (!timer.cancelled()) {      // only live timers move; a cancelled one is dropped
                ready.addLast(timer);
            }
        }
        iterations++;
        ready.beginBatch(iterations);
        for (LoopObserver o : observerArray) {
            o.iterationStarted(iterations, clock, ready.batchLeft());
        }
        return true;
    }

    private void dropCancelledHead() {
        while (!timers.isEmpty() && timers.peek().cancelled()) {
            timers.poll();
        }
    }

    // ---- hooks for tasks, futures and queues -------------------------------------------------

    void enterTask(Task task) {
        if (currentTask != null) {
            throw new IllegalStateException("cannot enter task " + task.name()
                    + " while task " + currentTask.name() + " is running");
        }
        currentTask = task;
        taskSteps++;
        for (LoopObserver o : observerArray) {
            o.stepStarted(task);
        }
    }

    void leaveTask(Task task) {
        currentTask = null;
        for (LoopObserver o : observerArray) {
            o.stepFinished(task);
        }
    }

    void taskCreated(Task task) {
        for (LoopObserver o : observerArray) {
            o.taskCreated(task);
        }
    }

    void printed(Task task, String line) {
        for (LoopObserver o : observerArray) {
            o.printed(task, line);
        }
    }

    void futureDone(Future<?> future) {
        for (LoopObserver o : observerArray) {
            o.futureDone(future, currentTask);
        }
    }

    void itemPut(Queue<?> queue, Object item) {
        for (LoopObserver o : observerArray) {
            o.itemPut(queue, item, currentTask);
        }
    }

    void itemTaken(Queue<?> queue, Object item) {
        for (LoopObserver o : observerArray) {
            o.itemTaken(queue, item, currentTask);
        }
    }

    void itemHandedOver(Queue<?> queue, Object item, Future<?> getter) {
        for (LoopObserver o : observerArray) {
            o.itemHandedOver(queue, item, getter, currentTask);
        }
    }

    void itemReceived(Queue<?> queue, Object item) {
        for (LoopObserver o : observerArray) {
            o.itemReceived(queue, item, currentTask);
        }
    }

    void taskDone(Queue<?> queue, int unfinished) {
        for (LoopObserver o : observerArray) {
            o.taskDone(queue, unfinished, currentTask);
        }
    }

    void itemLost(Queue<?> queue, Object item) {
        for (LoopObserver o : observerArray) {
            o.itemLost(queue, item, currentTask);
        }
    }

    void waiterParked(Queue<?> queue, Future<?> waiter, boolean putter) {
        for (LoopObserver o : observerArray) {
            o.waiterParked(queue, waiter, putter, currentTask);
        }
    }
}
