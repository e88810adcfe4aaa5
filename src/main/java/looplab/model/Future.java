package looplab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * asyncio's {@code Future}: a result that will exist later. Completing or cancelling it never
 * calls its done-callbacks inline: each one is scheduled with {@link EventLoop#callSoon}, exactly
 * as asyncio does, so a task waiting on it resumes in a later handle.
 *
 * @param <T> the type of the result
 */
public class Future<T> {
    private enum State { PENDING, CANCELLED, FINISHED }

    final EventLoop loop;
    private final Awaiting kind;
    private State state = State.PENDING;
    private T result;
    private Throwable exception;
    // Almost every future has exactly one callback (the task waiting on it): keep it in a field.
    private Callback firstCallback;
    private List<Callback> moreCallbacks;
    private Task waiter;

    /** A pending future on {@code loop}; {@code kind} is what a task awaiting it shows. */
    public Future(EventLoop loop, Awaiting kind) {
        this.loop = loop;
        this.kind = kind;
    }

    /** The loop this future belongs to. */
    public EventLoop loop() {
        return loop;
    }

    /** What a task awaiting this future is shown to wait for. */
    public Awaiting kind() {
        return kind;
    }

    /** The task suspended on this future, if any (the last one that awaited it). */
    public Task waiter() {
        return waiter;
    }

    void setWaiter(Task task) {
        waiter = task;
    }

    /** Whether the future has a result, an exception, or was cancelled. */
    public boolean done() {
        return state != State.PENDING;
    }

    /** Whether the future was cancelled. */
    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /**
     * The result. Throws {@link CancelledError} if cancelled, the stored exception if one was
     * set, and {@link InvalidStateError} if not done yet.
     */
    public T result() {
        switch (state) {
            case CANCELLED:
                throw new CancelledError();
            case PENDING:
                throw new InvalidStateError("Result is not ready.");
            default:
                if (exception != null) {
                    throw Future.<RuntimeException>sneaky(exception);
                }
                return result;
        }
    }

    /** The exception the future finished with, or {@code null}. Throws if cancelled or pending. */
    public Throwable exception() {
        if (state == State.CANCELLED) {
            throw new CancelledError();
        }
        if (state == State.PENDING) {
            throw new InvalidStateError("Exception is not set.");
        }
        return exception;
    }

    /** Completes the future with a result and schedules its callbacks. */
    public void setResult(T value) {
        loop.checkThread();
        if (state != State.PENDING) {
            throw new InvalidStateError("invalid state: " + state);
        }
        result = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    /** Completes the future with an exception and schedules its callbacks. */
    public void setException(Throwable error) {
        loop.checkThread();
        if (state != State.PENDING) {
            throw new InvalidStateError("invalid state: " + state);
        }
        if (error instanceof CancelledError) {
            throw new IllegalArgumentException("a CancelledError cannot be set as an exception: cancel() instead");
        }
        exception = error;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    /**
     * Cancels the future if it is still pending and schedules its callbacks.
     *
     * @return false if the future was already done
     */
    public boolean cancel() {
        loop.checkThread();
        if (state != State.PENDING) {
            return false;
        }
        state = State.CANCELLED;
        scheduleCallbacks();
        return true;
    }

    /**
     * Adds a callback called with this future once it is done: scheduled with {@code callSoon}
     * then (or at once, if the future is already done).
     */
    public void addDoneCallback(Callback callback) {
        if (state != State.PENDING) {
            schedule(callback);
        } else if (firstCallback == null && moreCallbacks == null) {
            firstCallback = callback;
        } else {
            if (moreCallbacks == null) {
                moreCallbacks = new ArrayList<>(2);
            }
            moreCallbacks.add(callback);
        }
    }

    private void scheduleCallbacks() {
        loop.futureDone(this);
        // Every callback is taken off before the first is scheduled: if scheduling raises (debug
        // mode, another thread), they are all dropped, as in asyncio.
        Callback first = firstCallback;
        firstCallback = null;
        List<Callback> more = moreCallbacks;
        moreCallbacks = null;
        if (first != null) {
            schedule(first);
        }
        if (more != null) {
            for (Callback callback : more) {
                schedule(callback);
            }
        }
    }

    private void schedule(Callback callback) {
        if (callback instanceof Task.Wakeup) {
            Task task = ((Task.Wakeup) callback).task();
            loop.schedule(callback, this, Handle.Purpose.TASK_WAKEUP, task);
            task.wakeupScheduled();
        } else {
            loop.schedule(callback, this, Handle.Purpose.CALLBACK, null);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        // Rethrows a stored Error or RuntimeException as it is, without wrapping.
        throw (E) error;
    }

    @Override
    public String toString() {
        return "Future<" + kind.word() + "," + state.name().toLowerCase() + ">";
    }
}
