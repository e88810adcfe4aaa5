package looplab.workbook;

import java.util.List;
import looplab.command.Command;
import looplab.model.Task;
import looplab.view.Journal;
import looplab.view.Renderer;
import looplab.view.TaskStates;
import looplab.world.World;

/**
 * The lab's bridge to the console's frame renderer ({@code looplab.view}): a {@link Journal}
 * records what each command did, the {@link Renderer} draws the frame, and the user tasks, which
 * the world does not know, get a section of their own below it.
 */
final class Frames {
    private static final Renderer RENDERER = Renderer.plain();
    private final World world;
    private final Journal journal;

    private Frames(World world, Journal journal) {
        this.world = world;
        this.journal = journal;
    }

    static Frames attach(World world) {
        return new Frames(world, Journal.attach(world));
    }

    /** The frames of {@code world} as {@code journal} (the time machine's moment) tells them. */
    static Frames of(World world, Journal journal) {
        return new Frames(world, journal);
    }

    void beginCommand(String text, Command command) {
        journal.beginCommand(text, command);
    }

    void endCommand() {
        journal.endCommand();
    }

    /** The journal of the lab's commands, for the views that explain them ({@code why}). */
    Journal journal() {
        return journal;
    }

    String frame(Lab lab) {
        String frame = RENDERER.frame(world, journal).toString();
        List<Task> mine = lab.userTaskList();
        if (mine.isEmpty()) {
            return frame;
        }
        // The renderer knows only the built-ins; the user tasks follow below.
        frame = frame.replace("TASKS   none yet (try: spawn producer, spawn consumer)\n", "");
        StringBuilder s = new StringBuilder(frame);
        if (s.length() > 0 && s.charAt(s.length() - 1) != '\n') {
            s.append('\n');
        }
        s.append("YOUR TASKS   ").append(mine.size()).append(mine.size() == 1 ? " coroutine" : " coroutines")
                .append(" written in Java\n");
        int width = 2;
        for (Task t : mine) {
            width = Math.max(width, Math.min(16, t.name().length()));
        }
        for (Task t : mine) {
            String name = t.name().length() > 16 ? t.name().substring(0, 15) + "~" : t.name();
            s.append("      ").append(name).append(" ".repeat(width - name.length() + 2))
                    .append(userState(t, lab.userCoroutine(t.name()))).append('\n');
        }
        return s.toString();
    }

    private static String userState(Task task, ThreadedCoroutine coroutine) {
        return TaskStates.ofUserTask(task, coroutine == null ? null : coroutine.suspendedAt());
    }
}
