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
 * <p>Subclasses change only where the items are kept, and so their order, through one hook:
 * {@link #newStorage()} makes the {@link Storage}, as {@code _init} makes {@code _queue} in
 * CPython, whose {@code _put}, {@code _get} and {@code _qsize} are the storage's methods.
 *
 * @param <T> the type of the items; {@code null} stands for Python's {@code None}
 */
public class Queue<T> {
    private final EventLoop loop;
    private final int maxsize;
    private final ArrayDeque<Future<Void>> getters = new ArrayDeque<>();
    private final ArrayDeque<Future<Void>> putters = new ArrayDeque<>();
    private final Event finished;
    private final Storage<T> items;
    private int unfinishedTasks;
    private boolean shutDown;

    /** A queue on {@code loop} holding at most {@code maxsize} items ({@code <= 0}: unbounded). */
    public Queue(EventLoop loop, int maxsize) {
        this.loop = loop;
        this.maxsize = maxsize;
        this.finished = new Event(loop);
        finished.set();
        this.items = newStorage();
    }

    // ---- the storage hook ----------------------------------------------------------------

    /**
     * Where a queue keeps its items: CPython's {@code _queue}, with its {@code _put},
     * {@code _get} and {@code _qsize}. The queue checks fullness, emptiness and the kind of item
     * before it calls these.
     *
     * @param <T> the type of the items; {@code null} stands for Python's {@code None}
     */
    protected interface Storage<T> {
        /** Stores an item ({@code _put}). */
        void put(T item);

        /** Removes and returns the next item ({@code _get}); only called when not empty. */
        T get();

        /** How many items are stored ({@code _qsize}). */
        int size();

        /** The items in the order successive {@link #get()} calls would return them. */
        List<T> inGetOrder();
    }

    /**
     * Makes this queue's storage ({@code _init}): FIFO, oldest first. Called once, by the
     * constructor, before a subclass's fields are set, so an override must make its storage
     * from nothing but constants.
     */
    protected Storage<T> newStorage() {
        return new DequeStorage<>(false);
    }

    /** The items in the order successive {@code getNowait()} calls would return them. */
    public List<T> contents() {
        return items.inGetOrder();
    }

    /** Number of items in the queue. */
    public int qsize() {
        return items.size();
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

    /** The first {@code max} of {@link #getters()}, without copying the rest (a frame names only a few). */
    public List<Future<Void>> getters(int max) {
        return first(getters, max);
    }

    /** The first {@code max} of {@link #putters()}, without copying the rest. */
    public List<Future<Void>> putters(int max) {
        return first(putters, max);
    }

    /** How many futures {@link #getters()} holds. */
    public int getterCount() {
        return getters.size();
    }

    /** How many futures {@link #putters()} holds. */
    public int putterCount() {
        return putters.size();
    }

    private static List<Future<Void>> first(ArrayDeque<Future<Void>> waiters, int max) {
        List<Future<Void>> out = new ArrayList<>(Math.min(max, waiters.size()));
        for (Future<Void> f : waiters) {
            if (out.size() == max) {
                break;
            }
            out.add(f);
        }
        return out;
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
        items.put(item);
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
        T item = items.get();
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
                items.get();
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

    /**
     * How a woken or parked waiter resumes (the {@code try: await waiter / except:} of CPython's
     * {@code put} and {@code get}): with no exception it goes on; with one, it cancels its waiter
     * and leaves the deque, and if it had been woken (its waiter done, not cancelled) while what
     * it was woken for is still there (a free slot, an item), it passes the wake-up on to the next
     * waiter, so nothing is stranded; then the exception is raised.
     *
     * @param waiter the future it waited on, or null if it had not parked
     */
    private void resumeWaiter(Future<Void> waiter, RuntimeException thrown, boolean putter) {
        if (thrown == null) {
            return;
        }
        if (waiter != null) {
            ArrayDeque<Future<Void>> waiters = putter ? putters : getters;
            waiter.cancel();                 // in case it was not done yet
            waiters.remove(waiter);          // it may have been removed by the waker already
            if ((putter ? !full() : !empty()) && !waiter.cancelled()) {
                wakeupNext(waiters);
            }
        }
        throw thrown;
    }

    /** Parks a new waiter at the tail of the putters (getters); a shut-down queue refuses. */
    private Future<Void> park(boolean putter) {
        if (shutDown) {
            throw new QueueShutDown();
        }
        Future<Void> waiter = new Future<>(loop, putter ? Awaiting.PUT : Awaiting.GET);
        (putter ? putters : getters).addLast(waiter);
        loop.waiterParked(this, waiter, putter);
        return waiter;
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
            Future<Void> woken = putter;
            putter = null;
            resumeWaiter(woken, thrown, true);
            // Checked again after every wake-up: a woken putter whose slot was taken in the
            // meantime parks again, at the tail.
            if (full()) {
                putter = park(true);
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
            Future<Void> woken = getter;
            getter = null;
            resumeWaiter(woken, thrown, false);
            // Checked again after every wake-up: a woken getter whose item was taken in the
            // meantime parks again, at the tail.
            if (empty()) {
                getter = park(false);
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
