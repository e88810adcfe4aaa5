package looplab.model;

/**
 * What a {@link Scheduler} sees: the handles of the iteration under way that have not run yet,
 * head first. The view is live and valid only during {@link Scheduler#choose}; it allocates
 * nothing.
 *
 * <p>Each handle says what it is ({@link Handle#purpose()}, {@link Handle#task()},
 * {@link Handle#cancelled()}), so that a scheduler exploring orders can tell which choices touch
 * the same task and which are no-ops (a cancelled handle is skipped wherever it runs).
 */
public interface Batch {
    /** How many handles of the batch are still to run (at least 2 when a scheduler is asked). */
    int size();

    /** The handle {@code index} places from the head; index 0 is the one asyncio runs next. */
    Handle get(int index);

    /** The iteration this batch belongs to, from 1 ({@link EventLoop#iterations()}). */
    long iteration();

    /** How many handles of this batch have already run. */
    int ran();
}
