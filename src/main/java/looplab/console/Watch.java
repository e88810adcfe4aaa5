package looplab.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import looplab.travel.TimeMachine;
import looplab.view.Timeline;
import looplab.view.WatchScreen;
import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import org.jline.utils.Status;

/**
 * The console's full-screen view, {@code watch}: the world drawn by {@link WatchScreen} on the
 * terminal's alternate screen with JLine's {@link Display}, which rewrites only what changed, and
 * redrawn in place after every key. Keys are read through a {@link KeyMap}; every key that changes
 * the world types a line of the usual language into the session ({@code step}, {@code tick},
 * {@code back}, {@code forward}), so the watch adds no way of changing the world of its own, and
 * {@code history} and the trace show what it did. {@code r} steps on its own at a pace the user
 * sets, until any key, Ctrl-C or an idle loop stops it. {@code :} reads one line with the
 * console's own line reader (completion and history included) and runs it; a view's text is paged
 * with JLine's {@link Less}. A resize redraws at the new size.
 *
 * <p>One thread draws: the main one, or the resize handler when the main one is waiting for a key
 * (both under {@link #lock}).
 */
final class Watch {
    /** How a watch ended. */
    enum End {
        /** {@code q}: back to the line console. */
        CONSOLE,
        /** {@code :quit}, or the input ended: leave LoopLab. */
        QUIT
    }

    private enum Key { STEP, TICK, RUN, BACK, FORWARD, COMMAND, HELP, QUIT, FASTER, SLOWER, REDRAW, INTERRUPT, OTHER }

    /** The run's paces, in task steps a second. */
    static final int[] PACES = {1, 2, 4, 8, 16, 32, 64};
    /** {@code r} starts at 2 steps a second: slow enough to read what changed. */
    private static final int FIRST_PACE = 1;

    private final Terminal terminal;
    private final Session session;
    private final LineReader reader;
    private final Status status;
    private final WatchScreen screen;
    private final BindingReader bindings;
    private final KeyMap<Key> keys;
    private final ReentrantLock lock = new ReentrantLock();
    private Display display;
    private Attributes cooked;
    private BiFunction<Integer, Integer, List<AttributedString>> showing;
    private String message = "";
    private boolean error;
    private int pace = FIRST_PACE;
    private boolean running;
    private volatile boolean executing;

    /**
     * A watch of {@code session} on {@code terminal}; {@code reader} reads the {@code :} lines and
     * {@code status} (may be null) is the console's status line, hidden while the watch is on.
     */
    Watch(Terminal terminal, Session session, LineReader reader, Status status, boolean styled) {
        this.terminal = terminal;
        this.session = session;
        this.reader = reader;
        this.status = status;
        Charset encoding = terminal.encoding();
        this.screen = new WatchScreen(styled, encoding != null && encoding.newEncoder().canEncode('\u2190'));
        this.bindings = new BindingReader(terminal.reader());
        this.keys = keyMap(terminal);
    }

    private static KeyMap<Key> keyMap(Terminal terminal) {
        KeyMap<Key> map = new KeyMap<>();
        map.bind(Key.STEP, " ", "s");
        map.bind(Key.TICK, "t");
        map.bind(Key.RUN, "r");
        map.bind(Key.BACK, "b");
        map.bind(Key.FORWARD, "f");
        map.bind(Key.COMMAND, ":");
        map.bind(Key.HELP, "?", "h");
        map.bind(Key.QUIT, "q");
        map.bind(Key.FASTER, "+", "=");
        map.bind(Key.SLOWER, "-", "_");
        map.bind(Key.REDRAW, KeyMap.ctrl('L'));
        map.bind(Key.INTERRUPT, KeyMap.ctrl('C'));
        // Arrow keys in both the cursor and the application mode a terminal may send.
        bindArrow(map, Key.BACK, terminal, Capability.key_left, "\033[D", "\033OD");
        bindArrow(map, Key.FORWARD, terminal, Capability.key_right, "\033[C", "\033OC");
        map.setNomatch(Key.OTHER);
        map.setUnicode(Key.OTHER);
        map.setAmbiguousTimeout(100);
        return map;
    }

    private static void bindArrow(KeyMap<Key> map, Key key, Terminal terminal, Capability cap, String... plain) {
        String seq = KeyMap.key(terminal, cap);
        if (seq != null && !seq.isEmpty()) {
            map.bind(key, seq);
        }
        for (String s : plain) {
            map.bind(key, s);
        }
    }

