package looplab.workbook;

import java.util.Objects;

/**
 * The text of a view ({@code why}, {@code where P0}, {@code help}, ...) as a JShell value:
 * evaluating it shows the text as the console prints it, not as a quoted string.
 *
 * @param text the view, plain, as the console prints it without colours
 */
public record ViewText(String text) {

    public ViewText {
        Objects.requireNonNull(text, "text");
    }

    /** The text after a line break, so that JShell's {@code $1 ==> } stands above it. */
    @Override
    public String toString() {
        return "\n" + text;
    }
}
