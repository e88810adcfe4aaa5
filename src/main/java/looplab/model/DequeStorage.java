package looplab.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A queue's items in a deque, taken from the front (FIFO, Python's {@code deque}) or the back
 * (LIFO, a {@code list}). It is the deque itself rather than a holder of one, which spares the
 * hottest calls ({@code size}, {@code put}, {@code get}) one hop.
 */
final class DequeStorage<T> extends ArrayDeque<Object> implements Queue.Storage<T> {
    // ArrayDeque holds no nulls: Python's None is stored as this marker.
    private static final Object NONE = new Object();

    private final boolean lifo;

    DequeStorage(boolean lifo) {
        this.lifo = lifo;
    }

    @Override
    public void put(T item) {
        addLast(item == null ? NONE : item);
    }

    @Override
    public T get() {
        return unmask(lifo ? pollLast() : pollFirst());
    }

    @Override
    public List<T> inGetOrder() {
        List<T> out = new ArrayList<>(size());
        for (Iterator<Object> it = lifo ? descendingIterator() : iterator(); it.hasNext(); ) {
            out.add(unmask(it.next()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T unmask(Object stored) {
        return stored == NONE ? null : (T) stored;
    }
}
