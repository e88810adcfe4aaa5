package looplab.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import looplab.model.EventLoop;
import looplab.model.Queue;
import looplab.model.Task;

/**
 * Memory per idle task: {@code n} tasks, each the anchor's consumer parked in {@code await q.get()}
 * on one empty queue, all resident at once. The heap is measured after a full GC before the loop
 * exists and once every task has parked; the difference, over {@code n}, is what one idle task
 * costs: its task, coroutine, {@code get()} coroutine, getter future, wake-up callback, name, and
 * its share of the loop's and the queue's deques.
 */
final class IdleTasks {
    private IdleTasks() {}

    /** Bytes per idle task, measured with {@code tasks} of them. */
    record Footprint(int tasks, @Column("B/task") double bytesPerTask) implements Result {
        @Override
        public String measure() {
            return "idle_tasks";
        }
    }

    /** Measures with {@code n} idle tasks. */
    static Footprint measure(int n) {
        long before = usedAfterGc();
        EventLoop loop = new EventLoop();
        Queue<Integer> q = new Queue<>(loop, 0);
        Task[] tasks = new Task[n];
        for (int i = 0; i < n; i++) {
            tasks[i] = loop.createTask("Task-" + i, new ItemConsumer(q));
        }
        loop.runUntilIdle();
        if (q.getters().size() != n) {
            throw new IllegalStateException(q.getters().size() + " tasks parked in get(), " + n + " expected");
        }
        long after = usedAfterGc();
        // The array of tasks is the test's, not the model's: leave it out.
        long array = 16 + 4L * n;
        Reference.reachabilityFence(tasks);
        Reference.reachabilityFence(loop);
        return new Footprint(n, (after - before - array) / (double) n);
    }

    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
