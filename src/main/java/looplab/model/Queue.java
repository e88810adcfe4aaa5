package looplab.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * asyncio's {@code Queue} (3.11, plus 3.13's {@code shutdown}), to the letter.
 *
 * <p>Tasks that find the queue empty (full) wait on getter (putter) futures kept in FIFO deques.
 * {@code putNowait} wakes the first getter that is not already done, {@code getNowait} the first
 * putter. A woken waiter does not take its item (or slot) at once: it runs later, re-checks
 * {@code empty()} ({@code full()}), and if another task got there first it waits again at the
 * <em>tail</em>. A waiter cancelled after it was woken passes its wake-up to the next waiter, so
 * no item is stranded.
 *
 * <p>No lock is needed anywhere: only one task runs at a time, and control changes hands only
 * when a coroutine suspends, so each of these methods runs whole.
 *
 * <p>Subclasses change only the order of items, through three hooks: {@link #store},
 * {@link #take} and {@link #contents()}, as {@code _put}, {@code _get} and the view of
 * {@code _queue} in CPython.
 *
 * @param <T> the type of the items; {@code null} stands for Python's {@code None}
 */
public class Queue<T> {
    private final EventLoop loop;
    private final int maxsize;
    private final ArrayDeque<Future<Void>> getters = new ArrayDeque<>();
    private final ArrayDeque<Future<Void>> putters = new ArrayDeque<>();
    private final Event finished;
    // ArrayDeque holds no nulls: Python's None is stored as this marker.
    static final Object NONE = new Object();
    final ArrayDeque<Object> items = new ArrayDeque<>();
    private int unfinishedTasks;
    private boolean shutDown;

    /** A queue on {@code loop} holding at most {@code maxsize} items ({@code <= 0}: unbounded). */
    public Queue(EventLoop loop, int maxsize) {
        this.loop = loop;
        this.maxsize = maxsize;
        this.finished = new Event(loop);
        finished.set();
    }

    // ---- the three hooks (and the size they imply) -------------------------------------------

    /** Stores an item ({@code _put}); FIFO appends it. */
    protected void store(T item) {
        items.addLast(item == null ? NONE : item);
    }

    /** Removes the next item ({@code _get}); FIFO takes the oldest. */
    protected T take() {
        return unmask(items.pollFirst());
    }

    /** The items in the order successive {@code getNowait()} calls would return them. */
    public List<T> contents() {
        List<T> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(unmask(item));
        }
        return out;
    }

    /** Number of items in the queue. */
    public int qsize() {
        return items.size();
    }

    @SuppressWarnings("unchecked")
    static <T> T unmask(Object stored) {
        return stored == NONE ? null : (T) stored;
    }

    // ---- size ----------------------------------------------------------------------------

    /** The bound; 0 (or less) means unbounded. */
    public int maxsize() {
        return maxsize;
    }

    /** Whether the queue holds no item. */
    public boolean empty() {
        return qsize() == 0;
    }

    /** Whether a bounded queue holds {@code maxsize} items. An unbounded queue is never full. */
    public boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
    }

    /** The count that {@link #taskDone()} lowers: items put and not yet marked done. */
    public int unfinishedTasks() {
        return unfinishedTasks;
    }

    /** Whether {@link #shutdown(boolean)} was called. */
    public boolean isShutDown() {
        return shutDown;
    }

    /** The loop this queue belongs to. */
    public EventLoop loop() {
        return loop;
    }

    /** Futures of tasks waiting in {@code get()}, in wake-up order (done ones included until removed). */
    public List<Future<Void>> getters() {
        return List.copyOf(getters);
    }

    /** Futures of tasks waiting in {@code put()}, in wake-up order (done ones included until removed). */
    public List<Future<Void>> putters() {
        return List.copyOf(putters);
    }

    // ---- no waiting ----------------------------------------------------------------------

    /**
     * Puts an item without waiting; wakes the first waiting getter.
     *
     * @throws QueueFull if the queue is full
     * @throws QueueShutDown if the queue was shut down
     */
    public void putNowait(T item) {
        loop.checkThread();
        if (shutDown) {
            throw new QueueShutDown();
        }
        if (full()) {
            throw new QueueFull();
        }
        store(item);
        unfinishedTasks++;
        finished.clear();
        loop.itemPut(this, item);
        wakeupNext(getters);
    }

    /**
     * Removes and returns an item without waiting; wakes the first waiting putter.
     *
     * @throws QueueEmpty if the queue is empty
     * @throws QueueShutDown if the queue is empty and was shut down
     */
    public T getNowait() {
        loop.checkThread();
        if (empty()) {
            if (shutDown) {
                throw new QueueShutDown();
            }
            throw new QueueEmpty();
        }
        T item = take();
        loop.itemTaken(this, item);
        wakeupNext(putters);
        return item;
    }

    /**
     * Marks one item as processed; when every item put has been marked, {@code join()} waiters
     * wake.
     *
     * @throws IllegalStateException if called more times than items were put (Python: ValueError)
     */
    public void taskDone() {
        loop.checkThread();
        if (unfinishedTasks <= 0) {
            throw new IllegalStateException("task_done() called too many times");
        }
        unfinishedTasks--;
        if (unfinishedTasks == 0) {
            finished.set();
        }
    }

    /**
     * Shuts the queue down (3.13): later puts raise {@link QueueShutDown}, and so do gets once the
     * queue is empty. With {@code immediate}, the items are dropped (each counted as done). Every
     * waiting getter and putter is woken to re-check, and raises.
     */
    public void shutdown(boolean immediate) {
        loop.checkThread();
        shutDown = true;
        if (immediate) {
            while (!empty()) {
                take();
                if (unfinishedTasks > 0) {
                    unfinishedTasks--;
                }
            }
            if (unfinishedTasks == 0) {
                finished.set();
            }
        }
        wakeAll(getters);
        wakeAll(putters);
    }

    private static void wakeAll(ArrayDeque<Future<Void>> waiters) {
        while (!waiters.isEmpty()) {
            Future<Void> waiter = waiters.pollFirst();
            if (!waiter.done()) {
                waiter.setResult(null);
            }
        }
    }

    /** Wakes the first waiter that is not done yet ({@code _wakeup_next}); one at most. */
    private static void wakeupNext(ArrayDeque<Future<Void>> waiters) {
        while (!waiters.isEmpty()) {
            Future<Void> waiter = waiters.pollFirst();
            if (!waiter.done()) {
                waiter.setResult(null);
                break;
            }
        }
    }

    // ---- waiting -------------------------------------------------------------------------

    /** {@code await queue.put(item)}: a coroutine that waits while the queue is full, then puts. */
    public Coroutine put(T item) {
        Put put = new Put();
        put.start(item);
        return put;
    }

    /** {@code await queue.get()}: a coroutine that waits while the queue is empty, then gets. */
    public Coroutine get() {
        return new Get();
    }

    /** {@code await queue.join()}: a coroutine that waits until every item put is marked done. */
    public Coroutine join() {
        return new Join();
    }

    /** A reusable {@code put()} coroutine, for callers that await many puts (the built-ins). */
    public Put newPut() {
        return new Put();
    }

    /** A reusable {@code get()} coroutine, for callers that await many gets (the built-ins). */
    public Get newGet() {
        return new Get();
    }

    /**
     * The {@code put()} coroutine: {@code while full(): park a putter and await it}, then
     * {@code putNowait}. Reusable: {@link #start(Object)} readies it for the next item.
     */
    public final class Put extends Coroutine {
        private T item;
        private Future<Void> putter;   // non-null while suspended

        Put() {}

        /** Readies this coroutine to put {@code item}; the next {@code resume} runs it. */
        public void start(T item) {
            this.item = item;
            this.putter = null;
        }

        @Override
        public Object resume(RuntimeException thrown) {
            if (putter != null) {
                Future<Void> woken = putter;
                putter = null;
                if (thrown != null) {
                    woken.cancel();                 // in case it was not done yet
                    putters.remove(woken);          // it may have been removed by getNowait already
                    if (!full() && !woken.cancelled()) {
                        // Woken by a get but cancelled before it could put: pass the slot on.
                        wakeupNext(putters);
                    }
                    throw thrown;
                }
            } else if (thrown != null) {
                throw thrown;
            }
            // Checked again after every wake-up: a woken putter whose slot was taken in the
            // meantime parks again, at the tail.
            if (full()) {
                if (shutDown) {
                    throw new QueueShutDown();
                }
                putter = new Future<>(loop, Awaiting.PUT);
                putters.addLast(putter);
                loop.waiterParked(Queue.this, putter, true);
                return putter;
            }
            putNowait(item);
            item = null;
            return finish(null);
        }
    }

    /**
     * The {@code get()} coroutine: {@code while empty(): park a getter and await it}, then
     * {@code getNowait}. Reusable: {@link #start()} readies it again.
     */
    public final class Get extends Coroutine {
        private Future<Void> getter;   // non-null while suspended

        Get() {}

        /** Readies this coroutine for another get. */
        public void start() {
            getter = null;
        }

        @Override
        public Object resume(RuntimeException thrown) {
            if (getter != null) {
                Future<Void> woken = getter;
                getter = null;
                if (thrown != null) {
                    woken.cancel();
                    getters.remove(woken);
                    if (!empty() && !woken.cancelled()) {
                        // Woken by a put but cancelled before it could get: pass the item on.
                        wakeupNext(getters);
                    }
                    throw thrown;
                }
            } else if (thrown != null) {
                throw thrown;
            }
            // Checked again after every wake-up: a woken getter whose item was taken in the
            // meantime parks again, at the tail.
            if (empty()) {
                if (shutDown) {
                    throw new QueueShutDown();
                }
                getter = new Future<>(loop, Awaiting.GET);
                getters.addLast(getter);
                loop.waiterParked(Queue.this, getter, false);
                return getter;
            }
            return finish(getNowait());
        }
    }

    private final class Join extends Coroutine {
        private Coroutine wait;

        @Override
        public Object resume(RuntimeException thrown) {
            if (wait == null) {
                if (thrown != null) {
                    throw thrown;
                }
                if (unfinishedTasks == 0) {
                    return finish(null);
                }
                wait = finished.waiter(Awaiting.JOIN);
            }
            Object r = wait.resume(thrown);
            return r == DONE ? finish(null) : r;
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(getClass().getSimpleName()).append(contents());
        if (maxsize > 0) {
            s.append(" maxsize=").append(maxsize);
        }
        if (!getters.isEmpty()) {
            s.append(" getters=").append(getters.size());
        }
        if (!putters.isEmpty()) {
            s.append(" putters=").append(putters.size());
        }
        return s.toString();
    }
}
