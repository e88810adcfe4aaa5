package looplab.model;

/**
 * Which handle of the iteration's batch runs next: the one decision point of the loop's order,
 * as in Trio's {@code _run.py}, where the order of the runnable batch is an explicit choice.
 *
 * <p>The freedom is only within the batch frozen when the iteration began: handles scheduled
 * while it runs still wait for the next iteration, and timers still fire by deadline. asyncio
 * runs the batch head first ({@link #FIFO}, the default); other schedulers let a tool explore
 * every order ({@link RecordingScheduler} keeps the choices made, {@link ReplayScheduler}
 * replays them).
 *
 * <p>The loop asks only when two or more handles of the batch remain; with one left it simply
 * runs it. With {@link #FIFO} it does not ask at all, and runs the head without the view.
 */
@FunctionalInterface
public interface Scheduler {
    /** asyncio's order: the head of the batch, always. */
    Scheduler FIFO = batch -> 0;

    /**
     * Chooses the handle to run next.
     *
     * @param batch the handles of the batch still to run (two or more), head first
     * @return the index in {@code batch} of the handle to run, from 0 to {@code batch.size() - 1}
     */
    int choose(Batch batch);
}
