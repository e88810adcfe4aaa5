package looplab.model;

/** asyncio's {@code LifoQueue}: the last item put is the first one got. */
public final class LifoQueue<T> extends Queue<T> {
    /** A LIFO queue on {@code loop} holding at most {@code maxsize} items ({@code <= 0}: unbounded). */
    public LifoQueue(EventLoop loop, int maxsize) {
        super(loop, maxsize);
    }

    /** The same, waiting as {@code algorithm} does. */
    public LifoQueue(EventLoop loop, int maxsize, Algorithm algorithm) {
        super(loop, maxsize, algorithm);
    }

    @Override
    protected Storage<T> newStorage() {
        return new DequeStorage<>(true);
    }
}
