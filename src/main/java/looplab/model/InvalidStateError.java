package looplab.model;

/** asyncio's {@code InvalidStateError}: a future was completed twice, or read before it was done. */
public final class InvalidStateError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidStateError(String message) {
        super(message);
    }
}
