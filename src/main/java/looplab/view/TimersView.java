package looplab.view;

import java.util.List;
import looplab.model.EventLoop;
import looplab.model.TimerHandle;
import looplab.world.World;

/** The live timers, earliest first, and where the clock jumps when nothing is ready. */
final class TimersView {
    private TimersView() {}

    /** The section, listing at most {@code max} timers. */
    static void render(Text t, World world, int max) {
        EventLoop loop = world.loop();
        List<TimerHandle> timers = loop.liveTimers();
        t.add("TIMERS", Text.HEAD).add("  ");
        if (timers.isEmpty()) {
            t.add("none").nl();
            return;
        }
        t.add(Text.plural(timers.size(), "timer", "timers") + ", earliest first");
        if (loop.readyCount() == 0 && loop.batchLeft() == 0) {
            t.add("; nothing is ready, so the next iteration jumps the clock to t=" + Text.time(timers.get(0).when()));
        }
        t.nl();
        int n = 0;
        for (TimerHandle h : timers) {
            if (n == max) {
                t.add(Text.IND).add("   ... " + (timers.size() - n) + " more (`timers` lists all)").nl();
                break;
            }
            n++;
            t.add(Text.IND).add("   t=" + Text.time(h.when()) + "  ").add(Labels.handle(h), Text.TIMER).nl();
        }
    }
}
