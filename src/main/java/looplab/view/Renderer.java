package looplab.view;

import looplab.world.World;
import org.jline.utils.AttributedString;

/**
 * The views' entry point: the frame shown after each command, each view alone ({@code queue},
 * {@code tasks}, {@code ready}, {@code timers}), {@code where}, {@code why}, the idle diagnosis
 *, each drawn by its own class from the world and the journal's facts. It only reads;
 * the same world and journal always give the same text. {@link #plain()} has no styles at all;
 * {@link #styled()} adds colour, and its strings' {@code toString()} is the same plain text.
 *
 * <p>Big worlds stay readable: the frame shows at most 12 tasks (then a summary by state), 8
 * ready handles and timers, 8 queue slots and 8 waiter names; the views alone list everything.
 */
public final class Renderer {
    private final boolean styled;

    private Renderer(boolean styled) {
        this.styled = styled;
    }

    /** A renderer without styles: plain text for pipes, files, tests and JShell. */
    public static Renderer plain() {
        return new Renderer(false);
    }

    /** A renderer with colours for a terminal; its strings' {@code toString()} is the plain text. */
    public static Renderer styled() {
        return new Renderer(true);
    }

    private Text text() {
        return new Text(styled);
    }

    /** What the last command did and the whole world after it, compactly. */
    public AttributedString frame(World world, Journal journal) {
        Text t = text();
        FrameView.render(t, world, journal.last(), journal.census());
        return t.done();
    }

    /** The frame's first part: its header and what the last command did (the world's sections left out). */
    public AttributedString happened(World world, Journal journal) {
        Text t = text();
        FrameView.renderHappened(t, world, journal.last());
        return t.done();
    }

    /** The queue alone: every slot, the unfinished count and every waiting task. */
    public AttributedString queue(World world) {
        Text t = text();
        QueueView.render(t, world, Integer.MAX_VALUE, Integer.MAX_VALUE);
        return t.done();
    }

    /** The ready queue alone, head first, every handle labelled. */
    public AttributedString ready(World world) {
        Text t = text();
        ReadyView.render(t, world, Integer.MAX_VALUE);
        return t.done();
    }

    /** The live timers alone, earliest first. */
    public AttributedString timers(World world) {
        Text t = text();
        TimersView.render(t, world, Integer.MAX_VALUE);
        return t.done();
    }

    /** Every task, one line each: role, state, what it awaits, progress. */
    public AttributedString tasks(World world) {
        Text t = text();
        TasksView.render(t, world, null, null);
        TasksView.exactTimes(t, world);      // the `tasks` view only: the frames round to 3 decimals
        return t.done();
    }

    /** A built-in task's Python listing and Java twin, marked at the line where it is suspended. */
    public AttributedString where(World world, String taskName) {
        Text t = text();
        WhereView.render(t, world, taskName);
        return t.done();
    }

    /** The last command's last step, or what it did, explained in plain words. */
    public AttributedString why(World world, Journal journal) {
        Text t = text();
        WhyView.render(t, world, journal.last());
        return t.done();
    }

    /** When the loop is idle with tasks not done: who waits on what, and why nothing can wake them. */
    public AttributedString idleDiagnosis(World world) {
        Text t = text();
        IdleDiagnosis.render(t, world);
        return t.done();
    }
}
