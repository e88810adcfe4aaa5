package looplab.model;

/** Something the loop can call: the body of a {@link Handle}. */
@FunctionalInterface
public interface Callback {
    /** Runs the callback with the argument it was scheduled with. */
    void call(Object arg);
}
