package looplab.view;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import looplab.command.Command.Role;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.Task;
import looplab.world.Actor;

/**
 * The built-in tasks of a world counted by role and by {@link TaskStates.Category}, kept up to
 * date from the loop's events so that a frame's summary of a big world costs what the last
 * command touched, not the size of the world (a frame that counted every task after every
 * {@code spawn} made spawning n tasks cost n²).
 *
 * <p>A task's category changes only when its step ends, when a future it waits on completes, or
 * when a handle of it is scheduled; each of these marks it, and {@link #count} re-reads the
 * marked tasks alone.
 */
final class TaskCensus {
    private final Map<Task, TaskStates.Category> categories = new IdentityHashMap<>();
    private final Set<Task> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int[] counts = new int[TaskStates.Category.values().length];
    private int producers;

    /** A fresh world: nothing counted. */
    void clear() {
        categories.clear();
        marked.clear();
        Arrays.fill(counts, 0);
        producers = 0;
    }

    /** A built-in task joined the world. */
    void spawned(Actor actor) {
        if (actor.role() == Role.PRODUCER) {
            producers++;
        }
        TaskStates.Category c = TaskStates.Category.of(actor.task());
        categories.put(actor.task(), c);
        counts[c.ordinal()]++;
    }

    /** The task's category may have changed (null, or a task that is not a built-in: ignored). */
    void touched(Task task) {
        if (task != null && categories.containsKey(task)) {
            marked.add(task);
        }
    }

    void touched(Handle handle) {
        touched(handle.task());
    }

    void touched(Future<?> future) {
        touched(future.waiter());
    }

    /** How many built-in tasks are producers. */
    int producers() {
        return producers;
    }

    /** How many built-in tasks are in category {@code c} now. */
    int count(TaskStates.Category c) {
        for (Task task : marked) {
            TaskStates.Category now = TaskStates.Category.of(task);
            TaskStates.Category was = categories.put(task, now);
            counts[was.ordinal()]--;
            counts[now.ordinal()]++;
        }
        marked.clear();
        return counts[c.ordinal()];
    }
}
