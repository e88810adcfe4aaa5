package looplab.bench;

import looplab.model.Coroutine;
import looplab.model.Future;

/**
 * The top coroutine of a workload ({@code pingpong(n)}, {@code fanin(n)}, ...), which the bench
 * runs as {@code asyncio.run} does: as the main task of a fresh loop, until the loop is idle.
 */
public abstract class WorkloadMain extends Coroutine {
    /** How many items went all the way through (consumed, or sleeps finished). */
    public abstract long delivered();

    /**
     * {@code await fut} ({@code Future.__await__}): null when {@code future} is done already (the
     * caller goes on at once), else the future itself, for {@code resume} to return.
     */
    static Object awaitFuture(Future<?> future) {
        return future.done() ? null : future;
    }
}
