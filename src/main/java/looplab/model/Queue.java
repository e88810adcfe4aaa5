package looplab.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
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
 * <p>{@link Algorithm#PY34} swaps the waiting for Python 3.4.3's, which lost items: see
 * {@link Algorithm}.
 *
 * @param <T> the type of the items; {@code null} stands for Python's {@code None}
 */
public class Queue<T> {
    /**
     * How the queue hands items and slots to the tasks waiting for them.
     */
    public enum Algorithm {
        /**
         * asyncio's since Python 3.4.4 and 3.5 (Guido van Rossum's rewrite after bpo-23812, kept
         * to 3.11 and after): a waiter's future is only a wake-up; the woken task takes its item
         * (or slot) itself when it runs, and a cancelled one passes its wake-up on.
         */
        CURRENT,
        /**
         * Python 3.4.3's {@code queues.py}: a {@code put} that finds a getter waiting puts the
         * item and hands it at once to the getter's future ({@code getter.set_result(self._get())}),
         * and a {@code get} that finds a putter waiting puts the putter's item for it. A getter
         * cancelled after its future got the item, before it ran, drops the item: it is in no
         * queue and no task has it (bpo-23812), and {@code join()} waits for it for ever.
         */
        PY34
    }

    private final EventLoop loop;
    private final int maxsize;
    private final Algorithm algorithm;
    // PY34: a getter's future carries the item, a putter is a Carrier of its item
    private final ArrayDeque<Future<?>> getters = new ArrayDeque<>();
    private final ArrayDeque<Future<?>> putters = new ArrayDeque<>();
    private final Event finished;
    private final Storage<T> items;
    private final List<T> lost = new ArrayList<>();
    private int unfinishedTasks;
    private boolean shutDown;

    /** A queue on {@code loop} holding at most {@code maxsize} items ({@code <= 0}: unbounded). */
    public Queue(EventLoop loop, int maxsize) {
        this(loop, maxsize, Algorithm.CURRENT);
    }

    /** A queue on {@code loop} holding at most {@code maxsize} items, waiting as {@code algorithm} does. */
    public Queue(EventLoop loop, int maxsize, Algorithm algorithm) {
        this.loop = loop;
        this.maxsize = maxsize;
        this.algorithm = java.util.Objects.requireNonNull(algorithm, "algorithm");
        this.finished = new Event(loop);
        finished.set();
        this.items = newStorage();
    }

    /** How this queue hands items to waiting tasks. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /**
     * The items this queue lost, oldest first: always empty with {@link Algorithm#CURRENT}; with
     * {@link Algorithm#PY34}, each item handed to a getter whose task was cancelled before it ran.
     */
    public List<T> lost() {
        return Collections.unmodifiableList(lost);
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
    public List<Future<?>> getters() {
        return List.copyOf(getters);
    }

    /** Futures of tasks waiting in {@code put()}, in wake-up order (done ones included until removed). */
    public List<Future<?>> putters() {
        return List.copyOf(putters);
    }

    /** The first {@code max} of {@link #getters()}, without copying the rest (a frame names only a few). */
    public List<Future<?>> getters(int max) {
        return first(getters, max);
    }

    /** The first {@code max} of {@link #putters()}, without copying the rest. */
    public List<Future<?>> putters(int max) {
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

    private static List<Future<?>> first(ArrayDeque<Future<?>> waiters, int max) {
        List<Future<?>> out = new ArrayList<>(Math.min(max, waiters.size()));
        for (Future<?> f : waiters) {
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
        if (algorithm == Algorithm.PY34) {
            py34PutNowait(item);
            return;
        }
        if (full()) {
            throw new QueueFull();
        }
        store(item);
        wakeupNext(getters);
    }

    /** Python 3.4's {@code _put} with JoinableQueue's count (3.4's Queue had no join). */
    private void store(T item) {
        items.put(item);
        unfinishedTasks++;
        finished.clear();
        loop.itemPut(this, item);
    }

    /**
     * Removes and returns an item without waiting; wakes the first waiting putter.
     *
     * @throws QueueEmpty if the queue is empty
     * @throws QueueShutDown if the queue is empty and was shut down
     */
    public T getNowait() {
        loop.checkThread();
        if (algorithm == Algorithm.PY34) {
            return py34GetNowait();
        }
        if (empty()) {
            if (shutDown) {
                throw new QueueShutDown();
            }
            throw new QueueEmpty();
        }
        T item = take();
        wakeupNext(putters);
        return item;
    }

    private T take() {
        T item = items.get();
        loop.itemTaken(this, item);
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
        loop.taskDone(this, unfinishedTasks);
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
        if (algorithm == Algorithm.PY34) {
            throw new UnsupportedOperationException("Python 3.4's queue has no shutdown() (it came in 3.13)");
        }
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

    private static void wakeAll(ArrayDeque<Future<?>> waiters) {
        while (!waiters.isEmpty()) {
            Future<?> waiter = waiters.pollFirst();
            if (!waiter.done()) {
                waiter.setResult(null);
            }
        }
    }

    /** Wakes the first waiter that is not done yet ({@code _wakeup_next}); one at most. */
    private static void wakeupNext(ArrayDeque<Future<?>> waiters) {
        while (!waiters.isEmpty()) {
            Future<?> waiter = waiters.pollFirst();
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
            ArrayDeque<Future<?>> waiters = putter ? putters : getters;
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
        loop.checkThread();        // a waiter joins the queue: a change of it, as putNowait is
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
            if (algorithm == Algorithm.PY34) {
                return py34Put(thrown);
            }
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

        /**
         * 3.4's {@code put()}: a getter waiting gets the item in its future; a full queue parks
         * the item with the putter ({@code self._putters.append((item, waiter))}), and whoever
         * frees a slot puts the item for it, so a woken putter has nothing left to do.
         */
        private Object py34Put(RuntimeException thrown) {
            loop.checkThread();    // it may hand the item over or park: changes of this queue
            if (putter != null) {
                putter = null;
                item = null;
                if (thrown != null) {
                    throw thrown;
                }
                return finish(null);
            }
            if (thrown != null) {
                throw thrown;
            }
            if (!py34PutWithoutWaiting(item)) {
                Carrier<T> waiter = new Carrier<>(loop, item);
                putters.addLast(waiter);
                loop.waiterParked(Queue.this, waiter, true);
                putter = waiter;
                return waiter;
            }
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
        private Future<T> carrier;     // PY34: the getter's future, which will carry the item

        Get() {}

        /** Readies this coroutine for another get. */
        public void start() {
            getter = null;
            carrier = null;
        }

        @Override
        public Object resume(RuntimeException thrown) {
            if (algorithm == Algorithm.PY34) {
                return py34Get(thrown);
            }
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

        /**
         * 3.4's {@code get()}: {@code return (yield from waiter)}, the item being the future's
         * result. Cancelled after its future got the item, the getter raises and the item is lost.
         */
        private Object py34Get(RuntimeException thrown) {
            loop.checkThread();    // it may take an item or park: changes of this queue
            Future<T> waited = carrier;
            carrier = null;
            if (waited != null) {
                if (thrown != null) {
                    if (waited.done() && !waited.cancelled()) {
                        T item = waited.result();
                        lost.add(item);
                        loop.itemLost(Queue.this, item);
                    }
                    throw thrown;
                }
                T item = waited.result();
                loop.itemReceived(Queue.this, item);
                return finish(item);
            }
            if (thrown != null) {
                throw thrown;
            }
            consumeDone(putters);
            if (!putters.isEmpty()) {
                @SuppressWarnings("unchecked")
                Carrier<T> putter = (Carrier<T>) putters.pollFirst();
                store(putter.item);
                // 3.4 defers this putter's wake-up by one callback "to ensure that getters and
                // putters alternate perfectly": putter._set_result_unless_cancelled(None).
                loop.callSoon(Queue::setResultUnlessCancelled, putter);
                return finish(take());
            }
            if (!empty()) {
                return finish(take());
            }
            Future<T> waiter = new ItemFuture<>(loop);
            getters.addLast(waiter);
            loop.waiterParked(Queue.this, waiter, false);
            carrier = waiter;
            return waiter;
        }
    }

    // ---- Python 3.4.3's algorithm (Algorithm.PY34) ---------------------------------------------

    /** A waiting putter of 3.4: the {@code (item, waiter)} pair of its {@code _putters} deque. */
    private static final class Carrier<T> extends Future<Void> {
        final T item;

        Carrier(EventLoop loop, T item) {
            super(loop, Awaiting.PUT);
            this.item = item;
        }
    }

    /** A getter's future of 3.4, whose result is the item itself (None included). */
    private static final class ItemFuture<T> extends Future<T> {
        ItemFuture(EventLoop loop) {
            super(loop, Awaiting.GET);
        }
    }

    /**
     * Whether {@code getter} is a getter's future of Python 3.4's queue, whose result, once it is
     * done, is the item itself (today's getters' futures are bare wake-ups).
     */
    public static boolean carriesAnItem(Future<?> getter) {
        return getter instanceof ItemFuture;
    }

    /**
     * Whether {@code putter} is a waiting putter of Python 3.4's queue, which parks its item with
     * it: once woken, a get has already put that item for it, and its put() has nothing left to do.
     */
    public static boolean carriesItsItem(Future<?> putter) {
        return putter instanceof Carrier;
    }

    /** {@code _consume_done_getters} and {@code _consume_done_putters}: drops done waiters at the head. */
    private static void consumeDone(ArrayDeque<Future<?>> waiters) {
        while (!waiters.isEmpty() && waiters.peekFirst().done()) {
            waiters.pollFirst();
        }
    }

    private static void setResultUnlessCancelled(Object future) {
        Future<?> f = (Future<?>) future;
        if (!f.cancelled()) {
            f.setResult(null);
        }
    }

    /**
     * What 3.4's {@code put_nowait} and {@code put} share: with a getter waiting, the item is
     * put, got again and set as the getter's result; else it is put if there is room.
     *
     * @return false (nothing changed) if no getter waits and the queue is full
     */
    private boolean py34PutWithoutWaiting(T item) {
        consumeDone(getters);
        if (!getters.isEmpty()) {
            @SuppressWarnings("unchecked")
            Future<T> getter = (Future<T>) getters.pollFirst();
            store(item);
            T handed = items.get();
            loop.itemHandedOver(this, handed, getter);
            getter.setResult(handed);    // not cancelled: the done getters were just dropped
            return true;
        }
        if (full()) {
            return false;
        }
        store(item);
        return true;
    }

    private void py34PutNowait(T item) {
        if (!py34PutWithoutWaiting(item)) {
            throw new QueueFull();
        }
    }

    /** 3.4's {@code get_nowait}: with a putter waiting, its item is put first and the putter woken. */
    private T py34GetNowait() {
        consumeDone(putters);
        if (!putters.isEmpty()) {
            @SuppressWarnings("unchecked")
            Carrier<T> putter = (Carrier<T>) putters.pollFirst();
            store(putter.item);
            putter.setResult(null);
            return take();
        }
        if (!empty()) {
            return take();
        }
        throw new QueueEmpty();
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
