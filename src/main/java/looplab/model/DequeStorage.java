package looplab.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A queue's items in a deque: taken from the front (FIFO, {@code deque}) or the back (LIFO, {@code list}). */
final class DequeStorage<T> implements Queue.Storage<T> {
    // ArrayDeque holds no nulls: Python's None is stored as this marker.
    private static final Object NONE = new Object();

    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final boolean lifo;

    DequeStorage(boolean lifo) {
        this.lifo = lifo;
    }

    @Override
    public void put(T item) {
        items.addLast(item == null ? NONE : item);
    }

    @Override
    public T get() {
        return unmask(lifo ? items.pollLast() : items.pollFirst());
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public List<T> inGetOrder() {
        List<T> out = new ArrayList<>(items.size());
        for (Iterator<Object> it = lifo ? items.descendingIterator() : items.iterator(); it.hasNext(); ) {
            out.add(unmask(it.next()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T unmask(Object stored) {
        return stored == NONE ? null : (T) stored;
    }
}
