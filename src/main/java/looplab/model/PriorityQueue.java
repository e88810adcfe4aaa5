package looplab.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * asyncio's {@code PriorityQueue}: the smallest item is got first, in Python's order. Strings
 * compare by Unicode code point (not by Java's UTF-16 units); other items must be
 * {@link Comparable}. {@code None} ({@code null}) does not compare with anything, so it cannot be
 * put: the put raises {@link IllegalArgumentException} and changes nothing.
 */
public final class PriorityQueue<T> extends Queue<T> {
    /** Python's {@code <} for the items a priority queue can hold. */
    public static final Comparator<Object> PYTHON_ORDER = PriorityQueue::comparePython;

    /** A priority queue on {@code loop} holding at most {@code maxsize} items ({@code <= 0}: unbounded). */
    public PriorityQueue(EventLoop loop, int maxsize) {
        super(loop, maxsize);
    }

    /** The same, waiting as {@code algorithm} does. */
    public PriorityQueue(EventLoop loop, int maxsize, Algorithm algorithm) {
        super(loop, maxsize, algorithm);
    }

    @Override
    protected Storage<T> newStorage() {
        return new Heap<>();
    }

    /** A binary heap in Python's order, as {@code heapq} on a list. */
    private static final class Heap<T> implements Storage<T> {
        private final java.util.PriorityQueue<T> heap = new java.util.PriorityQueue<>(PYTHON_ORDER);

        @Override
        public void put(T item) {
            if (item == null) {
                throw new IllegalArgumentException("None cannot be put in a priority queue: it does not compare with other items");
            }
            heap.add(item);
        }

        @Override
        public T get() {
            return heap.poll();
        }

        @Override
        public int size() {
            return heap.size();
        }

        @Override
        public List<T> inGetOrder() {
            List<T> out = new ArrayList<>(heap);
            out.sort(PYTHON_ORDER);
            return out;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int comparePython(Object a, Object b) {
        if (a instanceof String && b instanceof String) {
            return compareCodePoints((String) a, (String) b);
        }
        return ((Comparable) a).compareTo(b);
    }

    /** Compares two strings by Unicode code point, as Python does. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
