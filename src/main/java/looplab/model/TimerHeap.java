package looplab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The loop's timers: a binary min-heap ordered by (deadline, order of scheduling), which is
 * {@link TimerHandle#compareTo}'s order, as asyncio keeps its {@code TimerHandle}s in a
 * {@code heapq}.
 *
 * <p>The two keys live in arrays beside the handles, so that sifting compares numbers in
 * contiguous memory and reads no handle. With a million timers pending, a heap of handles compared
 * through {@code compareTo} spent its time on cache misses, one per handle it looked at.
 */
final class TimerHeap implements Iterable<TimerHandle> {
    private TimerHandle[] handles = new TimerHandle[16];
    private double[] whens = new double[16];
    private long[] seqs = new long[16];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The earliest timer, or null. */
    TimerHandle peek() {
        return size == 0 ? null : handles[0];
    }

    void add(TimerHandle timer) {
        if (size == handles.length) {
            int capacity = size * 2;
            handles = Arrays.copyOf(handles, capacity);
            whens = Arrays.copyOf(whens, capacity);
            seqs = Arrays.copyOf(seqs, capacity);
        }
        double when = timer.when();
        long seq = timer.seq();
        int i = size++;
        while (i > 0) {                                   // sift up
            int parent = (i - 1) >>> 1;
            if (!before(when, seq, whens[parent], seqs[parent])) {
                break;
            }
            set(i, handles[parent], whens[parent], seqs[parent]);
            i = parent;
        }
        set(i, timer, when, seq);
    }

    /** Removes and returns the earliest timer, or null. */
    TimerHandle poll() {
        if (size == 0) {
            return null;
        }
        TimerHandle first = handles[0];
        int last = --size;
        TimerHandle moved = handles[last];
        double when = whens[last];
        long seq = seqs[last];
        handles[last] = null;
        int i = 0;
        int half = last >>> 1;
        while (i < half) {                                // sift down
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && before(whens[right], seqs[right], whens[child], seqs[child])) {
                child = right;
            }
            if (!before(whens[child], seqs[child], when, seq)) {
                break;
            }
            set(i, handles[child], whens[child], seqs[child]);
            i = child;
        }
        if (last > 0) {
            set(i, moved, when, seq);
        }
        return first;
    }

    /**
     * The first {@code max} timers that {@code skip} does not reject, earliest first, found by a
     * best-first walk down the heap: it reads those timers (and the skipped ones above them) and
     * their children, not the whole heap, so a frame's list of the next timers costs what it shows.
     */
    List<TimerHandle> earliest(int max, Predicate<TimerHandle> skip) {
        List<TimerHandle> out = new ArrayList<>(Math.min(max, size));
        java.util.PriorityQueue<Integer> frontier = new java.util.PriorityQueue<>((a, b) -> {
            int byWhen = Double.compare(whens[a], whens[b]);
            return byWhen != 0 ? byWhen : Long.compare(seqs[a], seqs[b]);
        });
        if (size > 0) {
            frontier.add(0);
        }
        while (!frontier.isEmpty() && out.size() < max) {
            int i = frontier.poll();
            if (!skip.test(handles[i])) {
                out.add(handles[i]);
            }
            int child = 2 * i + 1;
            if (child < size) {
                frontier.add(child);
            }
            if (child + 1 < size) {
                frontier.add(child + 1);
            }
        }
        return out;
    }

    /** The timers in heap order (not sorted), as iterating asyncio's {@code _scheduled} list. */
    @Override
    public Iterator<TimerHandle> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public TimerHandle next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return handles[next++];
            }
        };
    }

    private void set(int i, TimerHandle timer, double when, long seq) {
        handles[i] = timer;
        whens[i] = when;
        seqs[i] = seq;
    }

    /** (when, seq) before (otherWhen, otherSeq): {@link TimerHandle#compareTo}'s order. */
    private static boolean before(double when, long seq, double otherWhen, long otherSeq) {
        int byWhen = Double.compare(when, otherWhen);
        return byWhen < 0 || byWhen == 0 && seq < otherSeq;
    }
}