    /** Runs the watch until {@code q} (back to the line console) or {@code :quit}. */
    End run() {
        cooked = terminal.enterRawMode();
        Terminal.SignalHandler previousResize = terminal.handle(Terminal.Signal.WINCH, s -> resized());
        Terminal.SignalHandler previousInterrupt = terminal.handle(Terminal.Signal.INT, s -> interrupt());
        if (status != null) {
            status.hide();
            status.suspend();
        }
        try {
            enterScreen();
            showing = this::world;
            draw();
            while (true) {
                Key key = bindings.readBinding(keys, null, true);
                if (key == null) {
                    return End.QUIT;                 // the input ended
                }
                End end = act(key);
                if (end != null) {
                    return end;
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.WINCH, previousResize);
            terminal.handle(Terminal.Signal.INT, previousInterrupt);
            leaveScreen();
            terminal.setAttributes(cooked);
            if (status != null) {
                status.restore();
            }
        }
    }

    /** What a key does; an end when it ends the watch. */
    private End act(Key key) {
        message = "";
        error = false;
        switch (key) {
            case STEP:
                return typed("step");
            case TICK:
                return typed("tick");
            case BACK:
                return typed("back");
            case FORWARD:
                return typed("forward");
            case RUN:
                return runOn();
            case COMMAND:
                return command();
            case HELP:
                return help();
            case QUIT:
                return End.CONSOLE;
            case FASTER:
            case SLOWER:
                changePace(key);
                message = "r runs at " + pace();
                break;
            case REDRAW:
                display.clear();
                break;
            case INTERRUPT:
                message = "Ctrl-C stops r or a long command; q goes back to the line console";
                break;
            default:
                message = "the key " + printable(bindings.getLastBinding()) + " does nothing here: ? lists the keys";
                break;
        }
        draw();
        return null;
    }

    /**
     * A line typed by a key: run it, and draw unless more keys are already waiting (a held key
     * steps as fast as the loop goes, and stops when it is let go).
     */
    private End typed(String line) {
        End end = execute(line, false);
        if (end == null && bindings.peekCharacter(1) == NonBlockingReader.READ_EXPIRED) {
            draw();
        }
        return end;
    }

    /**
     * Runs one line in the session and words its outcome on the message line. While a typed
     * command runs ({@code interruptible}), Ctrl-C is a signal again, which stops the loop
     * between two handles as at the line console.
     */
    private End execute(String line, boolean interruptible) {
        Session.Output out;
        boolean inPast = session.timeMachine().inPast();
        lock.lock();
        Attributes raw = interruptible ? terminal.getAttributes() : null;
        try {
            if (raw != null) {
                Attributes signals = new Attributes(raw);
                signals.setLocalFlag(Attributes.LocalFlag.ISIG, true);
                terminal.setAttributes(signals);
            }
            executing = true;
            try {
                out = session.execute(line);
            } finally {
                executing = false;
            }
        } finally {
            if (raw != null) {
                terminal.setAttributes(raw);
            }
            lock.unlock();
        }
        switch (out.kind()) {
            case ERROR:
                message = out.text().toString();
                error = true;
                break;
            case CHANGE:
                var last = session.journal().last();
                if (inPast) {
                    // the future after the moment shown is gone: say so first, as the line console does
                    message = firstLine(out.text());
                } else if (last.interrupted()) {
                    message = "stopped by Ctrl-C between two handles: the world is consistent";
                } else if (last.runsTheLoop() && last.handleRuns().isEmpty()) {
                    message = "nothing ran: the loop is idle (nothing ready, no timer)";
                }
                break;
            case VIEW:
                page(line, out.text());
                break;
            case QUIT:
                return End.QUIT;
            case WATCH:
                message = "this is watch: q goes back to the line console";
                break;
            default:
                break;
        }
        return null;
    }

    /** {@code r}: a step at a time, at the pace set, until a key, Ctrl-C or an idle loop. */
    private End runOn() {
        running = true;
        long steps = 0;
        String stop = null;
        try {
            while (stop == null) {
                if (session.world().loop().isIdle()) {
                    stop = "the loop is idle: nothing left to run";
                    break;
                }
                End end = execute("step", false);
                if (end != null) {
                    return end;
                }
                if (error) {
                    return null;
                }
                steps++;
                draw();
                long deadline = System.nanoTime() + 1_000_000_000L / PACES[pace];
                while (stop == null) {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0) {
                        break;
                    }
                    int c = bindings.peekCharacter(Math.min(left, 50));
                    if (c == NonBlockingReader.READ_EXPIRED) {
                        continue;
                    }
                    if (c < 0) {
                        return End.QUIT;
                    }
                    Key key = bindings.readBinding(keys, null, true);
                    if (key == Key.FASTER || key == Key.SLOWER) {
                        changePace(key);
                        draw();
                    } else {
                        stop = key == Key.INTERRUPT ? "stopped by Ctrl-C" : "stopped";
                    }
                }
            }
        } finally {
            running = false;
        }
        message = "r ran " + steps + (steps == 1 ? " task step" : " task steps") + ", " + stop + " (r runs on)";
        draw();
        return null;
    }

