package looplab.view;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import looplab.command.Command.View;
import looplab.command.ExploreOptions;
import looplab.explore.Exploration;
import looplab.explore.ExploreLimit;
import looplab.export.Exports;
import looplab.command.CommandSpec;
import looplab.command.Commands;
import looplab.world.Actor;
import looplab.world.TraceEvent;
import looplab.world.World;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The text of every view, for any host that shows them (the console's session, the JShell lab):
 * the one place where a view record meets the class that draws it. A host gives what only it
 * knows ({@link Host}: the lines typed, the trace kept) and may answer a view its own way by
 * overriding it. A view that cannot be shown ({@code where P9}) raises {@link Refused}; each host
 * words that in its own form.
 */
public class ViewTexts implements View.Visitor<AttributedString> {

    /** What a host keeps that the views show. */
    public interface Host {
        /** The lines run so far, oldest first. */
        List<String> history();

        /** The trace events kept for {@code trace}, oldest first. */
        List<TraceEvent> keptTrace();

        /** How many trace events were written in all (the kept ones are the latest). */
        long traceTotal();

        /** Asked between schedules by {@code explore}: true stops it (the console's Ctrl-C). */
        default boolean interrupted() {
            return false;
        }

        /** The width views that fit the terminal draw to ({@code timeline}). */
        default int width() {
            return 80;
        }

        /**
         * The run {@code timeline} draws: the present's, even when a moment of the past is shown;
         * null: the world and journal of these views, at their last step.
         */
        default Timeline.Run timelineRun() {
            return null;
        }
    }

    /** A view that cannot be shown: the reason, and what to type instead. */
    public static final class Refused extends RuntimeException {
        private final String hint;

        Refused(String reason, String hint) {
            super(reason, null, false, false);
            this.hint = hint;
        }

        /** What went wrong. */
        public String reason() {
            return getMessage();
        }

        /** What to type instead. */
        public String hint() {
            return hint;
        }
    }

    /** The world shown. */
    protected final World world;
    private final Journal journal;
    private final Renderer renderer;
    private final HelpView help;
    private final Host host;
    private final boolean styled;

    /** Views of {@code world} and its {@code journal}, styled or not, with what {@code host} keeps. */
    public ViewTexts(World world, Journal journal, boolean styled, Host host) {
        this.world = world;
        this.journal = journal;
        this.renderer = styled ? Renderer.styled() : Renderer.plain();
        this.help = styled ? HelpView.styled() : HelpView.plain();
        this.host = host;
        this.styled = styled;
    }

    @Override
    public AttributedString show(View.Show v) {
        return renderer.frame(world, journal);
    }

    @Override
    public AttributedString queue(View.Queue v) {
        return renderer.queue(world);
    }

    @Override
    public AttributedString tasks(View.Tasks v) {
        return renderer.tasks(world);
    }

    @Override
    public AttributedString ready(View.Ready v) {
        return renderer.ready(world);
    }

    @Override
    public AttributedString timers(View.Timers v) {
        return renderer.timers(world);
    }

    /** @throws Refused without a task name, or when the world has no built-in task of that name */
    @Override
    public AttributedString where(View.Where v) {
        String task = v.task();
        if (task == null || world.actor(task) == null) {
            List<String> names = new ArrayList<>();
            for (Actor a : world.actors()) {
                names.add(a.name());
            }
            String reason = task == null ? "where needs a task name" : "no task named '" + Text.safe(task) + "' in this world";
            String hint = names.isEmpty() ? "spawn a task first"
                    : task == null ? "try: where " + names.get(0) : "one of: " + String.join(", ", names);
            throw new Refused(reason, hint);
        }
        return renderer.where(world, task);
    }

    @Override
    public AttributedString why(View.Why v) {
        return renderer.why(world, journal);
    }

    /** A page of the last kept events as JSON Lines (see {@link TraceView}), under a line saying which. */
    @Override
    public AttributedString trace(View.Trace v) {
        Text t = new Text(styled);
        TraceView.render(t, host.keptTrace(), host.traceTotal(), v.lines().orElse(-1));
        return t.done();
    }

    /** The lines run, numbered from 1. */
    @Override
    public AttributedString history(View.History v) {
        List<String> lines = host.history();
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(String.format("%4d  %s", i + 1, Text.safe(lines.get(i))));
        }
        return b.toAttributedString();
    }

    /** @throws Refused for a word that is no command */
    @Override
    public AttributedString help(View.Help v) {
        String topic = v.topic();
        if (topic != null && Commands.find(topic).isEmpty()) {
            String hint = Commands.closest(topic, CommandSpec.Context.CONSOLE)
                    .map(best -> "did you mean `help " + best + "`? ").orElse("") + "try: help (lists every command)";
            throw new Refused("no command " + Text.item(topic, 30), hint);
        }
        return help.of(v);
    }

    /**
     * The full-screen view is the console's, on a terminal; a host that has none (a pipe, a
     * file, a dumb terminal, JShell) refuses it.
     *
     * @throws Refused always
     */
    @Override
    public AttributedString watch(View.Watch v) {
        throw new Refused("watch needs a full-screen terminal, and this is a pipe, a file, a dumb terminal or JShell",
                "show prints the frame here; start java -jar target/looplab.jar in a terminal to watch");
    }

    /**
     * Every schedule of the world as set up so far, checked ({@code explore}).
     *
     * @throws Refused when the world cannot be explored in that mode
     */
    @Override
    public AttributedString explore(View.Explore v) {
        try {
            return new AttributedString(ExploreView.of(Exploration.explore(world, v.options(), host::interrupted, null)));
        } catch (ExploreLimit e) {
            throw new Refused(e.getMessage(), v.options().mode() == ExploreOptions.Mode.THREADS
                    ? "try: explore (the loop's schedules)" : "try: explore with fewer tasks ready at once");
        }
    }

    /**
     * The run as swimlanes ({@code timeline}), to the host's width: Unicode blocks where the
     * views are styled (a terminal with colours), plain ASCII in a pipe, a file, a dumb terminal,
     * with {@code --no-color} and in JShell.
     *
     * @throws Refused for a window the run does not have
     */
    @Override
    public AttributedString timeline(View.Timeline v) {
        Timeline.Run run = host.timelineRun();
        if (run == null) {
            run = new Timeline.Run(world, journal, world.steps());
        }
        Timeline.Spec spec = new Timeline.Spec(Timeline.By.fromWord(v.by()), v.from(), v.to(), host.width(), styled, true);
        try {
            return Timeline.render(run, spec, styled);
        } catch (Timeline.OutOfRange e) {
            throw new Refused(e.getMessage(), e.hint());
        }
    }

    /**
     * Writes the whole run (what the world applied) to a file and says where.
     *
     * @throws Refused without a format or a file, or when the file cannot be written
     */
    @Override
    public AttributedString export(View.Export v) {
        if (v.format() == null || v.file() == null) {
            String format = v.format() == null ? "html" : v.format();
            throw new Refused(v.format() == null ? "export needs a format and a file" : "export " + format + " needs a file",
                    "try: export " + format + " run." + (format.equals("html") ? "html" : "json"));
        }
        Exports.Format format = Exports.Format.of(v.format()).orElseThrow();
        try {
            return new AttributedString(Text.safe(Exports.write(format, world, Path.of(v.file()),
                    "LoopLab replay: " + Path.of(v.file()).getFileName())));
        } catch (IOException | InvalidPathException e) {
            throw new Refused("cannot write " + Text.safe(v.file()) + ": " + Text.safe(String.valueOf(e.getMessage())),
                    "name a file in a folder that exists and that you can write to");
        } catch (IllegalStateException e) {
            // The replay did not run as the run did (a coroutine of the lab that reaches into the original world).
            throw new Refused("cannot export this run: " + Text.safe(String.valueOf(e.getMessage())),
                    "export a run of the built-in tasks, or of coroutines that reach the queue through their task");
        }
    }

    /** Nothing to show: the host leaves (the console) or says how to (JShell). */
    @Override
    public AttributedString quit(View.Quit v) {
        return AttributedString.EMPTY;
    }
}
