package looplab.command;

/**
 * What an {@code explore} line asks for: which mode, the reduction and the bounds.
 *
 * @param mode             the loop's schedules, or the same tasks as preemptive threads
 * @param lock             threads mode: whether the buffer's put and get hold a lock
 * @param reduce           whether to reduce by partial order (DPOR with sleep sets), or enumerate every schedule
 * @param preemptions      threads mode: at most this many preemptions per schedule (-1: no bound)
 * @param depth            at most this many steps per schedule
 * @param budget           at most this many schedules
 * @param deadlockExpected whether a run that ends with a task waiting forever is what the script means
 */
public record ExploreOptions(Mode mode, boolean lock, boolean reduce, int preemptions, int depth, long budget,
                             boolean deadlockExpected) {
    /** The two modes. */
    public enum Mode {
        /** Every order of each iteration's batch of ready handles. */
        LOOP,
        /** The producers and consumers as threads over an unsynchronised buffer, switched between any two steps. */
        THREADS
    }

    /** {@code explore}: loop mode, DPOR, depth 10,000, budget 1,000,000. */
    public static final ExploreOptions LOOP = new ExploreOptions(Mode.LOOP, false, true, -1, 10_000, 1_000_000, false);

    /** {@code explore threads}: no lock, at most 2 preemptions. */
    public static final ExploreOptions THREADS = new ExploreOptions(Mode.THREADS, false, true, 2, 10_000, 1_000_000,
            false);

    /** The same options with the lock on or off. */
    public ExploreOptions withLock(boolean on) {
        return new ExploreOptions(mode, on, reduce, preemptions, depth, budget, deadlockExpected);
    }

    /** The same options in threads mode (keeping the bounds given). */
    public ExploreOptions asThreads(boolean on) {
        return new ExploreOptions(Mode.THREADS, on, reduce, THREADS.preemptions, depth, budget, deadlockExpected);
    }
}
