package looplab.command;

import java.util.Optional;

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
    private final String unknownCommand;

    /**
     * @param line   1-based line number, or 0 for a line typed at the console
     * @param reason what is wrong, one line
     * @param hint   what to type instead, one line (may be empty)
     */
    public ScriptError(int line, String reason, String hint) {
        this(line, reason, hint, null);
    }

    private ScriptError(int line, String reason, String hint, String unknownCommand) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
        this.reason = reason;
        this.hint = hint == null ? "" : hint;
        this.unknownCommand = unknownCommand;
    }

    /**
     * A line whose first word is no command here. A quoted word ({@code why} says so) is never
     * one, so it is not kept for a "did you mean" hint.
     *
     * @param why what to add after the word in the reason, or empty
     */
    static ScriptError unknownCommand(int line, String word, String why) {
        return new ScriptError(line, "unknown command " + quote(word) + why, Commands.commandsHint(),
                why.isEmpty() ? word : null);
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

    /** The unquoted first word of a line that is no command, as typed, for a "did you mean" hint. */
    public Optional<String> unknownCommand() {
        return Optional.ofNullable(unknownCommand);
    }

    /**
     * A word as Python's {@code repr} would show it in the oracle's messages, close enough:
     * single quotes unless the word holds one, control characters escaped so that the
     * message stays on one line.
     */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c == q) {
                        b.append('\\').append(c);
                    } else if (Character.isISOControl(c)) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(q).toString();
    }
}
