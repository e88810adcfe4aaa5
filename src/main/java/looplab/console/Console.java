package looplab.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import looplab.command.Command;
import looplab.model.EventLoop;
import looplab.model.Queue;
import looplab.world.World;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.MaskingCallback;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

/**
 * LoopLab's console: a JLine line reader over a {@link Session}. With a terminal it completes,
 * keeps history in the user's home, colours (unless {@code --no-color}, {@code NO_COLOR} or a
 * dumb terminal), shows a status line, and stops a long run on Ctrl-C; Ctrl-D leaves. Without
 * one ({@link #piped}), it reads commands from standard input and prints each line after a
 * prompt, then its frame or view, as plain text.
 */
public final class Console {
    /** Exit status when every line was valid. */
    public static final int OK = 0;
    /** Exit status of a piped session in which some line was invalid. */
    public static final int INVALID = 2;

    private static final String PROMPT = "looplab> ";

    /** How the console starts; {@code watch} opens the full-screen view first ({@code --watch}). */
    public record Settings(Command.New start, boolean noColor, Path historyFile, String version, boolean watch) {}

    private Console() {}

    /** Whether standard input is a terminal (asked of JLine's native provider). */
    public static boolean stdinIsTerminal() {
        if (System.console() != null) {
            return true;                 // both standard input and output are terminals
        }
        for (String provider : List.of("jni", "exec")) {
            try {
                return TerminalProvider.load(provider).isSystemStream(SystemStream.Input);
            } catch (Throwable e) {
                // try the next provider
            }
        }
        return System.console() != null;
    }

