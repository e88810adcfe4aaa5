package looplab.workbook;

import java.util.List;
import looplab.command.Command.View;
import looplab.console.Views;
import looplab.view.HelpView;
import looplab.view.Renderer;
import looplab.world.World;

/**
 * The lab's answers to the views, with the console's renderer and texts. The frame ({@code show})
 * is the lab's, which lists the user tasks too; {@code history} is the commands the lab ran.
 */
final class LabViews implements View.Visitor<String> {
    private static final Renderer RENDERER = Renderer.plain();

    private final Lab lab;
    private final World world;
    private final Frames frames;
    private final List<String> history;

    LabViews(Lab lab, World world, Frames frames, List<String> history) {
        this.lab = lab;
        this.world = world;
        this.frames = frames;
        this.history = history;
    }

    @Override
    public String show(View.Show v) {
        return lab.frame();
    }

    @Override
    public String queue(View.Queue v) {
        return RENDERER.queue(world).toString();
    }

    @Override
    public String tasks(View.Tasks v) {
        return RENDERER.tasks(world).toString();
    }

    @Override
    public String ready(View.Ready v) {
        return RENDERER.ready(world).toString();
    }

    @Override
    public String timers(View.Timers v) {
        return RENDERER.timers(world).toString();
    }

    /** @throws IllegalArgumentException with the console's message if there is no such built-in task */
    @Override
    public String where(View.Where v) {
        if (v.task() != null && lab.userCoroutine(v.task()) != null) {
            throw new IllegalArgumentException("where shows the listings of the built-in tasks, and '" + v.task()
                    + "' is your own coroutine\n  try: lab.state(\"" + v.task() + "\"), or the frame's YOUR TASKS");
        }
        Views.refuseWhere(world, v).ifPresent(r -> {
            throw new IllegalArgumentException(r.reason() + "\n  " + r.hint());
        });
        return RENDERER.where(world, v.task()).toString();
    }

    @Override
    public String why(View.Why v) {
        return RENDERER.why(world, frames.journal()).toString();
    }

    @Override
    public String trace(View.Trace v) {
        return Views.trace(lab.events(), lab.events().size(), v).toString();
    }

    @Override
    public String history(View.History v) {
        return Views.history(history).toString();
    }

    @Override
    public String help(View.Help v) {
        return HelpView.plain().of(v).toString();
    }

    @Override
    public String quit(View.Quit v) {
        return "quit and exit leave the console; JShell leaves with /exit (lab.close() first ends your tasks' threads)";
    }
}
