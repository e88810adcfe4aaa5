package looplab.explore;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Enumerates the schedules of a {@link Run}, stateless (each schedule re-executes from the start
 * with a prefix of choices), depth first.
 *
 * <p><b>Reduction.</b> With {@code reduce}, it is source-DPOR with sleep sets (Abdulla, Aronis,
 * Jonsson, Sagonas, <i>Optimal dynamic partial order reduction</i>, POPL 2014, Algorithm 1):
 * two choices are dependent when their footprints conflict (one writes what the other reads or
 * writes) or, in threads mode, when they are steps of the same thread. After each run it finds
 * the races (dependent choices of one epoch, in different actors, with nothing dependent between
 * them) and adds, where the earlier one was chosen, a choice that reverses the race, unless one
 * is there already. Sleep sets keep it from exploring a schedule it has covered. Each run it
 * completes is one Mazurkiewicz trace: every schedule that differs only in the order of
 * independent choices is the same schedule. Without {@code reduce} it enumerates every schedule
 * (within the preemption bound, if there is one): the naive count.
 *
 * <p><b>Epochs.</b> Choices of different epochs are ordered (an iteration's batch is frozen), so
 * races are looked for within an epoch only, and sleep sets are emptied when an epoch begins.
 */
final class Explorer {
    /** What a run of the explorer found. */
    static final class Outcome {
        long complete;
        long blocked;
        long cut;
        boolean budgetHit;
        boolean preemptionBoundHit;
        boolean stopped;
        boolean finished;
        long events;
        final Set<Long> finals = new HashSet<>();
        final Map<Invariant, Long> broken = new EnumMap<>(Invariant.class);
        final Map<Invariant, int[]> shortest = new EnumMap<>(Invariant.class);
        final Map<Invariant, Violation> shortestViolation = new EnumMap<>(Invariant.class);
    }

    private final Supplier<Run> source;
    private final boolean reduce;
    private final int preemptionBound;     // -1: none
    private final int depthBound;
    private final long budget;
    private final BooleanSupplier stop;

    // One slot per node of the current path (node d is the state before event d).
    private long[] enabled = new long[64];
    private long[] sleep = new long[64];
    private long[] backtrack = new long[64];
    private long[] done = new long[64];
    private int[] chosen = new int[64];
    private long[] evReads = new long[64];
    private long[] evWrites = new long[64];
    private int[] epochStart = new int[64];
    private int[] preemptions = new int[64];
    private long[][] hb = new long[64][];
    private long[][] fpReads = new long[64][];     // per node: footprints of ids in sleep or done
    private long[][] fpWrites = new long[64][];

    Explorer(Supplier<Run> source, boolean reduce, int preemptionBound, int depthBound, long budget,
             BooleanSupplier stop) {
        this.source = source;
        this.reduce = reduce;
        this.preemptionBound = preemptionBound;
        this.depthBound = depthBound;
        this.budget = budget;
        this.stop = stop;
    }

    /** Explores until every schedule is covered, a bound or the budget is hit, or {@code stop} says so. */
    Outcome explore() {
        Outcome out = new Outcome();
        int branch = -1;         // the node whose choice is new in this run (-1: the first run)
        while (true) {
            if (out.complete + out.blocked + out.cut >= budget) {
                out.budgetHit = true;
                return out;
            }
            if (stop.getAsBoolean()) {
                out.stopped = true;
                return out;
            }
            int end = runOnce(out, branch);
            // Backtrack: the deepest node with a choice left to try.
            int d = end - 1;
            while (d >= 0) {
                done[d] |= 1L << chosen[d];
                long left = backtrack[d] & ~done[d] & ~sleep[d];
                if (left != 0) {
                    chosen[d] = Long.numberOfTrailingZeros(left);
                    break;
                }
                d--;
            }
            if (d < 0) {
                out.finished = true;
                return out;
            }
            branch = d;
        }
    }

    /** One run: replays nodes {@code 0..branch-1}, takes the new choice at {@code branch}, goes on to the end. */
    private int runOnce(Outcome out, int branch) {
        int violatedMask = 0;
        try (Run run = source.get()) {
            int d = 0;
            while (true) {
                long en = run.enabled();
                boolean newEpoch = run.epochBegan();
                if (en == 0) {
                    if (reduce && d > branch) {
                        wakeWaiting(run, d, run.waiting());
                    }
                    Violation v = run.end();
                    if (v != null) {
                        violatedMask |= note(out, v, d - 1);
                    }
                    out.complete++;
                    out.finals.add(run.fingerprint());
                    count(out, violatedMask);
                    return d;
                }
                if (d >= depthBound) {
                    out.cut++;
                    return d;
                }
                ensure(d + 1);
                int id;
                if (d <= branch) {
                    id = chosen[d];                    // the prefix, and the new choice backtracking picked
                } else {
                    enabled[d] = en;
                    epochStart[d] = newEpoch || d == 0 ? d : epochStart[d - 1];
                    preemptions[d] = d < 2 ? 0 : preemptions[d - 1] + (preempted(d - 1) ? 1 : 0);
                    sleep[d] = !reduce || d == 0 || newEpoch ? 0 : nextSleep(d - 1);
                    done[d] = 0;
                    long open = en & ~sleep[d];
                    long allowed = allowedByBound(d, open);
                    if (allowed != open) {
                        out.preemptionBoundHit = true;
                    }
                    if (allowed == 0) {
                        out.blocked++;                 // every open choice is asleep: covered elsewhere
                        return d;
                    }
                    id = Long.numberOfTrailingZeros(allowed);
                    backtrack[d] = reduce ? 1L << id : allowed;
                    if (reduce) {
                        wakeWaiting(run, d, run.waiting());
                    }
                    chosen[d] = id;
                }
                run.execute(id);
                out.events++;
                if (d >= branch) {
                    evReads[d] = run.reads();
                    evWrites[d] = run.writes();
                    fpReads[d][id] = evReads[d];
                    fpWrites[d][id] = evWrites[d];
                    happensBefore(run, d);
                }
                Violation v = run.check();
                if (v != null) {
                    violatedMask |= note(out, v, d);
                }
                d++;
            }
        }
    }

    /**
     * Flanagan and Godefroid's rule for actors that cannot run: for each, the last event that its
     * waiting step conflicts with (the one that made it wait) gets it as a choice to try before
     * (or, if it could not run there either, every choice there), so that the order in which it
     * would have gone first is explored too.
     */
    private void wakeWaiting(Run run, int d, long waiting) {
        for (long m = waiting; m != 0; m &= m - 1) {
            int q = Long.numberOfTrailingZeros(m);
            long qr = run.pendingReads(q);
            long qw = run.pendingWrites(q);
            for (int j = d - 1; j >= epochStart[Math.max(d - 1, 0)] && j >= 0; j--) {
                if (chosen[j] == q || ((evWrites[j] & (qr | qw)) == 0 && (qw & evReads[j]) == 0)) {
                    continue;
                }
                long bit = 1L << q;
                if ((enabled[j] & bit) != 0) {
                    if ((sleep[j] & bit) == 0) {
                        backtrack[j] |= bit;
                    }
                } else {
                    backtrack[j] |= enabled[j] & ~sleep[j];
                }
                break;
            }
        }
    }

    private static void count(Outcome out, int mask) {
        for (Invariant inv : Invariant.values()) {
            if ((mask & (1 << inv.ordinal())) != 0) {
                out.broken.merge(inv, 1L, Long::sum);
            }
        }
    }

    /** Keeps the shortest schedule that breaks {@code v}'s invariant (events 0..at). */
    private int note(Outcome out, Violation v, int at) {
        int[] best = out.shortest.get(v.invariant());
        if (best == null || best.length > at + 1) {
            out.shortest.put(v.invariant(), Arrays.copyOf(chosen, at + 1));
            out.shortestViolation.put(v.invariant(), v);
        }
        return 1 << v.invariant().ordinal();
    }

    /** Whether event {@code k} switched away from an actor that could have gone on. */
    private boolean preempted(int k) {
        int last = chosen[k - 1];
        return chosen[k] != last && (enabled[k] & (1L << last)) != 0;
    }

    private long allowedByBound(int d, long open) {
        if (preemptionBound < 0 || d == 0) {
            return open;
        }
        int last = chosen[d - 1];
        long lastBit = 1L << last;
        if ((open & lastBit) == 0 || preemptions[d] < preemptionBound) {
            return open;
        }
        return open & lastBit;               // no preemption left: the last thread goes on
    }

    /** The sleep set of node {@code d + 1}: what slept at or was done from {@code d}, independent of event {@code d}. */
    private long nextSleep(int d) {
        long candidates = (sleep[d] | done[d]) & ~(1L << chosen[d]);
        long next = 0;
        long r = evReads[d];
        long w = evWrites[d];
        for (long m = candidates; m != 0; m &= m - 1) {
            int q = Long.numberOfTrailingZeros(m);
            long qr = fpReads[d][q];
            long qw = fpWrites[d][q];
            if ((qw & (r | w)) == 0 && (w & qr) == 0) {
                next |= 1L << q;
                fpReads[d + 1][q] = qr;
                fpWrites[d + 1][q] = qw;
            }
        }
        return next;
    }

    private boolean dependent(boolean actors, int j, int i) {
        if (actors && chosen[j] == chosen[i]) {
            return true;
        }
        return (evWrites[j] & (evReads[i] | evWrites[i])) != 0 || (evWrites[i] & evReads[j]) != 0;
    }

    /** Event {@code i}'s happens-before set within its epoch, and (with reduction) the races it ends. */
    private void happensBefore(Run run, int i) {
        int es = epochStart[i];
        int n = i - es;                              // events of the epoch before i
        int words = (n >> 6) + 1;
        long[] mine = hb[i];
        if (mine == null || mine.length < words) {
            mine = new long[Math.max(words, 2)];
            hb[i] = mine;
        } else {
            Arrays.fill(mine, 0, mine.length, 0L);
        }
        boolean actors = run.idsAreActors();
        long[] preds = new long[words];
        for (int j = es; j < i; j++) {
            if (dependent(actors, j, i)) {
                int rel = j - es;
                preds[rel >> 6] |= 1L << rel;
                mine[rel >> 6] |= 1L << rel;
                long[] hj = hb[j];
                int len = Math.min(hj.length, words);
                for (int k = 0; k < len; k++) {
                    mine[k] |= hj[k];
                }
            }
        }
        if (!reduce) {
            return;
        }
        // A race j ⋖ i: j is a dependent predecessor not already before some other dependent predecessor.
        long[] covered = new long[words];
        for (int j = es; j < i; j++) {
            int rel = j - es;
            if ((preds[rel >> 6] & (1L << rel)) != 0) {
                long[] hj = hb[j];
                int len = Math.min(hj.length, words);
                for (int k = 0; k < len; k++) {
                    covered[k] |= hj[k];
                }
            }
        }
        for (int j = es; j < i; j++) {
            int rel = j - es;
            long bit = 1L << rel;
            if ((preds[rel >> 6] & bit) == 0 || (covered[rel >> 6] & bit) != 0) {
                continue;
            }
            if (actors && chosen[j] == chosen[i]) {
                continue;                            // program order, not a race
            }
            reverse(j, i, es, words);
        }
    }

    /** Adds to node {@code j}'s backtrack set an initial of {@code notdep(j).i}, unless one is there. */
    private void reverse(int j, int i, int es, int words) {
        int relJ = j - es;
        long[] v = new long[words];
        for (int k = j + 1; k < i; k++) {
            long[] hk = hb[k];
            if ((hk[relJ >> 6] & (1L << relJ)) == 0) {
                int rel = k - es;
                v[rel >> 6] |= 1L << rel;
            }
        }
        long initials = 0;
        for (int k = j + 1; k <= i; k++) {
            int rel = k - es;
            boolean inV = k == i || (v[rel >> 6] & (1L << rel)) != 0;
            if (!inV) {
                continue;
            }
            long[] hk = hb[k];
            boolean first = true;
            for (int w = 0; w < words && w < hk.length; w++) {
                if ((hk[w] & v[w]) != 0) {
                    first = false;
                    break;
                }
            }
            if (first) {
                initials |= 1L << chosen[k];
            }
        }
        initials &= enabled[j];
        if (initials != 0 && (initials & (backtrack[j] | sleep[j])) == 0) {
            backtrack[j] |= Long.lowestOneBit(initials);
        }
    }

    private void ensure(int size) {
        if (size >= enabled.length) {
            int n = Math.max(size + 1, enabled.length * 2);
            enabled = Arrays.copyOf(enabled, n);
            sleep = Arrays.copyOf(sleep, n);
            backtrack = Arrays.copyOf(backtrack, n);
            done = Arrays.copyOf(done, n);
            chosen = Arrays.copyOf(chosen, n);
            evReads = Arrays.copyOf(evReads, n);
            evWrites = Arrays.copyOf(evWrites, n);
            epochStart = Arrays.copyOf(epochStart, n);
            preemptions = Arrays.copyOf(preemptions, n);
            hb = Arrays.copyOf(hb, n);
            fpReads = Arrays.copyOf(fpReads, n);
            fpWrites = Arrays.copyOf(fpWrites, n);
        }
        for (int k = size - 1; k <= size; k++) {
            if (fpReads[k] == null) {
                fpReads[k] = new long[64];
                fpWrites[k] = new long[64];
            }
        }
    }

    /**
     * Knuth's estimate of the number of schedules (every order, no bound but the depth): the mean,
     * over {@code probes} random runs, of the product of the number of choices met along each.
     */
    static double estimate(Supplier<Run> source, int probes, int depthBound, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        for (int p = 0; p < probes; p++) {
            double product = 1;
            try (Run run = source.get()) {
                for (int d = 0; d < depthBound; d++) {
                    long en = run.enabled();
                    if (en == 0) {
                        break;
                    }
                    int options = Long.bitCount(en);
                    product *= options;
                    int pick = random.nextInt(options);
                    long m = en;
                    for (int k = 0; k < pick; k++) {
                        m &= m - 1;
                    }
                    run.execute(Long.numberOfTrailingZeros(m));
                }
            }
            sum += product;
        }
        return sum / probes;
    }
}
