package looplab.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * The same producers and consumers as preemptive threads over an
 * unsynchronised bounded buffer (a ring of slots with a head and a tail index), where a put is
 * its real steps: read the tail (and, to see whether the buffer is full, the head), store the
 * item into slot {@code tail % capacity}, write {@code tail + 1} back; a get likewise reads the
 * head, loads the slot and writes {@code head + 1}. A switch may fall between any two steps.
 * With the lock, each put and get first takes the lock (when it is free and the buffer has room,
 * or an item: a monitor's condition wait) and gives it back at the end.
 *
 * <p>Sleeps are left out: they only let other threads run, and here any thread may run at any
 * step anyway. Ids are the threads, in spawn order. The schedule explorer steps it directly;
 * {@code replay threads:...} steps it from tasks of the loop, one thread step per task step.
 *
 * <p>Footprints (what a step read and wrote) are bit masks: {@link #HEAD}, {@link #TAIL},
 * {@link #LOCK}, and one bit per slot.
 */
public final class ThreadedBuffer {
    /** The head index, as a footprint bit. */
    public static final long HEAD = 1L;
    /** The tail index, as a footprint bit. */
    public static final long TAIL = 1L << 1;
    /** The lock, as a footprint bit. */
    public static final long LOCK = 1L << 2;

    /** One thread: a producer of its items (and sentinel) or a consumer until a sentinel. */
    public record Spec(String name, boolean producer, int count, boolean sentinel) {
    }

    /** What went wrong. */
    public enum Kind {
        /** An item lost, or taken twice. */
        CONSERVATION,
        /** A producer's items taken out of order. */
        ORDER,
        /** A thread waits forever. */
        DEADLOCK
    }

    /** A broken invariant, said in words. */
    public record Broken(Kind kind, String what) {
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
    private final int[] got;
    private int head;
    private int tail;
    private boolean locked;
    private int last;
    private long reads;
    private long writes;
    private int reported;
    private Broken pending;
    private int steps;
    private final int[] readAt;     // the step at which each thread read its index
    private final int[] storedAt;   // per slot: the step that last stored into it, and who
    private final int[] storedBy;
    private String did = "";
    private int overwritten = -1;
    private int overwriter = -1;
    private java.util.function.IntToLongFunction taskStep;   // set by a replay: schedule step -> task step

    public ThreadedBuffer(List<Spec> specs, int maxsize, boolean lock, boolean fifoCheck, boolean deadlockExpected) {
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
        got = new int[n];
        readAt = new int[n];
        storedAt = new int[capacity];
        storedBy = new int[capacity];
    }

    private void add(String label, int thread, int seq, boolean sentinel) {
        labels.add(label);
        owner.add(thread);
        ownerSeq.add(seq);
        sentinelItem.add(sentinel);
    }

    public long enabled() {
        long m = 0;
        for (int t = 0; t < threads.length; t++) {
            if (!done[t] && canRun(t)) {
                m |= 1L << t;
            }
        }
        return m;
    }

    public long waiting() {
        long m = 0;
        for (int t = 0; t < threads.length; t++) {
            if (!done[t] && !canRun(t)) {
                m |= 1L << t;
            }
        }
        return m;
    }

    public long pendingReads(int t) {
        return HEAD | TAIL;          // a waiting thread waits in its first step, which reads both indexes
    }

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

    private static long slot(int index) {
        return 1L << (3 + Math.floorMod(index, 61));
    }

    /** Runs thread {@code t}'s next step (it must be {@link #enabled()}). */
    public void execute(int t) {
        last = t;
        steps++;
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
                readAt[t] = steps;
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
                    overwritten = buffer[s];
                    overwriter = t;
                    buffer[s] = item[t];
                    storedAt[s] = steps;
                    storedBy[s] = t;
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
            fail(Kind.CONSERVATION, threads[t].name() + " took from a slot nothing was stored in");
            return;
        }
        taken[got]++;
        if (!sentinelItem.get(got)) {
            this.got[t]++;
        }
        if (taken[got] == 2) {
            fail(Kind.CONSERVATION, label(got) + " was taken twice");
            return;
        }
        int p = owner.get(got);
        int seq = ownerSeq.get(got);
        if (fifoCheck && seq != takenSeq[p] && taken[got] == 1) {
            fail(Kind.ORDER, label(got) + " left before an earlier item of " + threads[p].name());
        }
        takenSeq[p] = Math.max(takenSeq[p], seq + 1);
    }

    /** A put item that is neither taken, nor in the buffer between head and tail, nor in a thread's hands. */
    private void lostItem() {
        for (int x = 0; x < complete.length; x++) {
            if (!complete[x] || taken[x] > 0 || inBuffer(x) || held(x)) {
                continue;
            }
            fail(Kind.CONSERVATION, label(x) + " was lost: " + howLost(x));
            return;
        }
    }

    /** Who stored over {@code x}, and the two reads of the same tail that made it possible. */
    private String howLost(int x) {
        int p = owner.get(x);
        if (overwritten == x && overwriter >= 0 && overwriter != p) {
            String other = threads[overwriter].name();
            return other + " stored " + label(item[overwriter]) + " into the same slot; " + threads[p].name() + " and "
                    + other + " both read tail = " + local[overwriter] + " (" + atSteps(Math.min(readAt[p], readAt[overwriter]),
                    Math.max(readAt[p], readAt[overwriter])) + ")";
        }
        return "another put stored into its slot before it was taken";
    }

    /** Two steps of the schedule, and, in a replay, the task steps that played them (those `goto` takes). */
    private String atSteps(int a, int b) {
        if (taskStep == null) {
            return "at steps " + a + " and " + b;
        }
        return "at task steps " + taskStep.applyAsLong(a) + " and " + taskStep.applyAsLong(b) + ", the schedule's steps "
                + a + " and " + b + "; `goto " + taskStep.applyAsLong(a) + "` and `goto " + taskStep.applyAsLong(b)
                + "` show them";
    }

    /**
     * For a replay on the loop, where the schedule's step {@code k} (from 1) is played by task step
     * {@code taskStep(k)}: what went wrong then names both.
     */
    public void nameTaskSteps(java.util.function.IntToLongFunction taskStep) {
        this.taskStep = taskStep;
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
        return x < 0 ? "nothing" : quote(labels.get(x));
    }

    private void fail(Kind kind, String what) {
        int bit = 1 << kind.ordinal();
        if ((reported & bit) == 0 && pending == null) {
            reported |= bit;
            pending = new Broken(kind, what);
        }
    }

    public long reads() {
        return reads;
    }

    public long writes() {
        return writes;
    }

    /** The first invariant the last step broke, or null. */
    public Broken check() {
        Broken v = pending;
        pending = null;
        return v;
    }

    /** At the end (nothing can run): a producer that waits forever, or null. */
    public Broken end() {
        if (deadlockExpected) {
            return null;
        }
        for (int t = 0; t < threads.length; t++) {
            if (!done[t] && threads[t].producer()) {
                return new Broken(Kind.DEADLOCK, threads[t].name()
                        + " waits forever for a free slot");
            }
        }
        return null;
    }

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

    /** The thread that ran the last step. */
    public int last() {
        return last;
    }

    /** The threads' names, by id. */
    public String name(int t) {
        return threads[t].name();
    }

    /** How many threads there are. */
    public int threads() {
        return threads.length;
    }

    /** Whether thread {@code t} has finished. */
    public boolean done(int t) {
        return done[t];
    }

    /** What thread {@code t} will do at its next step, in a few words. */
    public String nextStep(int t) {
        if (done[t]) {
            return "returned";
        }
        boolean producer = threads[t].producer();
        return switch (op[t]) {
            case ACQUIRE -> "take the lock";
            case READ -> producer ? "read tail" : "read head";
            case STORE -> producer ? "store into slot " + Math.floorMod(local[t], capacity) : "load slot " + Math.floorMod(local[t], capacity);
            case WRITE -> producer ? "write tail = " + (local[t] + 1) : "write head = " + (local[t] + 1);
            default -> "give the lock back";
        };
    }

    /** Items put so far (a producer) or taken (a consumer). */
    public int progress(int t) {
        if (threads[t].producer()) {
            return next[t];
        }
        return got[t];
    }

    /** What the last step did, in a few words. */
    public String describeLast() {
        return did;
    }

    /** The buffer between head and tail, and the two indexes. */
    public String picture() {
        List<String> items = new ArrayList<>();
        for (int i = head; i < tail && i - head < capacity; i++) {
            int x = buffer[Math.floorMod(i, capacity)];
            items.add(x < 0 ? "?" : labels.get(x));
        }
        return picture(items) + "  head=" + head + " tail=" + tail;
    }


    private static String quote(String item) {
        return item == null ? "None" : "'" + item + "'";
    }

    private static String picture(List<String> items) {
        if (items.isEmpty()) {
            return "[ empty ]";
        }
        StringBuilder b = new StringBuilder("[ ");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : " | ").append(quote(items.get(i)));
        }
        return b.append(" ]").toString();
    }
}
