package looplab.workbook;

import java.util.List;
import looplab.command.Command.View;
import looplab.view.ViewTexts;
import looplab.world.TraceEvent;
import looplab.world.World;
import org.jline.utils.AttributedString;

/**
 * The lab's answers to the views: the console's, but for the frame ({@code show}), which is the
 * lab's and lists the user tasks too, {@code where} on a coroutine of yours, and {@code quit},
 * which says how JShell is left. {@code history} is the commands the lab ran.
 */
final class LabViews extends ViewTexts {
    private final Lab lab;

    LabViews(Lab lab, World world, Frames frames, List<String> history) {
        super(world, frames.journal(), false, new Host() {
            @Override
            public List<String> history() {
                return history;
            }

            @Override
            public List<TraceEvent> keptTrace() {
                return lab.events();
            }

            @Override
            public long traceTotal() {
                return lab.events().size();
            }
        });
        this.lab = lab;
    }

    /** The text of {@code view}, or the console's message as an {@link IllegalArgumentException}. */
    ViewText text(View view) {
        try {
            return new ViewText(view.accept(this).toString());
        } catch (Refused r) {
            throw new IllegalArgumentException(r.reason() + "\n  " + r.hint());
        }
    }

    @Override
    public AttributedString show(View.Show v) {
        return new AttributedString(lab.frame());
    }

    @Override
    public AttributedString where(View.Where v) {
        if (v.task() != null && lab.userCoroutine(v.task()) != null) {
            throw new IllegalArgumentException("where shows the listings of the built-in tasks, and '" + v.task()
                    + "' is your own coroutine\n  try: lab.state(\"" + v.task() + "\"), or the frame's TASKS");
        }
        return super.where(v);
    }

    @Override
    public AttributedString quit(View.Quit v) {
        return new AttributedString(
                "quit and exit leave the console; JShell leaves with /exit (lab.close() first ends your tasks' threads)");
    }
}
