package looplab.world;

import java.util.List;
import looplab.command.QueueKind;
import looplab.model.PriorityQueue;
import looplab.model.Queue;
import org.pcollections.TreePVector;

/**
 * The items of a world's queue in get order, kept as a persistent vector beside the queue, so
 * that a snapshot costs nothing: every trace event's queue is the vector as it was, sharing all
 * but O(log n) nodes with the next one, instead of a copy of the whole queue per step (which
 * made a run of n puts O(n²) in time and memory in the console and the lab).
 */
final class QueueItems {
    private final QueueKind kind;
    private TreePVector<String> items = TreePVector.empty();

    QueueItems(QueueKind kind) {
        this.kind = kind;
    }

    /** An item went in: at the tail (FIFO), the head (LIFO), or its place in Python's order. */
    void put(String item) {
        switch (kind) {
            case FIFO -> items = items.plus(item);
            case LIFO -> items = items.plus(0, item);
            case PRIORITY -> items = items.plus(upperBound(item), item);
        }
    }

    /** The next item came out: whatever the kind, the head of the get order. */
    void taken() {
        items = items.minus(0);
    }

    /**
     * The items now, as an immutable list. A queue changed behind the loop's back (only
     * {@code shutdown(immediate=True)} drops items unheard) is read afresh.
     */
    List<String> snapshot(Queue<String> queue) {
        if (items.size() != queue.qsize()) {
            items = TreePVector.from(queue.contents());
        }
        return items;
    }

    /** The first index whose item is greater than {@code item}: equal items keep their put order. */
    private int upperBound(String item) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (PriorityQueue.PYTHON_ORDER.compare(items.get(mid), item) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
