package looplab.model;

/** asyncio 3.13's {@code QueueShutDown}: a put on a shut-down queue, or a get on one that is also empty. */
public final class QueueShutDown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueShutDown() {
        super("QueueShutDown", null, false, false);
    }
}
