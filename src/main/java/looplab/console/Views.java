package looplab.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import looplab.command.Command;
import looplab.trace.TraceJson;
import looplab.world.Actor;
import looplab.world.TraceEvent;
import looplab.world.World;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * What the console and the JShell lab answer alike for the views the renderer does not draw:
 * whether a {@code where} names a task of the world, and the texts of {@code trace} and
 * {@code history}.
 */
public final class Views {

    private Views() {
    }

    /** Why a view cannot be shown, in the console's one-line form: the reason and what to type. */
    public record Refusal(String reason, String hint) {
    }

    /** Why {@code where} cannot show its task in {@code world}, or empty if it can. */
    public static Optional<Refusal> refuseWhere(World world, Command.View.Where where) {
        List<String> names = new ArrayList<>();
        for (Actor a : world.actors()) {
            names.add(a.name());
        }
        String task = where.task();
        if (task != null && world.actor(task) != null) {
            return Optional.empty();
        }
        String reason = task == null ? "where needs a task name" : "no task named '" + Session.safe(task) + "' in this world";
        String hint = names.isEmpty() ? "spawn a task first"
                : task == null ? "try: where " + names.get(0) : "one of: " + String.join(", ", names);
        return Optional.of(new Refusal(reason, hint));
    }

    /**
     * The {@code trace [N]} view: the last N of the {@code kept} events as JSON Lines (all of
     * them without N), after a note of how many of the {@code total} written are not shown.
     */
    public static AttributedString trace(List<TraceEvent> kept, long total, Command.View.Trace view) {
        int want = view.lines().orElse(Integer.MAX_VALUE);
        int from = Math.max(0, kept.size() - want);
        AttributedStringBuilder b = new AttributedStringBuilder();
        long skipped = total - (kept.size() - from);
        if (skipped > 0) {
            b.append("(" + skipped + " earlier lines not shown)\n");
        }
        for (int i = from; i < kept.size(); i++) {
            b.append(Session.safe(TraceJson.line(kept.get(i))));
            if (i + 1 < kept.size()) {
                b.append('\n');
            }
        }
        return b.toAttributedString();
    }

    /** The {@code history} view: the lines, numbered from 1. */
    public static AttributedString history(List<String> lines) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(String.format("%4d  %s", i + 1, Session.safe(lines.get(i))));
        }
        return b.toAttributedString();
    }
}
