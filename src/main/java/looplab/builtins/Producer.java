package looplab.builtins;

import java.util.List;
import java.util.function.DoubleSupplier;
import looplab.model.Coroutine;
import looplab.model.Queue;
import looplab.model.Sleep;
import looplab.model.SuspensionPoint;

/**
 * The spec's producer, line for line (its {@link #LISTING}). Each {@code await} is a state of
 * {@link At}; {@link #resume} runs from the state it is in to the next {@code await}.
 */
public final class Producer extends Coroutine {
    /** The Python this coroutine mirrors; {@link At#line()} points into it (1-based). */
    public static final List<String> LISTING = List.of(
            "async def producer(queue, name, count, delay, sentinel):",
            "    for i in range(count):",
            "        item = f\"Item {i} from {name}\"",
            "        await queue.put(item)",
            "        print(f\"Producer {name} added: {item}\")",
            "        await asyncio.sleep(delay())      # delay() draws when called",
            "    if sentinel:",
            "        await queue.put(None)",
            "        print(f\"Producer {name} finished\")");

    /** Where a producer can be: not started, at one of its three awaits, or returned. */
    public enum At implements SuspensionPoint {
        START("not started", 1),
        PUT_ITEM("await queue.put(item)", 4),
        SLEEP("await asyncio.sleep(delay())", 6),
        PUT_SENTINEL("await queue.put(None)", 8),
        RETURNED("returned", 9);

        private final String label;
        private final int line;

        At(String label, int line) {
            this.label = label;
            this.line = line;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public int line() {
            return line;
        }
    }

    private final Queue<String> queue;
    private final String name;
    private final int count;
    private final DoubleSupplier delay;
    private final boolean sentinel;
    private final Queue<String>.Put put;
    private final Sleep sleep;
    private At at = At.START;
    private int i;
    private String item;

    /** {@code producer(queue, name, count, delay, sentinel)}; {@code delay} is drawn before each sleep. */
    public Producer(Queue<String> queue, String name, int count, DoubleSupplier delay, boolean sentinel) {
        this.queue = queue;
        this.name = name;
        this.count = count;
        this.delay = delay;
        this.sentinel = sentinel;
        this.put = queue.newPut();
        this.sleep = new Sleep(queue.loop());
    }

    /** How many items this producer puts (the {@code count} drawn or given). */
    public int count() {
        return count;
    }

    /** How many items it has put so far. */
    public int produced() {
        return at == At.START ? 0 : at == At.PUT_ITEM ? i : Math.min(i + 1, count);
    }

    /** Whether it puts {@code None} after its items. */
    public boolean sentinel() {
        return sentinel;
    }

    /** The item it is putting (or last put), or {@code null}. */
    public String item() {
        return item;
    }

    @Override
    public At suspendedAt() {
        return at;
    }

    @Override
    public Object resume(RuntimeException thrown) {
        Object suspension;
        while (true) {
            switch (at) {
                case START:
                    if (thrown != null) {
                        throw thrown;              // cancelled before its first line ran
                    }
                    i = 0;
                    if (loopHead()) {
                        continue;
                    }
                    return finish(null);
                case PUT_ITEM:
                    if ((suspension = put.resume(thrown)) != DONE) {
                        return suspension;
                    }
                    thrown = null;
                    print("Producer " + name + " added: " + item);
                    at = At.SLEEP;
                    sleep.start(delay.getAsDouble());
                    continue;
                case SLEEP:
                    if ((suspension = sleep.resume(thrown)) != DONE) {
                        return suspension;
                    }
                    thrown = null;
                    i++;
                    if (loopHead()) {
                        continue;
                    }
                    return finish(null);
                case PUT_SENTINEL:
                    if ((suspension = put.resume(thrown)) != DONE) {
                        return suspension;
                    }
                    print("Producer " + name + " finished");
                    at = At.RETURNED;
                    return finish(null);
                default:
                    throw new IllegalStateException("producer " + name + " resumed after it returned");
            }
        }
    }

    /** Lines 2-3 and 7: the next await to run, or false when the coroutine returns. */
    private boolean loopHead() {
        if (i < count) {
            item = "Item " + i + " from " + name;
            at = At.PUT_ITEM;
            put.start(item);
            return true;
        }
        if (sentinel) {
            item = null;
            at = At.PUT_SENTINEL;
            put.start(null);
            return true;
        }
        at = At.RETURNED;
        return false;
    }

    private void print(String line) {
        queue.loop().currentTask().print(line);
    }
}
