package looplab.explore;

/** What the explorer checks on every schedule. */
public enum Invariant {
    /** Every item put is taken exactly once, or is still in the queue, or in a task's hands. */
    CONSERVATION("no item lost or taken twice"),
    /** Each producer's items leave a FIFO queue in the order they entered it. */
    FIFO("each producer's items leave in order"),
    /** No task ended with an exception. */
    NO_FAILURE("no task failed"),
    /** The run does not end with a task waiting that nothing can wake (waiting consumers of a drained queue excepted). */
    NO_DEADLOCK("no deadlock"),
    /** The user's predicate, from JShell. */
    USER("your predicate");

    private final String words;

    Invariant(String words) {
        this.words = words;
    }

    /** The invariant in a few words, as the summary names it. */
    public String words() {
        return words;
    }
}
