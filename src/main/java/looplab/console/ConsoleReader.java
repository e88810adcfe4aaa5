package looplab.console;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * JLine's line reader with two changes for the console.
 *
 * <p><b>A paste of several lines runs them in turn</b>, as the lines of a script, or as a shell
 * without bracketed paste runs what is pasted: a terminal sends a paste whole, between bracketed
 * paste marks, and JLine would put all of it in one line ({@code spawn producer\nspawn consumer}
 * is then one bad command). Here the first pasted line ends the line being read, the other whole
 * lines wait in {@link #nextPasted()}, and the text after the last line end, if any, is the
 * start of the next line ({@link #takeUnfinished()}), to finish and Enter.
 *
 * <p><b>A resize lays the status line out again</b> ({@link StatusLine#resized}) when it arrives
 * while a line is read.
 */
final class ConsoleReader extends LineReaderImpl {
    private final Deque<String> pasted = new ArrayDeque<>();
    private String unfinished = "";
    private StatusLine statusLine;

    ConsoleReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
    }

    /** The status line to keep through resizes, or null. */
    void keep(StatusLine line) {
        this.statusLine = line;
    }

    /** The next whole line of the last paste not run yet, or null. */
    String nextPasted() {
        return pasted.pollFirst();
    }

    /** How many pasted lines wait. */
    int pastedLeft() {
        return pasted.size();
    }

    /** Forgets the pasted lines not run yet (Ctrl-C). */
    void dropPasted() {
        pasted.clear();
    }

    /** The text pasted after the last line end, to start the next line with (then forgotten). */
    String takeUnfinished() {
        String text = unfinished;
        unfinished = "";
        return text;
    }

    @Override
    public boolean beginPaste() {
        String text = doReadStringUntil(BRACKETED_PASTE_END).replace("\r\n", "\n").replace('\r', '\n');
        buf.write(text);
        String all = buf.toString();
        if (all.indexOf('\n') < 0) {
            return true;                        // one line or part of one: edit it as typed
        }
        String[] lines = all.split("\n", -1);
        buf.clear();
        buf.write(lines[0]);
        for (int i = 1; i < lines.length - 1; i++) {
            pasted.addLast(lines[i]);
        }
        unfinished = lines[lines.length - 1];
        return acceptLine();
    }

    @Override
    protected void handleSignal(Terminal.Signal signal) {
        Size before = size == null ? null : Size.of(size);
        super.handleSignal(signal);
        if (signal == Terminal.Signal.WINCH && statusLine != null && !getTerminal().getSize().equals(before)) {
            statusLine.resized();
        }
    }
}
