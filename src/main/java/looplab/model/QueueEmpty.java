package looplab.model;

/** asyncio's {@code QueueEmpty}: {@link Queue#getNowait()} on an empty queue. */
public final class QueueEmpty extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueEmpty() {
        // An outcome, not a bug: no stack trace to fill.
        super("QueueEmpty", null, false, false);
    }
}