    /** {@code :}: one line of the usual language, read at the bottom of the screen. */
    private End command() {
        lock.lock();
        try {
            Size size = terminal.getSize();
            List<AttributedString> lines = new ArrayList<>(showing.apply(size.getColumns(), size.getRows()));
            if (!lines.isEmpty()) {
                lines.set(lines.size() - 1, AttributedString.EMPTY);
            }
            display.update(lines, size.cursorPos(Math.max(0, lines.size() - 1), 0));
            terminal.puts(Capability.cursor_visible);
            terminal.flush();
            terminal.setAttributes(cooked);        // the line reader takes raw mode itself, from here
        } finally {
            lock.unlock();
        }
        String line;
        try {
            line = reader.readLine(":");
        } catch (UserInterruptException | EndOfFileException e) {
            line = "";
        }
        terminal.enterRawMode();
        terminal.puts(Capability.cursor_invisible);
        display.clear();                           // the reader moved the cursor and may have scrolled
        End end = null;
        if (!line.isBlank()) {
            message = "`" + line.strip() + "` runs (Ctrl-C stops it)";
            draw();
            message = "";
            end = execute(line.strip(), true);
        }
        if (end == null) {
            draw();
        }
        return end;
    }

    /** A view's text, paged with JLine's less (q returns). */
    private void page(String name, AttributedString text) {
        Less less = new Less(terminal, Path.of(""));
        less.noInit = true;                        // already on the alternate screen
        byte[] bytes = (text.toAnsi(terminal) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            less.run(new Source.InputStreamSource(new ByteArrayInputStream(bytes), true, name + "  (q returns to watch)"));
        } catch (IOException e) {
            message = "cannot show `" + name + "`: " + e.getMessage();
            error = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        terminal.enterRawMode();
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        display.clear();
    }

    /** {@code ?}: the keys, until any key. */
    private End help() {
        showing = (columns, rows) -> screen.help(columns, rows, pace());
        draw();
        Key key = bindings.readBinding(keys, null, true);
        showing = this::world;
        draw();
        return key == null ? End.QUIT : null;
    }

    private void changePace(Key key) {
        pace = Math.max(0, Math.min(PACES.length - 1, pace + (key == Key.FASTER ? 1 : -1)));
    }

    private String pace() {
        return PACES[pace] + (PACES[pace] == 1 ? " step a second" : " steps a second");
    }

    // ---- drawing -----------------------------------------------------------------------------

    private List<AttributedString> world(int columns, int rows) {
        TimeMachine machine = session.timeMachine();
        WatchScreen.Chrome chrome = new WatchScreen.Chrome(message, error, running ? pace() : null, machine.status(),
                new Timeline.Run(machine.presentWorld(), machine.presentJournal(), machine.viewedStep()));
        return screen.lines(session.world(), session.journal(), columns, rows, chrome);
    }

    private void draw() {
        lock.lock();
        try {
            Size size = terminal.getSize();
            int rows = Math.max(1, size.getRows());
            int columns = Math.max(1, size.getColumns());
            if (rows != display.getRows() || columns != display.getColumns()) {
                display.clear();
                display.resize(rows, columns);
            }
            List<AttributedString> lines = new ArrayList<>(showing.apply(columns, rows));
            int lastRow = lines.size() - 1;
            if (lastRow >= 0 && lines.get(lastRow).columnLength() >= columns) {
                // Writing the bottom right cell would scroll some terminals.
                lines.set(lastRow, lines.get(lastRow).columnSubSequence(0, columns - 1));
            }
            display.update(lines, -1);
        } finally {
            lock.unlock();
        }
    }

    /** The terminal changed size: redraw now if nothing else is drawing, else the next draw does. */
    private void resized() {
        if (lock.tryLock()) {
            try {
                draw();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Ctrl-C as a signal, while a typed command runs: stops it between two handles (in the
     * session's world, which a command typed in the past replaces with the replayed one).
     */
    private void interrupt() {
        if (executing) {
            session.world().loop().requestStop();
        }
    }

    private void enterScreen() {
        if (!terminal.puts(Capability.enter_ca_mode)) {
            terminal.puts(Capability.clear_screen);
        }
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        display = new Display(terminal, true);
        Size size = terminal.getSize();
        display.resize(Math.max(1, size.getRows()), Math.max(1, size.getColumns()));
        display.clear();
    }

    private void leaveScreen() {
        if (!terminal.puts(Capability.exit_ca_mode)) {
            terminal.puts(Capability.clear_screen);
        }
        terminal.puts(Capability.keypad_local);
        terminal.puts(Capability.cursor_visible);
        terminal.flush();
    }

    private static String firstLine(AttributedString text) {
        String s = text.toString();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String printable(String keys) {
        if (keys == null || keys.isEmpty()) {
            return "?";
        }
        return "'" + KeyMap.display(keys).replace("\"", "") + "'";
    }
}
