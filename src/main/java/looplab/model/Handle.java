package looplab.model;

/**
 * A callback scheduled on the loop, as asyncio's {@code Handle}: it waits in the ready deque (or,
 * as a {@link TimerHandle}, in the timer heap) until the loop runs it. A cancelled handle stays
 * where it is and is skipped when its turn comes.
 *
 * <p>Each handle knows what it is for ({@link Purpose}) and which task it concerns, so that views
 * can label the ready queue ("C0: wake-up after get", "timer: P0's sleep ends") without asking
 * anything the model does not already hold.
 */
public class Handle {
    /** Why a handle was scheduled. */
    public enum Purpose {
        /** A task's first step ({@code create_task} scheduled it). */
        TASK_START,
        /** A task resuming after a bare yield ({@code sleep(0)}). */
        TASK_RESUME,
        /** A task waking because the future it awaited is done ({@code Task.__wakeup}). */
        TASK_WAKEUP,
        /** A timer that ends a task's {@code sleep(d)}: it completes the sleep's future only. */
        SLEEP_TIMER,
        /** A callback another thread handed over with {@code call_soon_threadsafe}. */
        THREADSAFE,
        /** Any other callback (a future's done-callback, a user's {@code call_soon}). */
        CALLBACK
    }

    private final Callback callback;
    private final Object arg;
    private final Purpose purpose;
    private final Task task;
    private boolean cancelled;

    Handle(Callback callback, Object arg, Purpose purpose, Task task) {
        this.callback = callback;
        this.arg = arg;
        this.purpose = purpose;
        this.task = task;
    }

    /** Marks the handle so that the loop skips it; a handle that already ran is unaffected. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Why this handle was scheduled. */
    public Purpose purpose() {
        return purpose;
    }

    /** The task this handle steps, wakes or ends a sleep of; {@code null} for a plain callback. */
    public Task task() {
        return task;
    }

    /** What a {@link Purpose#THREADSAFE} callback does, as its caller said, or {@code null}. */
    public String what() {
        return null;
    }

    /** A {@code call_soon_threadsafe} handle, with what its caller said it does (a subclass, so other handles stay small). */
    static final class Threadsafe extends Handle {
        private final String what;

        Threadsafe(Callback callback, Object arg, String what) {
            super(callback, arg, Purpose.THREADSAFE, null);
            this.what = what;
        }

        @Override
        public String what() {
            return what;
        }
    }

    /** The future passed to a done-callback, or {@code null}. */
    public Object arg() {
        return arg;
    }

    void run() {
        callback.call(arg);
    }
}
