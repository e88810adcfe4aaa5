package looplab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import looplab.model.Awaiting;
import looplab.model.Callback;
import looplab.model.Coroutine;
import looplab.model.EventLoop;
import looplab.model.Future;

/**
 * {@code asyncio.gather(*aws)} as CPython 3.11 writes it, reduced to what the bench uses: each
 * coroutine is wrapped in a task ({@code ensure_future}), a future is taken as it is; one
 * done-callback per child ({@code _done_callback}) counts the finished children, and the outer
 * future gets the list of results when the last one is done. As in asyncio, a child that fails or
 * is cancelled fails the outer future at once ({@code return_exceptions=False}).
 *
 * <p>The done-callbacks are scheduled by the model like any other ({@code call_soon}), so a gather
 * costs the loop what it costs asyncio: one handle per child, and one more to wake the awaiting task.
 * Not modelled: cancelling the outer future (a {@code _GatheringFuture} cancels its children).
 */
public final class Gather extends Future<List<Object>> implements Callback {
    private final List<Future<?>> children;
    private int finished;

    private Gather(EventLoop loop, List<Future<?>> children) {
        super(loop, Awaiting.FUTURE);
        this.children = children;
        for (Future<?> child : children) {
            child.addDoneCallback(this);
        }
    }

    /** {@code asyncio.gather(*futures)} over tasks or futures that already exist. */
    public static Gather of(EventLoop loop, List<? extends Future<?>> futures) {
        return new Gather(loop, Collections.unmodifiableList(new ArrayList<>(futures)));
    }

    /** {@code asyncio.gather(*coros)}: each coroutine becomes a task named {@code name-k}, in order. */
    public static Gather ofCoroutines(EventLoop loop, String name, List<? extends Coroutine> coros) {
        List<Future<?>> tasks = new ArrayList<>(coros.size());
        int k = 0;
        for (Coroutine coro : coros) {
            tasks.add(loop.createTask(name + "-" + k++, coro));
        }
        return new Gather(loop, Collections.unmodifiableList(tasks));
    }

    /** {@code asyncio.gather(a, b)}: two coroutines, each its own task. */
    public static Gather of(EventLoop loop, String nameA, Coroutine a, String nameB, Coroutine b) {
        return of(loop, Arrays.asList(loop.createTask(nameA, a), loop.createTask(nameB, b)));
    }

    /** The children, in the order given. */
    public List<Future<?>> children() {
        return children;
    }

    /** {@code _done_callback(fut)}: called (through the loop) once per finished child. */
    @Override
    public void call(Object arg) {
        Future<?> child = (Future<?>) arg;
        finished++;
        if (done()) {
            return;                                   // already failed by an earlier child
        }
        if (child.cancelled()) {
            cancel();                                 // asyncio sets the CancelledError instead: same effect on the awaiter
            return;
        }
        Throwable error = child.exception();
        if (error != null) {
            setException(error);
            return;
        }
        if (finished == children.size()) {
            List<Object> results = new ArrayList<>(children.size());
            for (Future<?> c : children) {
                results.add(c.result());
            }
            setResult(results);
        }
    }
}
