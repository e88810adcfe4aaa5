package looplab.builtins;

import java.util.List;
import java.util.function.DoubleSupplier;
import looplab.model.Coroutine;
import looplab.model.Queue;
import looplab.model.Sleep;
import looplab.model.SuspensionPoint;

/**
 * The spec's consumer, line for line (its {@link #LISTING}). Each {@code await} is a state of
 * {@link At}; {@link #resume} runs from the state it is in to the next {@code await}.
 */
public final class Consumer extends Coroutine {
    /** The Python this coroutine mirrors; {@link At#line()} points into it (1-based). */
    public static final List<String> LISTING = List.of(
            "async def consumer(queue, name, delay):",
            "    while True:",
            "        item = await queue.get()",
            "        if item is None:",
            "            queue.task_done()",
            "            print(f\"Consumer {name} finished\")",
            "            return",
            "        print(f\"Consumer {name} got: {item}\")",
            "        await asyncio.sleep(delay())",
            "        queue.task_done()");

    /** Where a consumer can be: not started, at one of its two awaits, or returned. */
    public enum At implements SuspensionPoint {
        START("not started", 1),
        GET("item = await queue.get()", 3),
        SLEEP("await asyncio.sleep(delay())", 9),
        RETURNED("returned", 7);

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
    private final DoubleSupplier delay;
    private final Queue<String>.Get get;
    private final Sleep sleep;
    private At at = At.START;
    private int consumed;
    private String item;

    /** {@code consumer(queue, name, delay)}; {@code delay} is drawn before each sleep. */
    public Consumer(Queue<String> queue, String name, DoubleSupplier delay) {
        this.queue = queue;
        this.name = name;
        this.delay = delay;
        this.get = queue.newGet();
        this.sleep = new Sleep(queue.loop());
    }

    /** How many items (sentinel excluded) it has got. */
    public int consumed() {
        return consumed;
    }

    /** The item it holds (got and not yet marked done), or {@code null}. */
    public String item() {
        return at == At.SLEEP ? item : null;
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
                    awaitGet();
                    continue;
                case GET:
                    if ((suspension = get.resume(thrown)) != DONE) {
                        return suspension;
                    }
                    thrown = null;
                    item = (String) get.result();
                    if (item == null) {
                        queue.taskDone();
                        print("Consumer " + name + " finished");
                        at = At.RETURNED;
                        return finish(null);
                    }
                    consumed++;
                    print("Consumer " + name + " got: " + item);
                    at = At.SLEEP;
                    sleep.start(delay.getAsDouble());
                    continue;
                case SLEEP:
                    if ((suspension = sleep.resume(thrown)) != DONE) {
                        return suspension;
                    }
                    thrown = null;
                    queue.taskDone();
                    awaitGet();
                    continue;
                default:
                    throw new IllegalStateException("consumer " + name + " resumed after it returned");
            }
        }
    }

    private void awaitGet() {
        at = At.GET;
        get.start();
    }

    private void print(String line) {
        queue.loop().currentTask().print(line);
    }
}
