package looplab.model;

/** asyncio's {@code QueueFull}: {@link Queue#putNowait(Object)} on a full bounded queue. */
public final class QueueFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueFull() {
        // An outcome, not a bug: no stack trace to fill.
        super("QueueFull", null, false, false);
    }
}
