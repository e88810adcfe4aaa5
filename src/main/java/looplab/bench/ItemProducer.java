package looplab.bench;

import java.util.List;
import looplab.model.Coroutine;
import looplab.model.Queue;

/**
 * The anchor's producer, line for line: {@code for i in range(k): await q.put(i)}, then (in
 * {@code pingpong} and {@code unbounded}, not in {@code fanin}) {@code await q.put(None)}. It
 * awaits the model's real {@code put()} coroutine, reused from one item to the next as the
 * built-in producer does.
 */
public final class ItemProducer extends Coroutine {
    /** The Python this coroutine mirrors. */
    public static final List<String> LISTING = List.of(
            "async def producer(k):",
            "    for i in range(k):",
            "        await q.put(i)",
            "    await q.put(None)          # pingpong and unbounded only");

    private enum At { START, PUT_ITEM, PUT_SENTINEL, RETURNED }

    private final Queue<Integer>.Put put;
    private final int count;
    private final boolean sentinel;
    private At at = At.START;
    private int i;

    /** {@code producer(k)} on {@code queue}; {@code sentinel}: put {@code None} after the items. */
    public ItemProducer(Queue<Integer> queue, int count, boolean sentinel) {
        this.put = queue.newPut();
        this.count = count;
        this.sentinel = sentinel;
    }

    /** How many items it has put (the sentinel not counted). */
    public int produced() {
        return at == At.PUT_ITEM ? i : at == At.START ? 0 : count;
    }

    @Override
    public Object resume(RuntimeException thrown) {
        if (at == At.START) {
            if (thrown != null) {
                throw thrown;
            }
            i = 0;
            at = loopHead();
        }
        while (at != At.RETURNED) {
            Object suspension = put.resume(thrown);       // await q.put(...)
            if (suspension != DONE) {
                return suspension;
            }
            thrown = null;
            if (at == At.PUT_ITEM) {
                i++;
                at = loopHead();
            } else {
                at = At.RETURNED;
            }
        }
        return finish(null);
    }

    /** The head of the for loop, then the line after it: what to await next. */
    private At loopHead() {
        if (i < count) {
            put.start(i);
            return At.PUT_ITEM;
        }
        if (sentinel) {
            put.start(null);
            return At.PUT_SENTINEL;
        }
        return At.RETURNED;
    }
}
