package looplab.workbook;

import looplab.model.Coroutine;
import looplab.model.EventLoop;
import looplab.model.Future;
import looplab.model.Queue;
import looplab.model.Sleep;
import looplab.model.Task;

/**
 * What a user-written coroutine ({@link AsyncBody}) holds: its await points and its output.
 * Only these methods switch to other tasks; everything else the body does (a
 * {@code q.putNowait(x)}, a {@code q.getNowait()}, an {@code if}) runs without interruption,
 * exactly as in Python between two {@code await}s. That is why a queue needs no lock.
 *
 * <p>Every method must be called from the body's own thread, during its task's step; called from
 * anywhere else it throws {@link IllegalStateException}.
 */
public final class Async {
    private final ThreadedCoroutine coroutine;

    Async(ThreadedCoroutine coroutine) {
        this.coroutine = coroutine;
    }

    /**
     * {@code await fut}: suspends until the future is done, then returns its result (or throws
     * its exception; a {@link looplab.model.CancelledError} if the future or this task was
     * cancelled). A future that is already done returns at once, without a switch, as in asyncio.
     * Awaiting another {@link Task} waits until that task ends.
     */
    public <R> R await(Future<R> future) {
        return coroutine.awaitFuture(future);
    }

    /**
     * {@code await coro}: runs another coroutine inside this task, as Python's {@code await} does
     * ({@code yield from}): its suspensions are this task's, and an exception thrown in at one
     * of them (a cancellation) reaches it first, so it can clean up. For example
     * {@code String item = t.await(q.get())} runs asyncio's {@code Queue.get} with its exact
     * semantics, and {@code t.await(q.put(x))} its {@code put}.
     *
     * @return what the coroutine returned (the item, for {@code get()})
     */
    public <R> R await(Coroutine coro) {
        return coroutine.awaitCoroutine(coro);
    }

    /**
     * {@code await asyncio.sleep(delay)}: with {@code delay > 0} a timer wakes the task
     * {@code delay} seconds of virtual time later (the task resumes in the iteration after the
     * timer's); with {@code delay <= 0} it yields once, as {@code sleep(0)}.
     */
    public void sleep(double delay) {
        coroutine.awaitCoroutine(Sleep.of(coroutine.loop(), delay));
    }

    /** {@code await asyncio.sleep(0)}: lets every task already ready run, then goes on. */
    public void yield() {
        coroutine.yieldOnce();
    }

    /** {@code print(line)} inside the task: the line goes to the task's output (trace and frame). */
    public void print(Object line) {
        coroutine.print(String.valueOf(line));
    }

    /** The task's name. */
    public String name() {
        return coroutine.name();
    }

    /** The loop's virtual clock ({@code loop.time()}). */
    public double time() {
        return coroutine.loop().time();
    }

    /** The loop this task runs on. */
    public EventLoop loop() {
        return coroutine.loop();
    }

    /**
     * The queue of the world this task runs in. A body that reaches the queue this way, rather
     * than through a variable of the JShell session, can be replayed in another world: what
     * {@code lab.explore()} does for every schedule.
     *
     * @throws IllegalStateException for a coroutine not spawned in a lab
     */
    public Queue<String> queue() {
        Queue<String> q = coroutine.queue();
        if (q == null) {
            throw new IllegalStateException("this coroutine was not spawned in a lab, so it has no world's queue");
        }
        return q;
    }

    /** This task ({@code asyncio.current_task()}). */
    public Task task() {
        return coroutine.loop().currentTask();
    }

    @Override
    public String toString() {
        return "Async[" + coroutine.name() + "]";
    }
}
