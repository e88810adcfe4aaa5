package looplab.explore;

/**
 * One run of a system under exploration, made again from the start for every schedule (the
 * explorer is stateless, as CHESS and loom are: it never copies a state, it re-executes a prefix
 * of choices). At each point the run offers a set of <em>choices</em> (ids below 64); the explorer
 * picks one, the run executes it and says what it touched, as a footprint of resources read and
 * written (bit masks; {@link #EVERYTHING} when it cannot tell).
 *
 * <p>An <em>epoch</em> is a stretch whose choices can be reordered among themselves only: in
 * loop mode, one iteration's frozen batch (what it schedules waits for the next iteration); in
 * threads mode, the whole run.
 */
interface Run extends AutoCloseable {
    /** A footprint that conflicts with every other: used for code the run cannot see into. */
    long EVERYTHING = -1L;

    /** The choices open now, as a bit mask of ids (0: the run is over). */
    long enabled();

    /**
     * Actors that are alive but cannot run now (threads waiting for a free slot, an item or the
     * lock); none in loop mode, where every handle of a batch runs.
     */
    default long waiting() {
        return 0;
    }

    /** What actor {@code id}'s next step would read, were it run now (asked for {@link #waiting()} ones). */
    default long pendingReads(int id) {
        return EVERYTHING;
    }

    /** What actor {@code id}'s next step would write, were it run now. */
    default long pendingWrites(int id) {
        return EVERYTHING;
    }

    /** Whether the last {@link #enabled()} began a new epoch (its ids are new ones). */
    boolean epochBegan();

    /** Executes choice {@code id}, one of {@link #enabled()}'s. */
    void execute(int id);

    /** The resources the last executed choice read. */
    long reads();

    /** The resources the last executed choice wrote. */
    long writes();

    /** Whether two choices of one epoch with the same id are the same actor's steps (threads). */
    boolean idsAreActors();

    /** The first invariant broken by the last choice, or null. */
    Violation check();

    /** The first invariant broken at the end of a run that went to its end ({@link #enabled()} 0), or null. */
    Violation end();

    /** A hash of the state now, for counting distinct final states. */
    long fingerprint();

    /** The column of the last executed choice in a schedule's table (a task's name). */
    String actorOfLast();

    /** What the last executed choice did, in a few words (only asked when describing a schedule). */
    String describeLast();

    /** The queue or buffer now, on one line (only asked when describing a schedule). */
    String picture();

    /** Ends what the run holds (threads of user tasks). */
    @Override
    void close();
}
