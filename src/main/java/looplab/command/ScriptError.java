package looplab.command;

/**
 * An invalid line. {@link #getMessage()} is one line naming the problem ({@code line N: reason},
 * or just the reason for a console line, numbered 0); {@link #hint()} says what to type
 * instead and is printed after it.
 */
public final class ScriptError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String reason;
    private final String hint;

    /**
     * @param line   1-based line number, or 0 for a line typed at the console
     * @param reason what is wrong, one line
     * @param hint   what to type instead, one line (may be empty)
     */
    public ScriptError(int line, String reason, String hint) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
        this.reason = reason;
        this.hint = hint == null ? "" : hint;
    }

    /** The 1-based line number, 0 when a single console line was parsed. */
    public int line() {
        return line;
    }

    /** The problem, without the line number. */
    public String reason() {
        return reason;
    }

    /** What to type instead, e.g. {@code try: cancel NAME}; empty if there is nothing to suggest. */
    public String hint() {
        return hint;
    }
}
