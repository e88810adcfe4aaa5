package looplab.world;

/**
 * A command that is well formed but cannot apply to this world (a name already taken, an unknown
 * task). It is raised before the world changes: a rejected command leaves no trace.
 */
public final class WorldError extends Exception {
    private static final long serialVersionUID = 1L;
    private final String hint;

    WorldError(String reason, String hint) {
        super(reason);
        this.hint = hint;
    }

    /** What to type instead. */
    public String hint() {
        return hint;
    }
}
