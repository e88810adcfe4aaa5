package looplab.console;

import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;

/**
 * The console's status line, JLine's {@link Status} on the terminal's bottom row, kept there
 * when the terminal changes size. JLine lays the status out again only when a resize arrives
 * while a line is being read, and even then it can leave the cursor on the bottom row, below the
 * scroll region it sets (a terminal that shrinks drops the rows under the cursor, the status
 * line among them): from there no output scrolls, every later line overwrites the last one and
 * the status line is gone. So before any layout for a new size the cursor is first moved off the
 * bottom row ({@link #makeRoom}), and a resize that came while a command ran (when nobody lays
 * the status out) is caught up with before the status is drawn again.
 */
final class StatusLine {
    private final Terminal terminal;
    private final Status status;
    private Size laidOut;

    private StatusLine(Terminal terminal, Status status) {
        this.terminal = terminal;
        this.status = status;
        this.laidOut = Size.of(terminal.getSize());
    }

    /** The status line of {@code terminal}, or null where it cannot have one (a dumb terminal). */
    static StatusLine of(Terminal terminal) {
        Status status = Status.getStatus(terminal);
        return status == null ? null : new StatusLine(terminal, status);
    }

    /** Shows {@code line}, first catching up with a resize that nobody laid the status out for. */
    void show(AttributedString line) {
        synchronized (terminal) {
            Size now = terminal.getSize();
            if (!now.equals(laidOut)) {
                makeRoom(now);
                status.resize(now);
                laidOut = Size.of(now);
            }
            status.update(List.of(line));
        }
    }

    /**
     * Before the status is laid out for {@code size}: with the whole screen as the scroll
     * region, a line feed and a line up. On the bottom row that scrolls the screen one line and
     * leaves the cursor on the same text one row higher, inside the coming scroll region;
     * anywhere else it leaves the cursor where it was.
     */
    void makeRoom(Size size) {
        synchronized (terminal) {
            terminal.puts(Capability.save_cursor);
            terminal.puts(Capability.change_scroll_region, 0, size.getRows() - 1);
            terminal.puts(Capability.restore_cursor);
            terminal.writer().write('\n');
            terminal.puts(Capability.cursor_up);
            terminal.flush();
        }
    }

    /** JLine has laid the status out for {@code size} (a resize while a line was read). */
    void laidOutFor(Size size) {
        synchronized (terminal) {
            laidOut = Size.of(size);
        }
    }

    /** The JLine status as laid out now (the full-screen watch hides and restores it). */
    Status current() {
        synchronized (terminal) {
            return status;
        }
    }

    /** Hides the status line and gives the terminal its whole screen back. */
    void close() {
        status.hide();
        status.close();
    }
}
