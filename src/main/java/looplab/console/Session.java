package looplab.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import looplab.command.Command;
import looplab.command.Command.View;
import looplab.command.CommandSpec.Context;
import looplab.command.Commands;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.view.Journal;
import looplab.view.Renderer;
import looplab.travel.TimeMachine;
import looplab.travel.TravelError;
import looplab.view.Timeline;
import looplab.view.ViewTexts;
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

    private final TimeMachine machine;
    private volatile World world;        // the moment shown (read by the console's Ctrl-C handler)
    private Journal journal;
    private ViewTexts views;
    private final Renderer renderer;
    private final boolean styled;
    private final boolean fullScreen;
    private final List<String> history = new ArrayList<>();
    private final ArrayDeque<TraceEvent> trace = new ArrayDeque<>();   // formatted only when shown
    private long traceLines;
    private long worldTraceStart;        // trace lines before the present world's own
    private volatile boolean interrupted;
    private IntSupplier width = () -> 80;

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
        /** A move in time: the text is the frame of the moment now shown, and where in time it is. */
        TRAVEL,
        /** A view: the text is the view. */
        VIEW,
        /** An invalid line: one line naming the problem and what to type instead. */
        ERROR,
        /** quit or exit. */
        QUIT,
        /** watch, in a session on a terminal that can show it: the console turns full-screen. */
        WATCH
    }

    /**
     * A session on a fresh world set up by {@code start} ({@code new ...}), rendering with
     * styles or not.
     */
    public Session(Command.New start, boolean styled) {
        this(start, styled, false);
    }

    /**
     * A session as above; {@code fullScreen} when its console is a terminal that can show
     * {@code watch} (otherwise {@code watch} is refused with one line).
     */
    public Session(Command.New start, boolean styled, boolean fullScreen) {
        this.fullScreen = fullScreen;
        Consumer<TraceEvent> traceKeeper = this::keepTrace;
        boolean otherStart = !start.equals(Command.New.DEFAULT);
        // Another start replaces the default world at once: the trace begins with its `new` alone.
        this.world = otherStart ? new World() : new World(traceKeeper);
        this.journal = Journal.attach(world);
        this.machine = new TimeMachine(world, journal);
        this.styled = styled;
        this.renderer = styled ? Renderer.styled() : Renderer.plain();
        this.views = views();
        if (otherStart) {
            world.addListener(traceKeeper);
            try {
                world.apply(start);
            } catch (WorldError e) {
                throw new IllegalStateException("new cannot fail", e);
            }
        }
    }

    /** The world of the moment shown: the present, or after {@code back}, a replay of the past. */
    public World world() {
        return world;
    }

    /** The journal of the moment shown: its last record is what the frame narrates. */
    public Journal journal() {
        return journal;
    }

    /**
     * The session's past: which step is shown ({@link TimeMachine#viewedStep()}) and its
     * {@link TimeMachine#status()}; move with {@link #travel} (or {@link #execute} of {@code back},
     * {@code forward}, {@code goto}).
     */
    public TimeMachine timeMachine() {
        return machine;
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

    /** Asks a running {@code explore} to stop after the schedule under way (the console's Ctrl-C). */
    public void interrupt() {
        interrupted = true;
    }

    /** Runs one line: a command, a view, or quit. Never throws for bad input. */
    public Output execute(String line) {
        interrupted = false;
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
        if (command instanceof View) {
            return view((View) command);
        }
        if (command instanceof Command.Travel) {
            return travel((Command.Travel) command);
        }
        String discarded = null;
        if (machine.inPast()) {
            // A refused command leaves the past shown: the refusals the world would make, first.
            String refusal = machine.refusal(command);
            if (refusal != null) {
                return error(refusal, "the past stays shown; goto " + machine.lastStep() + " returns to the present");
            }
            try {
                discarded = continueHere().line();
            } catch (TravelError e) {
                return error(e.getMessage(), e.hint());
            }
        }
        journal.beginCommand(line, command);
        try {
            world.apply(command);
        } catch (WorldError e) {
            journal.abandonCommand();             // the world refused it: nothing happened
            return error(e.getMessage(), e.hint());
        }
        journal.endCommand();
        AttributedString frame = renderer.frame(world, journal);
        return new Output(discarded == null ? frame : lines(new AttributedString(discarded), frame), Kind.CHANGE);
    }

    /**
     * Moves in time: shows the moment asked for, with the line that says where in time it is
     * below its frame ({@code viewing step 12 of 40 ...}), or an error line (before step 0, after
     * the present).
     */
    public Output travel(Command.Travel move) {
        try {
            machine.move(move);
        } catch (TravelError e) {
            return error(e.getMessage(), e.hint());
        }
        shown();
        return new Output(lines(renderer.frame(world, journal), whereInTime()), Kind.TRAVEL);
    }

    /** The frame of the moment shown (the {@code show} view). */
    public AttributedString frame() {
        return renderer.frame(world, journal);
    }

    /**
     * Where in time the session is: "viewing step 12 of 40 (...)" in the past, "the present:
     * step 40 of 40" otherwise.
     */
    public AttributedString whereInTime() {
        String status = machine.status();
        String text = status != null
                ? status + " (back, forward, goto STEP; a command that changes the world continues from here)"
                : "the present: step " + machine.lastStep() + " of " + machine.lastStep();
        return styled ? new AttributedString(text, AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW))
                : new AttributedString(text);
    }

    /** Makes the moment shown the present, with the replayed trace; the steps after it go. */
    private TimeMachine.Discard continueHere() throws TravelError {
        List<TraceEvent> dropped = new ArrayList<>();
        long lines = traceLines;
        while (traceLines > worldTraceStart && !trace.isEmpty()) {
            dropped.add(trace.removeLast());
            traceLines--;
        }
        traceLines = worldTraceStart;
        try {
            TimeMachine.Discard discard = machine.continueHere(List.of(this::keepTrace));
            shown();
            return discard;
        } catch (TravelError e) {
            for (int i = dropped.size() - 1; i >= 0; i--) {
                trace.addLast(dropped.get(i));
            }
            traceLines = lines;
            throw e;
        }
    }

    /** Points the session's views at the moment the time machine shows. */
    private void shown() {
        world = machine.world();
        journal = machine.journal();
        views = views();
    }

    private ViewTexts views() {
        return new ViewTexts(world, journal, styled, new ViewTexts.Host() {
            @Override
            public List<String> history() {
                return Session.this.history();
            }

            @Override
            public List<TraceEvent> keptTrace() {
                return List.copyOf(trace);
            }

            @Override
            public long traceTotal() {
                return traceLines;
            }

            @Override
            public boolean interrupted() {
                return interrupted;
            }

            @Override
            public int width() {
                return width.getAsInt();
            }

            @Override
            public Timeline.Run timelineRun() {
                return new Timeline.Run(machine.presentWorld(), machine.presentJournal(), machine.viewedStep());
            }
        });
    }

    /** Where the width of the console's terminal is read, for {@code timeline} (80 unless set). */
    public void width(IntSupplier width) {
        this.width = width;
    }

    private static AttributedString lines(AttributedString first, AttributedString second) {
        return new AttributedStringBuilder().append(first).append("\n").append(second).toAttributedString();
    }

    /** A view's text; quit leaves, and a view that cannot be shown is an error line. */
    private Output view(View view) {
        if (view instanceof View.Quit) {
            return new Output(AttributedString.EMPTY, Kind.QUIT);
        }
        if (view instanceof View.Watch && fullScreen) {
            return new Output(AttributedString.EMPTY, Kind.WATCH);
        }
        try {
            return new Output(view.accept(views), Kind.VIEW);
        } catch (ViewTexts.Refused r) {
            return error(r.reason(), r.hint());
        }
    }


    private void keepTrace(TraceEvent event) {
        if (event instanceof TraceEvent.NewWorld) {
            worldTraceStart = traceLines;
        }
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
        return e.unknownCommand().flatMap(w -> Commands.closest(w, Context.CONSOLE))
                .map(best -> "did you mean `" + best + "`? " + e.hint())
                .orElse(e.hint());
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
