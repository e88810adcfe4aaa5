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
        List<TimerHandle> timers = loop.liveTimers(Math.max(1, max));   // the earliest, even when none is listed
        int total = loop.liveTimerCount();
        t.add("TIMERS", Text.HEAD).add("  ");
        if (total == 0) {
            t.add("none").nl();
            return;
        }
        t.add(Text.plural(total, "timer", "timers") + ", earliest first");
        if (loop.readyCount() == 0 && loop.batchLeft() == 0) {
            t.add("; nothing is ready, so the next iteration jumps the clock to t=" + Text.time(timers.get(0).when()));
        }
        t.nl();
        int n = 0;
        for (TimerHandle h : timers) {
            if (n == max) {
                break;
            }
            n++;
            t.add(Text.IND).add("   t=" + Text.time(h.when()) + "  ").add(Labels.handle(h), Text.TIMER).nl();
        }
        if (total > n) {
            t.add(Text.IND).add("   ... " + (total - n) + " more (`timers` lists all)").nl();
        }
    }
}
