package looplab.view;

import java.util.List;
import looplab.builtins.Builtin;
import looplab.command.Command.Role;
import looplab.model.Awaiting;
import looplab.model.SuspensionPoint;
import looplab.world.Actor;
import looplab.world.World;

/** {@code where TASK}: the task's Python listing and its Java twin, marked at the line where it is suspended. */
final class WhereView {
    private WhereView() {}

    /** The listings of {@code taskName}, a built-in task of {@code world} ({@link ViewTexts} refuses others). */
    static void render(Text t, World world, String taskName) {
        Actor a = world.actor(taskName);
        status(t, world, a);
        t.nl();
        t.add("Python (spec section 2)", Text.HEAD).nl();
        listing(t, a.listing(), mark(a), 0, a.listing().size());
        t.add("Java twin (looplab.builtins." + (a.role() == Role.PRODUCER ? "Producer" : "Consumer")
                + ".resume: one call is one task step)", Text.HEAD).nl();
        Builtin builtin = a.builtin();
        List<String> java = builtin.javaListing();
        listing(t, java, builtin.suspendedAt() == null ? 0 : builtin.suspendedAt().javaLine(), 0, java.size());
    }

    /** One line, unended: the task, its role, and the line it is suspended at (or that it has not started or has ended). */
    static void status(Text t, World world, Actor a) {
        SuspensionPoint at = a.suspendedAt();
        String name = Text.safe(a.name());
        Awaiting awaiting = a.task().awaiting();
        t.add(name, Text.TASK).add(" (" + a.role().word() + ") ");
        if (awaiting == Awaiting.START) {
            t.add("has not started: its first step runs from line 1");
        } else if (awaiting.ended()) {
            t.add("has ended (" + awaiting.word() + ")" + (at != null && at.line() > 0 ? "; it last ran line " + at.line() : ""));
        } else {
            t.add("is suspended at line " + at.line() + " `" + at.label() + "`: "
                    + TaskStates.now(a.task(), TaskStates.sleepTimers(world).get(a.task()), a.heldItem()));
        }
    }

    /** The line of the Python listing to mark: where the task is suspended (1 before its first step; 0 for none). */
    static int mark(Actor a) {
        SuspensionPoint at = a.suspendedAt();
        return a.task().awaiting() == Awaiting.START ? 1 : at == null ? 0 : at.line();
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive, 0-based) of a listing, numbered, {@code mark} (1-based) marked. */
    static void listing(Text t, List<String> lines, int mark, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean here = i + 1 == mark;
            t.add(here ? " -> " : "    ", Text.MARK);
            t.add(String.format("%2d  ", i + 1), Text.DIM);
            if (here) {
                t.add(lines.get(i), Text.RAN);
            } else {
                t.add(lines.get(i));
            }
            t.nl();
        }
    }
}
