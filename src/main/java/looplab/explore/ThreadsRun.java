package looplab.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * One schedule of the same producers and consumers as preemptive threads over an
 * unsynchronised bounded buffer (a ring of slots with a head and a tail index), where a put is
 * its real steps: read the tail (and, to see whether the buffer is full, the head), store the
 * item into slot {@code tail % capacity}, write {@code tail + 1} back; a get likewise reads the
 * head, loads the slot and writes {@code head + 1}. A switch may fall between any two steps.
 * With the lock, each put and get first takes the lock (when it is free and the buffer has room,
 * or an item: a monitor's condition wait) and gives it back at the end.
 *
 * <p>Sleeps are left out: they only let other threads run, and here any thread may run at any
 * step anyway. Ids are the threads, in spawn order.
 */
final class ThreadsRun implements Run {
    static final long HEAD = 1L;
    static final long TAIL = 1L << 1;
    static final long LOCK = 1L << 2;

    /** One thread: a producer of its items (and sentinel) or a consumer until a sentinel. */
    record Spec(String name, boolean producer, int count, boolean sentinel) {
    }

    private static final int READ = 0;
    private static final int STORE = 1;     // a consumer's load
    private static final int WRITE = 2;
    private static final int ACQUIRE = 3;
    private static final int RELEASE = 4;

    private final Spec[] threads;
    private final boolean lock;
    private final boolean fifoCheck;
    private final boolean deadlockExpected;
    private final int capacity;
    private final int[] buffer;
    private final int[] op;
    private final int[] local;      // the index read
    private final int[] item;       // the item being put, or loaded
    private final int[] next;       // a producer's next item
    private final boolean[] done;
    private final int[] firstItem;
    private final List<String> labels = new ArrayList<>();
    private final List<Integer> owner = new ArrayList<>();
    private final List<Integer> ownerSeq = new ArrayList<>();
    private final List<Boolean> sentinelItem = new ArrayList<>();
    private final boolean[] complete;
    private final int[] taken;
    private final int[] takenSeq;
    private int head;
    private int tail;
    private boolean locked;
    private int last;
    private long reads;
    private long writes;
    private int reported;
    private Violation pending;
    private String did = "";

    ThreadsRun(List<Spec> specs, int maxsize, boolean lock, boolean fifoCheck, boolean deadlockExpected) {
        this.threads = specs.toArray(new Spec[0]);
        this.lock = lock;
        this.fifoCheck = fifoCheck;
        this.deadlockExpected = deadlockExpected;
        int n = threads.length;
        op = new int[n];
        local = new int[n];
        item = new int[n];
        next = new int[n];
        done = new boolean[n];
        firstItem = new int[n];
        for (int t = 0; t < n; t++) {
            Spec s = threads[t];
            firstItem[t] = labels.size();
            if (s.producer()) {
                for (int i = 0; i < s.count(); i++) {
                    add("Item " + i + " from " + s.name(), t, i, false);
                }
                if (s.sentinel()) {
                    add(null, t, s.count(), true);
                }
                done[t] = labels.size() == firstItem[t];
            }
            op[t] = lock ? ACQUIRE : READ;
            item[t] = -1;
        }
        int total = labels.size();
        capacity = Math.max(1, maxsize > 0 ? maxsize : total);
        buffer = new int[capacity];
        java.util.Arrays.fill(buffer, -1);
        complete = new boolean[total];
        taken = new int[total];
        takenSeq = new int[n];
    }

    private void add(String label, int thread, int seq, boolean sentinel) {
        labels.add(label);
        owner.add(thread);
        ownerSeq.add(seq);
        sentinelItem.add(sentinel);
    }

    @Override
    public long enabled() {
        long m = 0;
        for (int t = 0; t < threads.length; t++) {
            if (!done[t] && canRun(t)) {
                m |= 1L << t;
            }
        }
        return m;
    }

    @Override
    public long waiting() {
        long m = 0;
        for (int t = 0; t < threads.length; t++) {
            if (!done[t] && !canRun(t)) {
                m |= 1L << t;
            }
        }
        return m;
    }

    @Override
    public long pendingReads(int t) {
        return HEAD | TAIL;          // a waiting thread waits in its first step, which reads both indexes
    }

    @Override
    public long pendingWrites(int t) {
        return lock ? LOCK : 0;
    }

    private boolean canRun(int t) {
        boolean room = threads[t].producer() ? tail - head < capacity : head < tail;
        if (lock) {
            return op[t] != ACQUIRE || (!locked && room);
        }
        return op[t] != READ || room;
    }

    @Override
    public boolean epochBegan() {
        return false;
    }

    @Override
    public boolean idsAreActors() {
        return true;
    }

    private static long slot(int index) {
        return 1L << (3 + Math.floorMod(index, 61));
    }

    @Override
    public void execute(int t) {
        last = t;
        reads = 0;
        writes = 0;
        boolean producer = threads[t].producer();
        switch (op[t]) {
            case ACQUIRE -> {
                reads = HEAD | TAIL;
                writes = LOCK;
                locked = true;
                did = "takes the lock";
                op[t] = READ;
            }
            case READ -> {
                reads = lock ? (producer ? TAIL : HEAD) : HEAD | TAIL;
                local[t] = producer ? tail : head;
                did = (producer ? "reads tail = " : "reads head = ") + local[t];
                if (producer) {
                    item[t] = firstItem[t] + next[t];
                }
                op[t] = STORE;
            }
            case STORE -> {
                int s = Math.floorMod(local[t], capacity);
                if (producer) {
                    writes = slot(s);
                    buffer[s] = item[t];
                    did = "stores " + label(item[t]) + " in slot " + s;
                } else {
                    reads = slot(s);
                    item[t] = buffer[s];
                    did = "loads " + label(item[t]) + " from slot " + s;
                }
                op[t] = WRITE;
            }
            case WRITE -> {
                if (producer) {
                    writes = TAIL;
                    tail = local[t] + 1;
                    did = "writes tail = " + tail;
                    complete[item[t]] = true;
                } else {
                    writes = HEAD;
                    head = local[t] + 1;
                    did = "writes head = " + head + ": has " + label(item[t]);
                    took(t, item[t]);
                }
                if (lock) {
                    op[t] = RELEASE;
                } else {
                    finishOp(t);
                }
            }
            case RELEASE -> {
                writes = LOCK;
                locked = false;
                did = "gives the lock back";
                finishOp(t);
            }
            default -> throw new IllegalStateException("no such step");
        }
        if (pending == null) {
            lostItem();
        }
    }

    private void finishOp(int t) {
        op[t] = lock ? ACQUIRE : READ;
        if (threads[t].producer()) {
            next[t]++;
            done[t] = firstItem[t] + next[t] == itemsEnd(t);
            item[t] = -1;
        } else {
            int got = item[t];
            done[t] = got >= 0 && sentinelItem.get(got);
            item[t] = -1;
        }
    }

    private int itemsEnd(int t) {
        return t + 1 < threads.length ? firstItem[t + 1] : labels.size();
    }

    private void took(int t, int got) {
        if (got < 0) {
            fail(Invariant.CONSERVATION, threads[t].name() + " took from a slot nothing was stored in");
            return;
        }
        taken[got]++;
        if (taken[got] == 2) {
            fail(Invariant.CONSERVATION, label(got) + " was taken twice");
            return;
        }
        int p = owner.get(got);
        int seq = ownerSeq.get(got);
        if (fifoCheck && seq != takenSeq[p] && taken[got] == 1) {
            fail(Invariant.FIFO, label(got) + " left before an earlier item of " + threads[p].name());
        }
        takenSeq[p] = Math.max(takenSeq[p], seq + 1);
    }

    /** A put item that is neither taken, nor in the buffer between head and tail, nor in a thread's hands. */
    private void lostItem() {
        for (int x = 0; x < complete.length; x++) {
            if (!complete[x] || taken[x] > 0 || inBuffer(x) || held(x)) {
                continue;
            }
            fail(Invariant.CONSERVATION, label(x) + " was lost: another put stored into its slot");
            return;
        }
    }

    private boolean inBuffer(int x) {
        for (int i = head; i < tail && i - head < capacity; i++) {
            if (buffer[Math.floorMod(i, capacity)] == x) {
                return true;
            }
        }
        return false;
    }

    private boolean held(int x) {
        for (int t = 0; t < threads.length; t++) {
            if (item[t] == x && !threads[t].producer()) {
                return true;
            }
        }
        return false;
    }

    private String label(int x) {
        return x < 0 ? "nothing" : LoopRun.quote(labels.get(x));
    }

    private void fail(Invariant invariant, String what) {
        int bit = 1 << invariant.ordinal();
        if ((reported & bit) == 0 && pending == null) {
            reported |= bit;
            pending = new Violation(invariant, what);
        }
    }

    @Override
    public long reads() {
        return reads;
    }

    @Override
    public long writes() {
        return writes;
    }

    @Override
    public Violation check() {
        Violation v = pending;
        pending = null;
        return v;
    }

    @Override
    public Violation end() {
        if (deadlockExpected) {
            return null;
        }
        for (int t = 0; t < threads.length; t++) {
            if (!done[t] && threads[t].producer()) {
                return new Violation(Invariant.NO_DEADLOCK, threads[t].name()
                        + " waits forever for a free slot");
            }
        }
        return null;
    }

    @Override
    public long fingerprint() {
        long h = head * 31L + tail;
        for (int i = head; i < tail && i - head < capacity; i++) {
            h = h * 31 + buffer[Math.floorMod(i, capacity)];
        }
        for (int x : taken) {
            h = h * 31 + x;
        }
        return h;
    }

    @Override
    public String actorOfLast() {
        return threads[last].name();
    }

    @Override
    public String describeLast() {
        return did;
    }

    @Override
    public String picture() {
        List<String> items = new ArrayList<>();
        for (int i = head; i < tail && i - head < capacity; i++) {
            int x = buffer[Math.floorMod(i, capacity)];
            items.add(x < 0 ? "?" : labels.get(x));
        }
        return QueuePicture.of(items) + "  head=" + head + " tail=" + tail;
    }

    @Override
    public void close() {
        // nothing held
    }
}
