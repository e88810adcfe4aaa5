package looplab.console;

import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;

/**
 * The console's status line on the terminal's bottom row (a JLine {@link Status}, the rows
 * above it a scroll region), kept there when the terminal changes size.
 *
 * <p>JLine's own handling of a resize lost output: a shrinking terminal drops the rows under the
 * cursor, the status line among them, which leaves the prompt on the bottom row, below the new
 * scroll region, where no output scrolls (every later line overwrote the last one, and the
 * status line was gone); a resize while a command ran was never laid out at all (the scroll
 * region stayed the old size); and a growing terminal had rows cleared that held text. So the
 * status is not JLine's terminal-wide one, and JLine's resize is not used: on a new size
 * ({@link #resized}, or seen when it is next drawn) the cursor is moved off the bottom row, the
 * rows below it (old status lines) are cleared, and the status forgets what it drew and lays
 * itself out for the new size as when it first appeared, making its row by scrolling the text
 * above it up.
 */
final class StatusLine {
    private final Terminal terminal;
    private final Line status;
    private Size laidOut;
    private AttributedString shown = AttributedString.EMPTY;

    /** JLine's status, with a way to start afresh on a new size (its fields are protected). */
    private static final class Line extends Status {
        Line(Terminal terminal) {
            super(terminal);
        }

        /** As if nothing were shown yet, on a screen of {@code size}: the next update makes its row. */
        void layOutAfresh(Size size) {
            display.resize(size);
            display.reset();
            scrollRegion = size.getRows() - 1;
        }
    }

    private StatusLine(Terminal terminal) {
        this.terminal = terminal;
        this.status = new Line(terminal);
        this.laidOut = Size.of(terminal.getSize());
    }

    /** The status line of {@code terminal}, or null where it cannot have one (a dumb terminal). */
    static StatusLine of(Terminal terminal) {
        for (Capability c : List.of(Capability.change_scroll_region, Capability.save_cursor,
                Capability.restore_cursor, Capability.cursor_address, Capability.cursor_up)) {
            if (terminal.getStringCapability(c) == null) {
                return null;
            }
        }
        return usable(terminal.getSize()) ? new StatusLine(terminal) : null;
    }

    private static boolean usable(Size size) {
        return size.getRows() > 1 && size.getRows() < 1000 && size.getColumns() > 0 && size.getColumns() < 1000;
    }

    /** Shows {@code line}, first catching up with a resize (one that came while a command ran). */
    void show(AttributedString line) {
        synchronized (terminal) {
            shown = line;
            Size now = terminal.getSize();
            if (!now.equals(laidOut) && usable(now)) {
                layOut(now);
            }
            status.update(List.of(line));
        }
    }

    /** The terminal has a new size (a resize while a line is read): lays out and shows the line again. */
    void resized() {
        show(shown);
    }

    private void layOut(Size size) {
        // With the whole screen as the scroll region, a line feed and a line up: on the bottom row
        // that scrolls the text one line and leaves the cursor on it one row higher; anywhere else
        // the cursor stays. Then what is below the cursor's row (old status lines, where a growing
        // terminal moved them) is cleared.
        terminal.puts(Capability.save_cursor);
        terminal.puts(Capability.change_scroll_region, 0, size.getRows() - 1);
        terminal.puts(Capability.restore_cursor);
        terminal.writer().write('\n');
        terminal.puts(Capability.cursor_up);
        terminal.puts(Capability.save_cursor);
        terminal.writer().write('\n');
        terminal.puts(Capability.carriage_return);
        terminal.puts(Capability.clr_eos);
        terminal.puts(Capability.restore_cursor);
        status.layOutAfresh(size);
        laidOut = Size.of(size);
    }

    /** The JLine status (the full-screen watch hides and restores it). */
    Status current() {
        return status;
    }

    /** Hides the status line and gives the terminal its whole screen back. */
    void close() {
        synchronized (terminal) {
            status.hide();
            status.close();
            terminal.flush();
        }
    }
}
