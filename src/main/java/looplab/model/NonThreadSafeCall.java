package looplab.model;

/**
 * asyncio's debug-mode {@code RuntimeError}: another thread called {@code call_soon} (or
 * {@code call_at}) on a loop that is not its own. As in asyncio it is raised late, by the
 * scheduling itself, so whatever the call did before stays done: a {@code put_nowait} has
 * stored its item and completed the first getter's future, whose callbacks are dropped (that
 * getter never resumes).
 */
public final class NonThreadSafeCall extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NonThreadSafeCall(Thread caller, Thread owner) {
        super("Non-thread-safe operation invoked on an event loop other than the current one: thread '"
                + caller.getName() + "' scheduled a callback on the loop of thread '" + owner.getName() + "'."
                + " asyncio's debug mode raises this RuntimeError only when a call must schedule, and only after"
                + " the work before it: an item put stays in the queue, a getter's future stays completed and its"
                + " wake-up is dropped, so that task never resumes. With debug off asyncio raises nothing: the"
                + " wake-up joins the ready queue, but nothing wakes a loop asleep in its selector."
                + " Hand work to the loop with call_soon_threadsafe instead.");
    }
}
