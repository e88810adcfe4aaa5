package looplab.model;

/**
 * asyncio's {@code CancelledError}: raised at a task's await point when the task is cancelled,
 * and by {@link Future#result()} of a cancelled future.
 */
public final class CancelledError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledError() {
        // No stack trace: cancellation is control flow here, not a bug to locate.
        super("cancelled", null, false, false);
    }
}
