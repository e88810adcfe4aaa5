package looplab.model;

/**
 * Hears what happens inside an {@link EventLoop}, in the order it happens (in the spirit of trio's
 * instruments). The model calls these; views, the trace writer and explanations listen. Every
 * method has an empty default, so an observer overrides only what it needs. Observers must not
 * change the world.
 */
public interface LoopObserver {
    /** An iteration began: its batch of {@code batchSize} handles is frozen. */
    default void iterationStarted(long iteration, double clock, int batchSize) {}

    /** The clock jumped forward to the earliest timer. */
    default void clockJumped(double from, double to) {}

    /** A handle was scheduled: appended to the ready deque, or pushed on the timer heap. */
    default void handleScheduled(Handle handle) {}

    /** A handle is about to run ({@code skipped}: it was cancelled and only uses its place). */
    default void handleStarting(Handle handle, boolean skipped) {}

    /** A handle has run. */
    default void handleFinished(Handle handle) {}

    /** A task was created (its first step is scheduled). */
    default void taskCreated(Task task) {}

    /** A task step begins: the task's coroutine is about to be resumed. */
    default void stepStarted(Task task) {}

    /** A task step ended: the task is suspended again, or done. */
    default void stepFinished(Task task) {}

    /** A task printed a line during its step. */
    default void printed(Task task, String line) {}

    /** A future completed or was cancelled; {@code by} is the running task, or null at top level. */
    default void futureDone(Future<?> future, Task by) {}

    /** An item entered a queue; {@code by} is the running task, or null at top level. */
    default void itemPut(Queue<?> queue, Object item, Task by) {}

    /** An item left a queue; {@code by} is the running task, or null at top level. */
    default void itemTaken(Queue<?> queue, Object item, Task by) {}

    /**
     * A thread other than the loop's used it (a queue, future or task of it): called on that
     * thread; {@code scheduled}: the call schedules a callback ({@code call_soon}),
     * {@code refused}: debug mode refuses it with {@link NonThreadSafeCall}.
     */
    default void otherThreadCall(Thread thread, boolean scheduled, boolean refused) {}

    /**
     * Python 3.4's queue only ({@link Queue.Algorithm#PY34}): a put handed {@code item} straight to
     * the future of the getter waiting first, right after putting it; {@code by} put it.
     */
    default void itemHandedOver(Queue<?> queue, Object item, Future<?> getter, Task by) {}

    /** Python 3.4's queue only: the getter {@code by} resumed with the item its future carried. */
    default void itemReceived(Queue<?> queue, Object item, Task by) {}

    /**
     * Python 3.4's queue only: the getter {@code by}, cancelled after its future got {@code item},
     * raised without it: the item is in no queue and no task has it (bpo-23812).
     */
    default void itemLost(Queue<?> queue, Object item, Task by) {}

    /** {@code task_done()} lowered the queue's unfinished count to {@code unfinished}. */
    default void taskDone(Queue<?> queue, int unfinished, Task by) {}

    /** A task began waiting on a queue: in {@code get()} (putter false) or {@code put()} (putter true). */
    default void waiterParked(Queue<?> queue, Future<?> waiter, boolean putter, Task by) {}
}
