package looplab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import looplab.model.EventLoop;
import looplab.model.Handle;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.model.TimerHandle;
import looplab.world.Actor;
import looplab.world.World;

/**
 * The world at one moment as data, worded as the console's views word it: the queue's items as
 * {@code repr}s, the ready handles and timers by their labels, every built-in task's progress and
 * state. An export (the replay page) lays these out; it never words them itself.
 *
 * @param clock     the virtual clock, as the frame shows it ({@code 0.397})
 * @param iteration iterations begun
 * @param steps     task steps run
 * @param batchLeft handles of the iteration under way still to run (the head of {@code ready})
 * @param queue     the queue
 * @param ready     the ready queue's handles, head first
 * @param timers    the live timers, earliest first
 * @param tasks     the built-in tasks, in spawn order
 */
public record Snapshot(String clock, long iteration, long steps, int batchLeft, QueueState queue, List<String> ready,
        List<TimerState> timers, List<TaskState> tasks) {

    /**
     * The queue: its kind's word, its bound (0: unbounded), its items in {@code get()} order,
     * the unfinished count, and the tasks waiting in get() and put().
     */
    public record QueueState(String kind, int maxsize, List<String> items, int unfinished, List<String> getters,
            List<String> putters) {}

    /** A timer: its deadline as the views show it, and its label. */
    public record TimerState(String at, String label) {}

    /**
     * A task: name, role word, progress ({@code 1/3 produced}), state ({@code sleeping until
     * t=0.397}), the state's category ({@code sleeping}), and the line of its listing where it is
     * suspended (1 before its first step, 0 when unknown).
     */
    public record TaskState(String name, String role, String progress, String state, String category, int line) {}

    /** The world as it is now. */
    public static Snapshot of(World world) {
        EventLoop loop = world.loop();
        Queue<String> q = world.queue();
        List<String> items = new ArrayList<>(q.qsize());
        for (String item : q.contents()) {
            items.add(Text.item(item));
        }
        QueueState queue = new QueueState(world.kind().word(), q.maxsize(), items, q.unfinishedTasks(),
                QueueView.waiterNames(q.getters()), QueueView.waiterNames(q.putters()));
        List<String> ready = new ArrayList<>();
        for (Handle h : loop.readyHandles()) {
            ready.add(Labels.handle(h));
        }
        List<TimerState> timers = new ArrayList<>();
        for (TimerHandle h : loop.liveTimers()) {
            timers.add(new TimerState(Text.time(h.when()), Labels.handle(h)));
        }
        Map<Task, TimerHandle> sleeps = TaskStates.sleepTimers(world);
        List<TaskState> tasks = new ArrayList<>();
        for (Actor a : world.actors()) {
            tasks.add(new TaskState(Text.safe(a.name()), a.role().word(), TasksView.progress(a),
                    TaskStates.now(a.task(), sleeps.get(a.task()), a.heldItem()),
                    TaskStates.Category.of(a.task()).words, WhereView.mark(a)));
        }
        return new Snapshot(Text.time(loop.time()), loop.iterations(), loop.taskSteps(), loop.batchLeft(), queue, ready,
                timers, tasks);
    }
}
