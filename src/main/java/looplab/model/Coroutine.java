package looplab.model;

/**
 * A coroutine as a resumable state machine: the Java shape of a Python {@code async def}.
 *
 * <p>A task drives its coroutine with {@link #resume(RuntimeException)}: the coroutine runs until
 * its next suspension and returns what it is suspended on, exactly as {@code coro.send(None)} or
 * {@code coro.throw(exc)} does in Python:
 * <ul>
 *   <li>a {@link Future}: wait until it is done, then resume me (an {@code await fut});</li>
 *   <li>{@link #YIELD}: resume me in the next iteration (a bare {@code yield}, as {@code sleep(0)});</li>
 *   <li>{@link #DONE}: I returned; the value is {@link #result()} (Python's {@code StopIteration}).</li>
 * </ul>
 * An exception thrown out of {@code resume} ends the coroutine with that exception.
 *
 * <p>{@code await other_coroutine} is delegation, as {@code yield from}: the outer coroutine calls
 * the inner one's {@code resume} with whatever it was resumed with, and passes its suspensions on.
 * Each suspension point has a name and a line ({@link #suspendedAt()}), so that views can point
 * at the line where a task waits.
 */
public abstract class Coroutine {
    /** Returned by {@link #resume} for a bare yield: run me again in the next iteration. */
    public static final Object YIELD = new Marker("YIELD");
    /** Returned by {@link #resume} when the coroutine has returned. */
    public static final Object DONE = new Marker("DONE");

    private Object result;

    /**
     * Runs the coroutine to its next suspension. Called by its task, or by a coroutine that
     * awaits this one; never by anything else.
     *
     * @param thrown null to resume normally (Python's {@code send(None)}); otherwise the exception
     *     to raise at the suspension point ({@code throw(exc)}), such as a {@link CancelledError}
     * @return a {@link Future} to wait for, {@link #YIELD}, or {@link #DONE}
     */
    public abstract Object resume(RuntimeException thrown);

    /** Where the coroutine is suspended now, for views; {@code null} if it cannot say. */
    public SuspensionPoint suspendedAt() {
        return null;
    }

    /** The value the coroutine returned, once {@link #resume} has returned {@link #DONE}. */
    public Object result() {
        return result;
    }

    /** Records the return value; returns {@link #DONE} so that a body can {@code return finish(v)}. */
    protected final Object finish(Object value) {
        result = value;
        return DONE;
    }

    /**
     * Whether this resume runs the body's first line ({@code started} is whether one did already).
     * An exception thrown into a coroutine that has not started is raised at once, before that
     * line runs, as Python's {@code coro.throw(exc)} does (a task cancelled before its first step).
     */
    protected static boolean firstResume(boolean started, RuntimeException thrown) {
        if (started) {
            return false;
        }
        if (thrown != null) {
            throw thrown;
        }
        return true;
    }

    private static final class Marker {
        private final String name;

        Marker(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
