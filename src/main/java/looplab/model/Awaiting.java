package looplab.model;

/**
 * What a task is suspended on, or how it ended: the {@code awaiting} word of the trace.
 * A future carries the word its waiters show ({@link #GET} for a queue getter, and so on).
 */
public enum Awaiting {
    /** Created, first step not run yet. */
    START("start"),
    /** A getter future of a queue: {@code await queue.get()} found the queue empty. */
    GET("get"),
    /** A putter future of a queue: {@code await queue.put(x)} found the queue full. */
    PUT("put"),
    /** The future of {@code sleep(d)} with d &gt; 0, completed by a timer. */
    SLEEP("sleep"),
    /** A bare yield ({@code sleep(0)}): the task's next step is already in the ready queue. */
    YIELD("yield"),
    /** {@code await queue.join()}: waiting until every item is marked done. */
    JOIN("join"),
    /** Any other future. */
    FUTURE("future"),
    /** The coroutine returned. */
    DONE("done"),
    /** The task was cancelled. */
    CANCELLED("cancelled"),
    /** The coroutine raised an exception. */
    FAILED("failed");

    private final String word;

    Awaiting(String word) {
        this.word = word;
    }

    /** The trace's word for this state. */
    public String word() {
        return word;
    }

    /** Whether the task has ended (done, cancelled or failed). */
    public boolean ended() {
        return this == DONE || this == CANCELLED || this == FAILED;
    }
}
