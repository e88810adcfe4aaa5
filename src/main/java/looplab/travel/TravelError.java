package looplab.travel;

/** A move in time that cannot be made (before step 0, past the present): the reason and what to type instead. */
public final class TravelError extends Exception {
    private static final long serialVersionUID = 1L;
    private final String hint;

    TravelError(String reason, String hint) {
        super(reason);
        this.hint = hint;
    }

    /** What to type instead. */
    public String hint() {
        return hint;
    }
}
