package looplab.view;

import java.util.List;
import looplab.model.EventLoop;
import looplab.model.Handle;
import looplab.world.World;

/** The ready queue, head first, every handle labelled, split where the batch under way ends. */
final class ReadyView {
    private ReadyView() {}

    /** The section, listing at most {@code max} handles. */
    static void render(Text t, World world, int max) {
        EventLoop loop = world.loop();
        List<Handle> ready = loop.readyHandles(max);
        int total = loop.readyCount();
        int batch = loop.batchLeft();
        t.add("READY", Text.HEAD).add("   ");
        if (total == 0) {
            t.add("empty").nl();
            return;
        }
        t.add(Text.plural(total, "handle", "handles"));
        if (batch > 0) {
            t.add(": " + batch + " left in iteration " + loop.iterations() + "'s batch, "
                    + (total - batch) + " for the next iteration");
        } else {
            t.add(", run in this order by the next iteration");
        }
        t.nl();
        int n = 0;
        for (Handle h : ready) {
            if (batch > 0 && n == batch) {
                t.add(Text.IND).add("   -- scheduled during iteration " + loop.iterations() + ": next iteration --",
                        Text.DIM).nl();
            }
            n++;
            t.add(Text.IND).add(String.format("%3d. ", n));
            t.add(Labels.handle(h), h.purpose() == Handle.Purpose.SLEEP_TIMER ? Text.TIMER : Text.TASK).nl();
        }
        if (total > n) {
            t.add(Text.IND).add("   ... " + (total - n) + " more (`ready` lists all)").nl();
        }
    }
}
