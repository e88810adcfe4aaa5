package looplab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The loop's ready deque, and the batch at its head: a ring buffer of handles that, beyond a
 * deque's {@code addLast} and {@code pollFirst}, reads and removes by position, so that a
 * {@link Scheduler} can pick any handle of the batch. As a {@link Batch} it is the scheduler's
 * view of the batch, with no copy. Removing near the head (where a batch's choices are) is cheap.
 */
final class ReadyQueue implements Batch {
    private Handle[] elements = new Handle[16];      // a power of two, so that & wraps
    private int head;
    private int count;
    private int batchLeft;
    private int batchSize;
    private long iteration;

    /** How many handles wait, in the batch and behind it. */
    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    void addLast(Handle handle) {
        if (count == elements.length) {
            grow();
        }
        elements[(head + count) & (elements.length - 1)] = handle;
        count++;
    }

    /** Freezes the batch of iteration {@code iteration}: every handle waiting now. */
    void beginBatch(long iteration) {
        this.iteration = iteration;
        batchLeft = count;
        batchSize = count;
    }

    /** How many handles of the batch are still to run. */
    int batchLeft() {
        return batchLeft;
    }

    /** Takes the batch's head: asyncio's choice, the fast path. */
    Handle pollFirst() {
        Handle[] es = elements;
        int h = head;
        Handle handle = es[h];
        es[h] = null;
        head = (h + 1) & (es.length - 1);
        count--;
        batchLeft--;
        return handle;
    }

    /** Takes the batch's next handle, as {@code scheduler} chooses. */
    Handle next(Scheduler scheduler) {
        int index = batchLeft == 1 ? 0 : scheduler.choose(this);
        if (index < 0 || index >= batchLeft) {
            throw new IllegalStateException("the scheduler chose handle " + index + " of a batch of " + batchLeft);
        }
        int mask = elements.length - 1;
        Handle handle = elements[(head + index) & mask];
        for (int i = index; i > 0; i--) {             // those before it move up one place
            elements[(head + i) & mask] = elements[(head + i - 1) & mask];
        }
        pollFirst();                                   // the head is now a copy of the one behind it
        return handle;
    }

    @Override
    public int size() {
        return batchLeft;
    }

    @Override
    public Handle get(int index) {
        if (index < 0 || index >= batchLeft) {
            throw new IndexOutOfBoundsException("handle " + index + " of a batch of " + batchLeft);
        }
        return elements[(head + index) & (elements.length - 1)];
    }

    @Override
    public long iteration() {
        return iteration;
    }

    @Override
    public int ran() {
        return batchSize - batchLeft;
    }

    /** Every waiting handle, head first. */
    List<Handle> toList() {
        return toList(count);
    }

    /** The first {@code max} waiting handles, head first. */
    List<Handle> toList(int max) {
        int n = Math.min(max, count);
        List<Handle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(elements[(head + i) & (elements.length - 1)]);
        }
        return out;
    }

    private void grow() {
        Handle[] bigger = new Handle[elements.length * 2];
        for (int i = 0; i < count; i++) {
            bigger[i] = elements[(head + i) & (elements.length - 1)];
        }
        elements = bigger;
        head = 0;
    }
}
