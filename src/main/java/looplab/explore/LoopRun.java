package looplab.explore;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import looplab.command.Command;
import looplab.command.Command.Role;
import looplab.command.QueueKind;
import looplab.model.Awaiting;
import looplab.model.Batch;
import looplab.model.EventLoop;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.LoopObserver;
import looplab.model.Queue;
import looplab.model.Scheduler;
import looplab.model.Task;
import looplab.world.Actor;
import looplab.world.Applied;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * One schedule of the loop: a fresh world made from the session's commands, then, handle by
 * handle, the explorer's choice of which handle of the iteration's batch runs next (as
 * {@link Scheduler}; the ids are the handles' places in the batch as frozen).
 *
 * <p>Footprints: the queue (a FIFO queue in parts: its head, its tail, whether it is empty or
 * full, its waiting getters and putters, so that a put and a get on a queue that holds an item
 * either way are independent), the random generator (any draw), and the task a handle steps or
 * ends a sleep of. A user task's step, and any other callback,
 * may touch anything: it conflicts with everything.
 */
final class LoopRun implements Run, Scheduler, LoopObserver {
    static final long QUEUE = 1L;              // the whole queue (a LIFO or priority queue)
    static final long RANDOM = 1L << 1;
    // A FIFO queue in parts: a put and a get on a queue that has an item either way commute.
    static final long HEAD = 1L << 2;
    static final long TAIL = 1L << 3;
    static final long EMPTINESS = 1L << 4;     // whether it is empty (read by every get)
    static final long FULLNESS = 1L << 5;      // whether it is full (read by every put on a bounded queue)
    static final long GETTERS = 1L << 6;
    static final long PUTTERS = 1L << 7;
    private static final int TASK_BITS = 8;
    private static final Object NONE = new Object();

    private final World world;
    private final EventLoop loop;
    private final Queue<String> queue;
    private final boolean describe;
    private final boolean deadlockExpected;
    private final Predicate<World> user;
    private final boolean fifo;
    private final Handle[] batch = new Handle[64];
    private final Map<Task, Integer> taskIndex = new IdentityHashMap<>();
    private final Map<Object, ArrayDeque<Long>> puts = new HashMap<>();
    private int[] putSeq = new int[8];
    private int[] takenSeq = new int[8];
    private long[] takenHash = new long[8];
    private long live;
    private long remaining;
    private boolean began;
    private boolean exploring;
    private Handle want;
    private long reads;
    private long writes;
    private int reported;
    private Violation pending;
    private final StringBuilder did = new StringBuilder();

    LoopRun(List<Applied> setup, boolean describe, boolean deadlockExpected, Predicate<World> user) {
        this.describe = describe;
        this.deadlockExpected = deadlockExpected;
        this.user = user;
        world = new World();
        world.addLoopObserver(this);
        try {
            for (Applied a : setup) {
                world.apply(a);
                if (a instanceof Applied.Line line && line.command() instanceof Command.New) {
                    puts.clear();          // a new world: what the old queue held is gone with it
                    live = 0;
                }
            }
        } catch (WorldError e) {
            throw new IllegalStateException("the session's commands did not apply again: " + e.getMessage(), e);
        }
        loop = world.loop();
        queue = world.queue();
        fifo = world.kind() == QueueKind.FIFO;
        world.setScheduler(this);
        exploring = true;
        int left = loop.batchLeft();
        if (left > 0) {
            capture(left);
        }
    }

    /** The world this run drives. */
    World world() {
        return world;
    }

    private void capture(int size) {
        if (size > 64) {
            throw new ExploreLimit("an iteration has " + size + " ready handles; explore handles at most 64");
        }
        List<Handle> ready = loop.readyHandles();
        for (int i = 0; i < size; i++) {
            batch[i] = ready.get(i);
        }
        remaining = size == 64 ? -1L : (1L << size) - 1;
    }

    @Override
    public long enabled() {
        began = false;
        if (remaining == 0) {
            if (!loop.beginIfNone()) {
                return 0;
            }
            capture(loop.batchLeft());
            began = true;
        }
        return remaining;
    }

    @Override
    public boolean epochBegan() {
        return began;
    }

    @Override
    public boolean idsAreActors() {
        return false;
    }

    @Override
    public int choose(Batch b) {
        for (int i = 0, n = b.size(); i < n; i++) {
            if (b.get(i) == want) {
                return i;
            }
        }
        throw new IllegalStateException("the chosen handle is not in the batch");
    }

    @Override
    public void execute(int id) {
        Handle h = batch[id];
        want = h;
        remaining &= ~(1L << id);
        Task task = h.task();
        reads = 0;
        if (task == null || h.purpose() == Handle.Purpose.CALLBACK) {
            writes = EVERYTHING;
        } else if (h.purpose() == Handle.Purpose.SLEEP_TIMER || world.actorOf(task) != null) {
            writes = taskBit(task);
        } else {
            writes = EVERYTHING;         // a user task's code: it may touch anything
        }
        if (describe) {
            did.setLength(0);
            if (h.purpose() == Handle.Purpose.SLEEP_TIMER) {
                did.append("timer: its sleep ends");
            }
        }
        long words = world.random().words();
        loop.runOne();
        if (world.random().words() != words) {
            writes |= RANDOM;
        }
        if (task != null && task.done() && !task.cancelled() && task.exception() != null && !h.cancelled()
                && h.purpose() != Handle.Purpose.SLEEP_TIMER) {
            fail(Invariant.NO_FAILURE, task.name() + " failed: " + words(task.exception()));
        }
        if (describe && task != null && h.purpose() != Handle.Purpose.SLEEP_TIMER) {
            ended(task);
        }
    }

    private void ended(Task task) {
        Awaiting a = task.awaiting();
        String state = switch (a) {
            case SLEEP -> "sleeps";
            case YIELD -> "yields (sleep(0))";
            case GET -> "waits in get()";
            case PUT -> "waits in put()";
            case DONE -> "returns";
            case FAILED -> "fails: " + words(task.exception());
            case CANCELLED -> "is cancelled";
            default -> "waits (" + a.word() + ")";
        };
        if (did.length() > 0) {
            did.append("; ");
        }
        did.append(state);
    }

    private long taskBit(Task task) {
        return 1L << (TASK_BITS + index(task) % (64 - TASK_BITS));
    }

    private int index(Task task) {
        Integer i = taskIndex.get(task);
        if (i == null) {
            i = taskIndex.size();
            taskIndex.put(task, i);
            if (i + 1 >= putSeq.length) {
                int n = putSeq.length * 2;
                putSeq = java.util.Arrays.copyOf(putSeq, n);
                takenSeq = java.util.Arrays.copyOf(takenSeq, n);
                takenHash = java.util.Arrays.copyOf(takenHash, n);
            }
        }
        return i;
    }

    @Override
    public long reads() {
        return reads;
    }

    @Override
    public long writes() {
        return writes;
    }

    private void fail(Invariant invariant, String what) {
        int bit = 1 << invariant.ordinal();
        if ((reported & bit) == 0 && pending == null) {
            reported |= bit;
            pending = new Violation(invariant, what);
        }
    }

    @Override
    public Violation check() {
        Violation v = pending;
        pending = null;
        return v;
    }

    @Override
    public Violation end() {
        if (live != queue.qsize()) {
            for (Map.Entry<Object, ArrayDeque<Long>> e : puts.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    Object item = e.getKey() == NONE ? null : e.getKey();
                    if (!queue.contents().contains(item)) {
                        return new Violation(Invariant.CONSERVATION, quote(item) + " was lost");
                    }
                }
            }
        }
        for (Actor a : world.tasks()) {
            Task t = a.task();
            if (t.done() && !t.cancelled() && t.exception() != null && (reported & (1 << Invariant.NO_FAILURE.ordinal())) == 0) {
                return new Violation(Invariant.NO_FAILURE, t.name() + " failed: " + words(t.exception()));
            }
        }
        if (!deadlockExpected) {
            for (Actor a : world.tasks()) {
                Task t = a.task();
                if (t.done()) {
                    continue;
                }
                Awaiting w = t.awaiting();
                if (w == Awaiting.GET && queue.empty() && (a.role() == Role.CONSUMER || !a.isBuiltin())) {
                    continue;                 // waiting for more items: how the seed's consumers end
                }
                return new Violation(Invariant.NO_DEADLOCK, t.name() + " waits forever (" + w.word()
                        + ") and nothing is left to wake it");
            }
        }
        if (user != null && !user.test(world)) {
            return new Violation(Invariant.USER, "your predicate is false at the end");
        }
        return null;
    }

    @Override
    public long fingerprint() {
        long h = queue.contents().hashCode();
        h = h * 31 + queue.unfinishedTasks();
        h = h * 31 + Double.hashCode(loop.time());
        for (Actor a : world.tasks()) {
            Task t = a.task();
            h = h * 31 + t.awaiting().ordinal();
            h = h * 31 + a.progress();
            h = h * 31 + takenHash[index(t)];
        }
        return h;
    }

    @Override
    public String actorOfLast() {
        Task t = want.task();
        return t == null ? "loop" : t.name();
    }

    @Override
    public String describeLast() {
        return did.toString();
    }

    @Override
    public String picture() {
        return QueuePicture.of(queue.contents());
    }

    @Override
    public void close() {
        for (Actor a : world.tasks()) {
            if (!a.task().done() && a.coroutine() instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // a user coroutine that will not close is left to die with the JVM (a daemon thread)
                }
            }
        }
    }

    // ---- what the loop tells -------------------------------------------------------------------

    @Override
    public void itemPut(Queue<?> q, Object item, Task by) {
        if (!fifo) {
            writes |= QUEUE;
        } else {
            int after = q.qsize();
            writes |= TAIL;
            reads |= q.maxsize() > 0 ? FULLNESS : 0;
            writes |= (after == 1 ? EMPTINESS : 0) | (q.maxsize() > 0 && after == q.maxsize() ? FULLNESS : 0)
                    | (q.getters().isEmpty() ? 0 : GETTERS);
        }
        int p = by == null ? 0 : index(by) + 1;
        long seq = putSeq[p]++;
        puts.computeIfAbsent(item == null ? NONE : item, k -> new ArrayDeque<>(2)).addLast(((long) p << 32) | seq);
        live++;
        if (describe && exploring) {
            note("put " + quote(item));
        }
    }

    @Override
    public void itemTaken(Queue<?> q, Object item, Task by) {
        if (!fifo) {
            writes |= QUEUE;
        } else {
            int after = q.qsize();
            writes |= HEAD;
            reads |= EMPTINESS;
            writes |= (after == 0 ? EMPTINESS : 0) | (q.maxsize() > 0 && after + 1 == q.maxsize() ? FULLNESS : 0)
                    | (q.putters().isEmpty() ? 0 : PUTTERS);
        }
        ArrayDeque<Long> d = puts.get(item == null ? NONE : item);
        Long e = d == null ? null : d.pollFirst();
        if (e == null) {
            fail(Invariant.CONSERVATION, quote(item) + " was taken twice");
        } else {
            live--;
            int p = (int) (e >>> 32);
            int seq = (int) (long) e;
            if (fifo && seq != takenSeq[p]) {
                fail(Invariant.FIFO, quote(item) + " left before an earlier item of its producer");
            }
            takenSeq[p] = Math.max(takenSeq[p], seq + 1);
        }
        if (by != null) {
            int i = index(by);
            takenHash[i] = takenHash[i] * 31 + (item == null ? 7 : item.hashCode());
        }
        if (describe && exploring) {
            note("took " + quote(item));
        }
    }

    @Override
    public void waiterParked(Queue<?> q, Future<?> waiter, boolean putter, Task by) {
        if (!fifo) {
            writes |= QUEUE;
        } else {
            reads |= putter ? FULLNESS : EMPTINESS;
            writes |= putter ? PUTTERS : GETTERS;
        }
    }

    @Override
    public void taskCreated(Task task) {
        index(task);
    }

    private void note(String what) {
        if (did.length() > 0) {
            did.append("; ");
        }
        did.append(what);
    }

    /** An exception as the frame names it: its class, and its message when that says more. */
    private static String words(Throwable e) {
        String name = e.getClass().getSimpleName();
        String message = e.getMessage();
        return message == null || message.equals(name) ? name : name + ": " + message;
    }

    static String quote(Object item) {
        return item == null ? "None" : "'" + item + "'";
    }
}
