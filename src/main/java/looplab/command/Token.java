package looplab.command;

/**
 * A word of a line. A quoted word keeps its quotedness because it is never a command, an
 * option or the bare sentinel {@code None}.
 */
record Token(String text, boolean quoted) {
}
