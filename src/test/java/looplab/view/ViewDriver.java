package looplab.view;

import java.util.List;
import java.util.Optional;
import looplab.command.Command;
import looplab.command.Parser;
import looplab.command.ScriptError;
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
        if (c instanceof Command.View) {
            Command.View v = (Command.View) c;
            switch (v.name()) {
                case "show": return renderer.frame(world, journal).toString();
                case "queue": return renderer.queue(world).toString();
                case "tasks": return renderer.tasks(world).toString();
                case "ready": return renderer.ready(world).toString();
                case "timers": return renderer.timers(world).toString();
                case "why": return renderer.why(world, journal).toString();
                case "where": return renderer.where(world, v.args().isEmpty() ? null : v.args().get(0)).toString();
                case "help": return (v.args().isEmpty() ? renderer.help() : renderer.help(v.args().get(0))).toString();
                default: return "";
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
