package looplab.bench;

import java.util.List;
import looplab.model.Coroutine;
import looplab.model.Queue;

/**
 * The anchor's consumer, line for line: {@code while await q.get() is not None: pass}. It awaits
 * the model's real {@code get()} coroutine, reused from one item to the next as the built-in
 * consumer does, and counts what it got so that a bench cannot silently measure nothing.
 */
public final class ItemConsumer extends Coroutine {
    /** The Python this coroutine mirrors. */
    public static final List<String> LISTING = List.of(
            "async def consumer():",
            "    while await q.get() is not None:",
            "        pass");

    private final Queue<Integer>.Get get;
    private boolean started;
    private long consumed;

    /** {@code consumer()} on {@code queue}. */
    public ItemConsumer(Queue<Integer> queue) {
        this.get = queue.newGet();
    }

    /** How many items (the sentinel not counted) it has got. */
    public long consumed() {
        return consumed;
    }

    @Override
    public Object resume(RuntimeException thrown) {
        if (firstResume(started, thrown)) {
            started = true;
            get.start();
        }
        while (true) {
            Object suspension = get.resume(thrown);       // await q.get()
            if (suspension != DONE) {
                return suspension;
            }
            thrown = null;
            if (get.result() == null) {                   // ... is not None
                return finish(null);
            }
            consumed++;                                   // pass
            get.start();
        }
    }
}
