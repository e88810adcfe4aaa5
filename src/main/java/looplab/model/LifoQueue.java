package looplab.model;

/** asyncio's {@code LifoQueue}: the last item put is the first one got. */
public final class LifoQueue<T> extends Queue<T> {
    /** A LIFO queue on {@code loop} holding at most {@code maxsize} items ({@code <= 0}: unbounded). */
    public LifoQueue(EventLoop loop, int maxsize) {
        super(loop, maxsize);
    }

    @Override
    protected Storage<T> newStorage() {
        return new DequeStorage<>(true);
    }
}
