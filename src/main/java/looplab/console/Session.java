package looplab.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import looplab.command.Command;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.trace.TraceJson;
import looplab.view.Journal;
import looplab.view.Renderer;
import looplab.world.Actor;
import looplab.world.TraceEvent;
import looplab.world.World;
import looplab.world.WorldError;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * One console session without any terminal: a world, its journal, the commands typed and the
 * trace so far. {@link #execute} takes one line and answers with what to print. The JLine
 * console and the piped mode are thin shells around it.
 */
public final class Session {
    /** Trace lines kept for {@code trace}; older ones are counted only. */
    public static final int TRACE_KEEP = 10_000;

    private final World world;
    private final Journal journal;
    private final Renderer renderer;
    private final boolean styled;
    private final List<String> history = new ArrayList<>();
    private final ArrayDeque<TraceEvent> trace = new ArrayDeque<>();   // formatted only when shown
    private long traceLines;

    /** What a line gave: the text to print, and what kind of line it was. */
    public record Output(AttributedString text, Kind kind) {
        /** Whether the console should leave. */
        public boolean quit() {
            return kind == Kind.QUIT;
        }
    }

    /** The kinds of lines. */
    public enum Kind {
        /** Blank or comment: nothing to print. */
        EMPTY,
        /** A command that changed the world: the text is its frame. */
        CHANGE,
        /** A view: the text is the view. */
        VIEW,
        /** An invalid line: one line naming the problem and what to type instead. */
        ERROR,
        /** quit or exit. */
        QUIT
    }

    /**
     * A session on a fresh world set up by {@code start} ({@code new ...}), rendering with
     * styles or not.
     */
    public Session(Command.New start, boolean styled) {
        Consumer<TraceEvent> traceKeeper = this::keepTrace;
        this.world = new World(traceKeeper);
        this.journal = Journal.attach(world);
        this.styled = styled;
        this.renderer = styled ? Renderer.styled() : Renderer.plain();
        if (!start.equals(Command.New.DEFAULT)) {
            try {
                world.apply(start);
            } catch (WorldError e) {
                throw new IllegalStateException("new cannot fail", e);
            }
        }
    }

    /** The world. */
    public World world() {
        return world;
    }

    /** The journal of the last command. */
    public Journal journal() {
        return journal;
    }

    /** The renderer in use. */
    public Renderer renderer() {
        return renderer;
    }

    /** The lines typed in this session, blank ones excepted. */
    public List<String> history() {
        return Collections.unmodifiableList(history);
    }

    /** The names of the world's tasks, in spawn order (for completion). */
    public List<String> taskNames() {
        List<String> names = new ArrayList<>();
        for (Actor a : world.actors()) {
            names.add(a.name());
        }
        return names;
    }

    /** Runs one line: a command, a view, or quit. Never throws for bad input. */
    public Output execute(String line) {
        if (!line.isBlank()) {
            history.add(line.strip());
        }
        Optional<Command> parsed;
        try {
            parsed = Parser.parseLine(line, 0, world.kind());
        } catch (ScriptError e) {
            return error(e.getMessage(), hintFor(e));
        }
        if (parsed.isEmpty()) {
            return new Output(AttributedString.EMPTY, Kind.EMPTY);
        }
        Command command = parsed.get();
        if (command instanceof Command.View) {
            return view((Command.View) command);
        }
        journal.beginCommand(line, command);
        try {
            world.apply(command);
        } catch (WorldError e) {
            journal.abandonCommand();             // the world refused it: nothing happened
            return error(e.getMessage(), e.hint());
        }
        journal.endCommand();
        return new Output(renderer.frame(world, journal), Kind.CHANGE);
    }

    /** The frame of the world as it is (the {@code show} view). */
    public AttributedString frame() {
        return renderer.frame(world, journal);
    }

    private Output view(Command.View v) {
        List<String> args = v.args();
        String arg = args.isEmpty() ? null : args.get(0);
        switch (v.name()) {
            case "show":
                return viewOutput(renderer.frame(world, journal));
            case "queue":
                return viewOutput(renderer.queue(world));
            case "tasks":
                return viewOutput(renderer.tasks(world));
            case "ready":
                return viewOutput(renderer.ready(world));
            case "timers":
                return viewOutput(renderer.timers(world));
            case "why":
                return viewOutput(renderer.why(world, journal));
            case "where":
                if (arg == null) {
                    return error("where needs a task name",
                            world.actors().isEmpty() ? "spawn a task first" : "try: where " + taskNames().get(0));
                }
                if (world.actor(arg) == null) {
                    return error("no task named '" + safe(arg) + "' in this world",
                            world.actors().isEmpty() ? "spawn a task first"
                                    : "one of: " + String.join(", ", taskNames()));
                }
                return viewOutput(renderer.where(world, arg));
            case "help":
                return viewOutput(arg == null ? renderer.help() : renderer.help(arg));
            case "history":
                return viewOutput(historyText());
            case "trace":
                return trace(arg);
            case "quit":
            case "exit":
                return new Output(AttributedString.EMPTY, Kind.QUIT);
            default:
                return error("unknown view '" + safe(v.name()) + "'", "try: help");
        }
    }

    private Output viewOutput(AttributedString text) {
        return new Output(text, Kind.VIEW);
    }

    private AttributedString historyText() {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (int i = 0; i < history.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(String.format("%4d  %s", i + 1, safe(history.get(i))));
        }
        return b.toAttributedString();
    }

    private Output trace(String arg) {
        int want = TRACE_KEEP;
        if (arg != null) {
            if (!arg.matches("[0-9]{1,9}")) {
                return error("trace takes a number of lines, not '" + safe(arg) + "'", "try: trace 10");
            }
            want = Integer.parseInt(arg);
        }
        List<TraceEvent> lines = new ArrayList<>(trace);
        int from = Math.max(0, lines.size() - want);
        AttributedStringBuilder b = new AttributedStringBuilder();
        long skipped = traceLines - (lines.size() - from);
        if (skipped > 0) {
            b.append("(" + skipped + " earlier lines not shown)\n");
        }
        for (int i = from; i < lines.size(); i++) {
            b.append(safe(TraceJson.line(lines.get(i))));
            if (i + 1 < lines.size()) {
                b.append('\n');
            }
        }
        return viewOutput(b.toAttributedString());
    }

    private void keepTrace(TraceEvent event) {
        traceLines++;
        trace.addLast(event);
        if (trace.size() > TRACE_KEEP) {
            trace.removeFirst();
        }
    }

    private Output error(String reason, String hint) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        String text = "error: " + safe(reason) + (hint == null || hint.isEmpty() ? "" : "; " + safe(hint));
        if (styled) {
            b.styled(AttributedStyle.BOLD.foreground(AttributedStyle.RED), "error:");
            b.append(text.substring("error:".length()));
        } else {
            b.append(text);
        }
        return new Output(b.toAttributedString(), Kind.ERROR);
    }

    /** The parser's hint, with "did you mean" for a misspelt command. */
    private static String hintFor(ScriptError e) {
        String reason = e.reason();
        if (reason.startsWith("unknown command '") && !reason.contains("quoted")) {
            String word = reason.substring("unknown command '".length(), reason.lastIndexOf('\''));
            String best = null;
            int bestDistance = 3;
            for (String candidate : Parser.commandWords()) {
                int d = distance(word, candidate);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
            if (best != null) {
                return "did you mean `" + best + "`? " + e.hint();
            }
        }
        return e.hint();
    }

    /** Levenshtein distance, with a swap of two neighbours counting one (Damerau). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Control characters escaped, so that nothing a user typed reaches the terminal as a code. */
    static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
