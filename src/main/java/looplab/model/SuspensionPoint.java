package looplab.model;

/**
 * A named place in a coroutine's listing where it can be suspended (or its start and end), so
 * that a view can mark the line where a task waits.
 */
public interface SuspensionPoint {
    /** A short name, such as {@code "put item"}. */
    String label();

    /** The 1-based line in the coroutine's Python-like listing. */
    int line();
}