    /** Starts the console on the system terminal, or piped when standard input is not one. */
    public static int start(Settings settings, BufferedReader stdin, PrintStream stdout) throws IOException {
        if (!stdinIsTerminal()) {
            Session session = new Session(settings.start(), false);
            boolean refused = false;
            if (settings.watch()) {
                // --watch is `watch` typed first: refused in a pipe, with one line
                stdout.println(session.execute("watch").text().toString());
                refused = true;
            }
            int status = piped(session, stdin, stdout);
            return refused ? INVALID : status;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).name("looplab").build()) {
            return interactive(terminal, settings);
        }
    }

    /** Reads commands from {@code in}, one a line, and writes the transcript as plain text. */
    public static int piped(Session session, BufferedReader in, PrintStream out) throws IOException {
        boolean invalid = false;
        String line;
        while ((line = in.readLine()) != null) {
            Session.Output output = session.execute(line);
            out.println(PROMPT + Session.safe(line));
            if (output.kind() == Session.Kind.ERROR) {
                invalid = true;
            }
            if (output.text().length() > 0) {
                out.println(output.text().toString());
            }
            if (output.quit()) {
                break;
            }
        }
        out.flush();
        return invalid ? INVALID : OK;
    }

    /** Whether a terminal can show colours, given the user's wishes. */
    static boolean colours(Terminal terminal, boolean noColor) {
        String env = System.getenv("NO_COLOR");
        if (noColor || (env != null && !env.isEmpty())) {
            return false;
        }
        String type = terminal.getType();
        if (type == null || type.startsWith(Terminal.TYPE_DUMB)) {
            return false;
        }
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return colours != null && colours >= 8;
    }

    /** The interactive console on {@code terminal}. */
    public static int interactive(Terminal terminal, Settings settings) {
        boolean styled = colours(terminal, settings.noColor());
        boolean dumb = terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
        Session session = new Session(settings.start(), styled, !dumb);
        // timeline fits the terminal's width, read when it is drawn (the terminal may be resized)
        session.width(() -> terminal.getWidth() > 0 ? terminal.getWidth() : 80);
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);          // a backslash is an ordinary character here
        parser.setEofOnUnclosedQuote(false);          // the command parser reports it, on one line
        parser.setEofOnEscapedNewLine(false);
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.HISTORY_SIZE, 1000);
        variables.put(LineReader.HISTORY_FILE_SIZE, 1000);
        Path historyFile = settings.historyFile();
        Optional<String> badHistory = historyFile == null ? Optional.empty() : HistoryFile.problem(historyFile);
        if (historyFile != null && badHistory.isEmpty()) {
            variables.put(LineReader.HISTORY_FILE, historyFile);
        }
        ConsoleReader reader = new ConsoleReader(terminal, "looplab", variables);
        reader.setHistory(new DefaultHistory());
        reader.setParser(parser);
        reader.setCompleter(new ConsoleCompleter(session::taskNames));
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.HISTORY_IGNORE_DUPS, true);
        reader.option(LineReader.Option.AUTO_FRESH_LINE, true);
        Runner runner = new Runner(session);
        print(terminal, banner(session, settings), styled);
        badHistory.ifPresent(why -> print(terminal, new AttributedString("warning: the history file " + historyFile
                + " cannot be used (" + why + "); going on without one, the file is left as it is"), styled));
        StatusLine status = dumb ? null : StatusLine.of(terminal);
        reader.keep(status);
        terminal.handle(Terminal.Signal.INT, signal -> runner.interrupt());
        AttributedString prompt = styled
                ? new AttributedString(PROMPT, AttributedStyle.BOLD.foreground(AttributedStyle.CYAN))
                : new AttributedString(PROMPT);
        String promptText = styled ? prompt.toAnsi(terminal) : PROMPT;
        try {
            updateStatus(status, session, null);
            String first = settings.watch() ? "watch" : null;
            while (true) {
                String line = first;
                first = null;
                try {
                    if (line == null) {
                        line = reader.readLine(promptText, null, (MaskingCallback) null, reader.takeUnfinished());
                    }
                } catch (UserInterruptException e) {
                    continue;                                // Ctrl-C at the prompt clears the line
                } catch (EndOfFileException e) {
                    break;                                   // Ctrl-D leaves
                }
                runner.takeInterrupt();                      // a Ctrl-C before this line is spent
                boolean quit = run(runner, line, status, terminal, reader, styled);
                // The other lines of a paste, each after a prompt as if typed; Ctrl-C drops the rest.
                String next;
                while (!quit && (next = reader.nextPasted()) != null) {
                    if (runner.takeInterrupt()) {
                        int left = reader.pastedLeft() + 1;
                        reader.dropPasted();
                        print(terminal, new AttributedString("Ctrl-C: the other " + left + " pasted line"
                                + (left == 1 ? " was" : "s were") + " not run"), styled);
                        break;
                    }
                    print(terminal, new AttributedString(promptText + Session.safe(next)), false);
                    reader.getHistory().add(next);
                    quit = run(runner, next, status, terminal, reader, styled);
                }
                if (quit) {
                    break;
                }
            }
        } finally {
            if (status != null) {
                status.close();
            }
            try {
                reader.getHistory().save();
            } catch (IOException | RuntimeException e) {
                // history is a convenience: never fail on leaving because of it
            }
            terminal.writer().println("bye");
            terminal.flush();
        }
        return OK;
    }

    /** Runs one line and prints what it gave (or watches); true if the console should leave. */
    private static boolean run(Runner runner, String line, StatusLine status, Terminal terminal, ConsoleReader reader,
                               boolean styled) {
        Session session = runner.session;
        Session.Output output = runner.execute(line, status);
        if (output.kind() == Session.Kind.WATCH) {
            if (new Watch(terminal, session, reader, status == null ? null : status.current(), styled).run()
                    == Watch.End.QUIT) {
                return true;
            }
            output = new Session.Output(session.frame(), Session.Kind.VIEW);   // back to lines: the world now
        }
        if (output.text().length() > 0) {
            print(terminal, output.text(), styled);
        }
        updateStatus(status, session, null);
        return output.quit();
    }

    private static void print(Terminal terminal, AttributedString text, boolean styled) {
        synchronized (terminal) {           // not in the middle of laying the status line out again
            terminal.writer().println(styled ? text.toAnsi(terminal) : text.toString());
            terminal.flush();
        }
    }

    private static AttributedString banner(Session session, Settings settings) {
        World world = session.world();
        Queue<String> q = world.queue();
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.styled(AttributedStyle.BOLD, "LoopLab " + settings.version());
        b.append(": step through an asyncio-style event loop, one handle at a time.\n");
        b.append("World: " + world.kind().word() + " queue, "
                + (q.maxsize() > 0 ? "maxsize " + q.maxsize() : "unbounded") + ", seed " + world.setup().seed() + ".\n");
        b.append("Try: spawn producer, spawn consumer, step, why, where P0. help lists every command.\n");
        b.styled(AttributedStyle.DEFAULT.faint(), "TAB completes; Ctrl-C stops a long run; Ctrl-D leaves.");
        return b.toAttributedString();
    }

    /** The status line: clock, counters, queue size and the task that ran last (or runs now). */
    static AttributedString statusLine(Session session, String running) {
        World world = session.world();
        EventLoop loop = world.loop();
        Queue<String> q = world.queue();
        StringBuilder s = new StringBuilder();
        String viewing = session.timeMachine().status();
        if (viewing != null && running == null) {
            s.append(' ').append(viewing).append(" |");
        }
        s.append(" t=").append(String.format(java.util.Locale.ROOT, "%.3f", loop.time()));
        s.append(" | iteration ").append(loop.iterations());
        s.append(" | steps ").append(loop.taskSteps());
        s.append(" | queue ").append(q.qsize());
        if (q.maxsize() > 0) {
            s.append('/').append(q.maxsize());
        }
        if (running != null) {
            s.append(" | ").append(running).append(" (Ctrl-C stops)");
        } else {
            var last = session.journal().lastStep();
            s.append(" | last ran: ").append(last == null ? "-" : Session.safe(last.task()));
            if (loop.isIdle()) {
                s.append(" | idle");
            }
        }
        return new AttributedString(s.toString(), AttributedStyle.INVERSE);
    }

    private static void updateStatus(StatusLine status, Session session, String running) {
        if (status != null) {
            status.show(statusLine(session, running));
        }
    }

    /**
     * Runs lines for the interactive console: a Ctrl-C while a command runs asks the loop to stop
     * after the handle under way; a long command shows its progress in the status line.
     */
    static final class Runner {
        private final Session session;
        private volatile EventLoop running;
        private volatile boolean interrupted;

        Runner(Session session) {
            this.session = session;
        }

        void interrupt() {
            interrupted = true;
            session.interrupt();
            if (running != null) {
                // the session's world, not the one the command began on: a command typed in the
                // past runs on the replayed world that becomes the present
                session.world().loop().requestStop();
            }
        }

        /** Whether Ctrl-C was pressed since the last call. */
        boolean takeInterrupt() {
            boolean was = interrupted;
            interrupted = false;
            return was;
        }

        Session.Output execute(String line, StatusLine status) {
            running = session.world().loop();
            Thread progress = null;
            if (status != null) {
                progress = new Thread(() -> showProgress(status), "looplab-progress");
                progress.setDaemon(true);
                progress.start();
            }
            try {
                return session.execute(line);
            } finally {
                running = null;
                if (progress != null) {
                    progress.interrupt();
                    try {
                        progress.join(1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }

        private void showProgress(StatusLine status) {
            try {
                Thread.sleep(300);
                while (running != null) {
                    EventLoop loop = session.world().loop();
                    if (running != null) {
                        var current = loop.currentTask();
                        String now = current == null ? "running" : "running " + Session.safe(current.name());
                        status.show(statusLine(session, now));
                    }
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                // the command is over
            } catch (RuntimeException e) {
                // a status line is not worth failing a command for
            }
        }
    }
}
