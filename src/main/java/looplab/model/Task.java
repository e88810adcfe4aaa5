package looplab.model;

/**
 * asyncio's {@code Task}: a future that drives a coroutine. Creating a task schedules its first
 * step; each step resumes the coroutine once and runs it to its next suspension. If the coroutine
 * waits on a future, the task's wake-up is added as a done-callback of that future; if it yields
 * bare, the next step is scheduled at once. Cancellation is delivered as a {@link CancelledError}
 * at the await point, in the task's next step.
 *
 * <p>One task step is one run of a {@link Handle} whose purpose is {@code TASK_START},
 * {@code TASK_RESUME} or {@code TASK_WAKEUP}.
 */
public final class Task extends Future<Object> {
    private final String name;
    private final Coroutine coro;
    private final Wakeup wakeup = new Wakeup(this);
    private final Callback step = arg -> step((RuntimeException) arg);
    private Future<?> waitingOn;       // asyncio's _fut_waiter
    private boolean mustCancel;
    private boolean yielded;           // suspended on a bare yield, its next step scheduled
    private boolean started;
    private boolean wakeupScheduled;   // the awaited future's done-callback joined the ready deque
    private int cancelRequests;
    private long steps;

    /** Creates the task and schedules its first step: {@code loop.create_task(coro, name=name)}. */
    public Task(EventLoop loop, String name, Coroutine coro) {
        super(loop, Awaiting.FUTURE);
        this.name = name;
        this.coro = coro;
        loop.schedule(step, null, Handle.Purpose.TASK_START, this);
        loop.taskCreated(this);
    }

    /** The task's name. */
    public String name() {
        return name;
    }

    /** The coroutine this task drives. */
    public Coroutine coroutine() {
        return coro;
    }

    /** How many steps this task has run. */
    public long steps() {
        return steps;
    }

    /** How many times {@link #cancel()} was called while the task was not done. */
    public int cancelRequests() {
        return cancelRequests;
    }

    /** Whether a cancellation is pending, to be delivered at the task's next step. */
    public boolean cancelPending() {
        return mustCancel || (waitingOn != null && waitingOn.cancelled() && !done());
    }

    /** The future the task is suspended on ({@code _fut_waiter}), or {@code null}. */
    public Future<?> waitingOn() {
        return waitingOn;
    }

    /**
     * Whether the future the task awaits is done but its wake-up was never scheduled: asyncio's
     * debug mode refused the {@code call_soon} of another thread's completion, and dropped the
     * callbacks. Such a task never resumes.
     */
    public boolean wakeupLost() {
        return !done() && waitingOn != null && waitingOn.done() && !wakeupScheduled;
    }

    void wakeupScheduled() {
        wakeupScheduled = true;
    }

    /** What the task is suspended on now, or how it ended. */
    public Awaiting awaiting() {
        if (done()) {
            if (cancelled()) {
                return Awaiting.CANCELLED;
            }
            return exception() == null ? Awaiting.DONE : Awaiting.FAILED;
        }
        if (!started) {
            return Awaiting.START;
        }
        if (waitingOn != null) {
            return waitingOn.kind();
        }
        return yielded ? Awaiting.YIELD : Awaiting.FUTURE;
    }

    /**
     * Requests cancellation, as asyncio 3.11's {@code task.cancel()}: cancels the awaited future if
     * there is one (its wake-up then throws {@link CancelledError} into the coroutine), else marks
     * the task so that its next step throws it.
     *
     * @return false if the task is already done, true otherwise (also for a repeated request)
     */
    @Override
    public boolean cancel() {
        loop.checkThread();
        if (done()) {
            return false;
        }
        cancelRequests++;
        if (waitingOn != null && waitingOn.cancel()) {
            // Leave waitingOn: the wake-up is scheduled and will deliver the cancellation.
            return true;
        }
        mustCancel = true;
        return true;
    }

    /** Writes a line of the task's output (its {@code print}); observers see it. */
    public void print(String line) {
        loop.printed(this, line);
    }

    private void step(RuntimeException thrown) {
        if (done()) {
            throw new InvalidStateError("step(): task " + name + " is already done");
        }
        RuntimeException exc = thrown;
        if (mustCancel) {
            if (!(exc instanceof CancelledError)) {
                exc = new CancelledError();
            }
            mustCancel = false;
        }
        waitingOn = null;
        wakeupScheduled = false;
        yielded = false;
        started = true;
        steps++;
        loop.enterTask(this);
        try {
            Object suspension;
            try {
                suspension = coro.resume(exc);
            } catch (CancelledError e) {
                super.cancel();
                return;
            } catch (Throwable e) {
                // asyncio's Task.__step fails the task with any Exception, RecursionError and
                // MemoryError included: so a StackOverflowError or an OutOfMemoryError thrown by
                // a body (a user coroutine, on a thread of its own) fails its task too.
                super.setException(e);
                return;
            }
            suspend(suspension);
        } finally {
            loop.leaveTask(this);
        }
    }

    private void suspend(Object suspension) {
        if (suspension == Coroutine.DONE) {
            if (mustCancel) {
                // Cancelled during the very step in which the coroutine returned.
                mustCancel = false;
                super.cancel();
            } else {
                super.setResult(coro.result());
            }
        } else if (suspension == Coroutine.YIELD) {
            yielded = true;
            loop.schedule(step, null, Handle.Purpose.TASK_RESUME, this);
        } else if (suspension instanceof Future) {
            Future<?> future = (Future<?>) suspension;
            if (future.loop != loop) {
                retry(new IllegalStateException("task " + name + " got a future attached to a different loop"));
            } else if (future == this) {
                retry(new IllegalStateException("task " + name + " cannot await on itself"));
            } else {
                future.setWaiter(this);
                future.addDoneCallback(wakeup);
                waitingOn = future;
                if (mustCancel && future.cancel()) {
                    mustCancel = false;
                }
            }
        } else {
            retry(new IllegalStateException("task " + name + " got bad yield: " + suspension));
        }
    }

    private void retry(RuntimeException error) {
        // asyncio reschedules the step with the error, so the coroutine sees it at its await.
        yielded = true;
        loop.schedule(step, error, Handle.Purpose.TASK_RESUME, this);
    }

    private void wakeUp(Future<?> future) {
        RuntimeException thrown = null;
        try {
            future.result();
        } catch (RuntimeException e) {
            thrown = e;
        }
        step(thrown);
    }

    @Override
    public String toString() {
        return "Task<" + name + "," + awaiting().word() + ">";
    }

    /** The done-callback a task adds to the future it awaits ({@code Task.__wakeup}). */
    static final class Wakeup implements Callback {
        private final Task task;

        Wakeup(Task task) {
            this.task = task;
        }

        Task task() {
            return task;
        }

        @Override
        public void call(Object future) {
            task.wakeUp((Future<?>) future);
        }
    }
}
