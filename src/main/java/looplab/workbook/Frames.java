package looplab.workbook;

import java.util.ArrayList;
import java.util.List;
import looplab.model.Task;
import looplab.world.Actor;
import looplab.world.World;

/**
 * The lab's bridge to the console's frame renderer ({@code looplab.view}). Until that renderer
 * is merged, a one-paragraph summary stands in for it.
 */
final class Frames {
    private final World world;
    private String command = "";

    private Frames(World world) {
        this.world = world;
    }

    static Frames attach(World world) {
        return new Frames(world);
    }

    void beginCommand(String text) {
        command = text;
    }

    void endCommand() {
        // nothing to close in the stand-in
    }

    String frame(Lab lab) {
        StringBuilder s = new StringBuilder();
        s.append("after `").append(command).append("`: t=").append(world.loop().time())
                .append(" steps=").append(world.steps()).append('\n');
        List<String> items = new ArrayList<>();
        for (String item : world.queue().contents()) {
            items.add(item == null ? "None" : "'" + item + "'");
        }
        s.append("  queue: ").append(items).append(" unfinished=").append(world.queue().unfinishedTasks()).append('\n');
        s.append("  tasks:");
        for (Actor a : world.actors()) {
            s.append(' ').append(a.name()).append('=').append(a.task().awaiting().word());
        }
        for (Task t : lab.userTaskList()) {
            s.append(' ').append(t.name()).append('=').append(t.awaiting().word());
        }
        return s.toString();
    }
}
