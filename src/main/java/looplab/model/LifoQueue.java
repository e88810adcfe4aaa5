package looplab.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** asyncio's {@code LifoQueue}: the last item put is the first one got. */
public final class LifoQueue<T> extends Queue<T> {
    /** A LIFO queue on {@code loop} holding at most {@code maxsize} items ({@code <= 0}: unbounded). */
    public LifoQueue(EventLoop loop, int maxsize) {
        super(loop, maxsize);
    }

    @Override
    protected T take() {
        return unmask(items.pollLast());
    }

    @Override
    public List<T> contents() {
        List<T> out = new ArrayList<>(items.size());
        for (Iterator<Object> it = items.descendingIterator(); it.hasNext(); ) {
            out.add(unmask(it.next()));
        }
        return out;
    }
}
