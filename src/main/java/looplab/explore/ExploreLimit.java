package looplab.explore;

/** A world the explorer cannot explore as it is (an iteration with more than 64 ready handles, ...). */
public final class ExploreLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A limit, said in words. */
    public ExploreLimit(String message) {
        super(message);
    }
}
