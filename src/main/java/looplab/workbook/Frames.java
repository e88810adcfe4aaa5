package looplab.workbook;

import looplab.command.Command;
import looplab.view.Journal;
import looplab.view.Renderer;
import looplab.world.World;

/**
 * The lab's bridge to the console's frame renderer ({@code looplab.view}): a {@link Journal}
 * records what each command did, and the {@link Renderer} draws the frame (the user's tasks are
 * the world's, listed after the built-ins).
 */
final class Frames {
    private static final Renderer RENDERER = Renderer.plain();
    private final World world;
    private final Journal journal;

    private Frames(World world) {
        this.world = world;
        this.journal = Journal.attach(world);
    }

    static Frames attach(World world) {
        return new Frames(world);
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

    String frame() {
        // The world's tasks include the user's: the frame's TASKS lists them after the built-ins.
        return RENDERER.frame(world, journal).toString();
    }
}
