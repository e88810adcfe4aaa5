package looplab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import looplab.command.Command;
import looplab.command.Command.View;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.world.TraceEvent;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * Drives a world from console lines and renders what a console would print after each:
 * the frame after a command that changes the world, the view for a view. Test-only; the
 * console has its own loop.
 */
final class ViewDriver {
    final World world = new World();
    final Journal journal = Journal.attach(world);
    final Renderer renderer = Renderer.plain();
    final List<String> history = new ArrayList<>();
    final List<TraceEvent> trace = new ArrayList<>();
    final ViewTexts views = new ViewTexts(world, journal, false, new ViewTexts.Host() {
        @Override
        public List<String> history() {
            return history;
        }

        @Override
        public List<TraceEvent> keptTrace() {
            return trace;
        }

        @Override
        public long traceTotal() {
            return trace.size();
        }
    });

    ViewDriver() {
        world.addListener(trace::add);
    }

    /** Runs the lines; returns the transcript, each line echoed after a prompt. */
    String transcript(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            out.append("looplab> ").append(line).append('\n');
            out.append(run(line)).append('\n');
        }
        return out.toString();
    }

    String run(String line) {
        history.add(line.strip());
        Optional<Command> parsed;
        try {
            parsed = Parser.parseLine(line, 0, world.kind());
        } catch (ScriptError e) {
            return "error: " + e.getMessage() + (e.hint().isEmpty() ? "" : " (" + e.hint() + ")");
        }
        if (parsed.isEmpty()) {
            return "";
        }
        Command c = parsed.get();
        if (c instanceof View) {
            try {
                return ((View) c).accept(views).toString();
            } catch (ViewTexts.Refused r) {
                return "error: " + r.reason() + " (" + r.hint() + ")";
            }
        }
        journal.beginCommand(line, c);
        try {
            world.apply(c);
        } catch (WorldError e) {
            journal.abandonCommand();
            return "error: " + e.getMessage() + " (" + e.hint() + ")";
        }
        journal.endCommand();
        String plain = renderer.frame(world, journal).toString();
        String styled = Renderer.styled().frame(world, journal).toString();
        if (!plain.equals(styled)) {
            throw new AssertionError("styled and plain frames differ:\n" + plain + "\n---\n" + styled);
        }
        return plain;
    }

    public static void main(String[] args) {
        System.out.print(new ViewDriver().transcript(List.of(args)));
    }
}
