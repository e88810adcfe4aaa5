package looplab.builtins;

import java.util.List;
import java.util.function.DoubleSupplier;
import looplab.model.Coroutine;
import looplab.model.Queue;
import looplab.model.Sleep;

/**
 * The spec's consumer, line for line (its {@link #LISTING}). Each {@code await} is a state of
 * {@link At}; {@link #resume} runs from the state it is in to the next {@code await}. Its
 * condensed Java twin, {@link #JAVA_LISTING}, is kept true to {@link #resume} by a test.
 */
public final class Consumer extends Coroutine implements Builtin {
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

    /** {@link #resume}, condensed: one call is one task step; {@link At#javaLine()} points into it. */
    public static final List<String> JAVA_LISTING = List.of(
            "public Object resume(RuntimeException thrown) {           // one call = one task step",
            "  while (true) switch (at) {",
            "    case START:                                           // not started",
            "      at = GET; get.start(); continue;",
            "    case GET:                                             // item = await queue.get()",
            "      if ((s = get.resume(thrown)) != DONE) return s;     // empty: parked in get()",
            "      item = (String) get.result();",
            "      if (item == null) { queue.taskDone(); print(\"Consumer \" + name + \" finished\");",
            "                          at = RETURNED; return finish(null); }",
            "      print(\"Consumer \" + name + \" got: \" + item);",
            "      at = SLEEP; sleep.start(delay.getAsDouble()); continue;",
            "    case SLEEP:                                           // await asyncio.sleep(delay())",
            "      if ((s = sleep.resume(thrown)) != DONE) return s;   // waits for its timer",
            "      queue.taskDone(); at = GET; get.start(); continue;",
            "  }",
            "}");

    /** Where a consumer can be: not started, at one of its two awaits, or returned. */
    public enum At implements Builtin.Point {
        START("not started", 1, 3),
        GET("item = await queue.get()", 3, 6),
        SLEEP("await asyncio.sleep(delay())", 9, 13),
        RETURNED("returned", 7, 9);

        private final String label;
        private final int line;
        private final int javaLine;

        At(String label, int line, int javaLine) {
            this.label = label;
            this.line = line;
            this.javaLine = javaLine;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int javaLine() {
            return javaLine;
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
    public List<String> listing() {
        return LISTING;
    }

    @Override
    public List<String> javaListing() {
        return JAVA_LISTING;
    }

    @Override
    public List<At> points() {
        return List.of(At.values());
    }

    /** {@link #consumed()}. */
    @Override
    public int progress() {
        return consumed;
    }

    /** -1: a consumer has no count. */
    @Override
    public int count() {
        return -1;
    }

    /** {@link #item()}. */
    @Override
    public String itemInHand() {
        return item();
    }

    /** 0: a consumer puts nothing. */
    @Override
    public int sentinelsPut() {
        return 0;
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
                    at = At.GET;
                    get.start();
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
                    at = At.GET;                   // the loop's next turn: line 3 again
                    get.start();
                    continue;
                default:
                    throw new IllegalStateException("consumer " + name + " resumed after it returned");
            }
        }
    }

    private void print(String line) {
        queue.loop().currentTask().print(line);
    }
}
