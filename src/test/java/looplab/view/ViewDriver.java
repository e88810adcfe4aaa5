package looplab.view;

import java.util.List;
import java.util.Optional;
import looplab.command.Command;
import looplab.command.Command.View;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.world.World;
import looplab.world.WorldError;
import org.jline.utils.AttributedString;

/**
 * Drives a world from console lines and renders what a console would print after each:
 * the frame after a command that changes the world, the view for a view. Test-only; the
 * console has its own loop.
 */
final class ViewDriver {
    final World world = new World();
    final Journal journal = Journal.attach(world);
    final Renderer renderer = Renderer.plain();

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
            return ((View) c).accept(new View.Visitor<AttributedString>() {
                @Override public AttributedString show(View.Show v) { return renderer.frame(world, journal); }
                @Override public AttributedString queue(View.Queue v) { return renderer.queue(world); }
                @Override public AttributedString tasks(View.Tasks v) { return renderer.tasks(world); }
                @Override public AttributedString ready(View.Ready v) { return renderer.ready(world); }
                @Override public AttributedString timers(View.Timers v) { return renderer.timers(world); }
                @Override public AttributedString why(View.Why v) { return renderer.why(world, journal); }
                @Override public AttributedString where(View.Where v) { return renderer.where(world, v.task()); }
                @Override public AttributedString help(View.Help v) {
                    return HelpView.plain().of(v);
                }
                @Override public AttributedString trace(View.Trace v) { return AttributedString.EMPTY; }
                @Override public AttributedString history(View.History v) { return AttributedString.EMPTY; }
                @Override public AttributedString quit(View.Quit v) { return AttributedString.EMPTY; }
            }).toString();
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
