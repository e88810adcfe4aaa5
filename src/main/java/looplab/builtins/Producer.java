package looplab.builtins;

import java.util.List;
import java.util.function.DoubleSupplier;
import looplab.model.Coroutine;
import looplab.model.Queue;
import looplab.model.Sleep;

/**
 * The spec's producer, line for line (its {@link #LISTING}). Each {@code await} is a state of
 * {@link At}; {@link #resume} runs from the state it is in to the next {@code await}. Its
 * condensed Java twin, {@link #JAVA_LISTING}, is kept true to {@link #resume} by a test.
 */
public final class Producer extends Coroutine implements Builtin {
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

    /** {@link #resume}, condensed: one call is one task step; {@link At#javaLine()} points into it. */
    public static final List<String> JAVA_LISTING = List.of(
            "public Object resume(RuntimeException thrown) {           // one call = one task step",
            "  while (true) switch (at) {",
            "    case START:                                           // not started",
            "      i = 0; if (loopHead()) continue; return finish(null);",
            "    case PUT_ITEM:                                        // await queue.put(item)",
            "      if ((s = put.resume(thrown)) != DONE) return s;     // full: parked in put()",
            "      print(\"Producer \" + name + \" added: \" + item);",
            "      at = SLEEP; sleep.start(delay.getAsDouble()); continue;",
            "    case SLEEP:                                           // await asyncio.sleep(delay())",
            "      if ((s = sleep.resume(thrown)) != DONE) return s;   // waits for its timer",
            "      i++; if (loopHead()) continue; return finish(null);",
            "    case PUT_SENTINEL:                                    // await queue.put(None)",
            "      if ((s = put.resume(thrown)) != DONE) return s;     // full: parked in put()",
            "      print(\"Producer \" + name + \" finished\");",
            "      at = RETURNED; return finish(null);",
            "  }",
            "}");

    /** Where a producer can be: not started, at one of its three awaits, or returned. */
    public enum At implements Builtin.Point {
        START("not started", 1, 3),
        PUT_ITEM("await queue.put(item)", 4, 6),
        SLEEP("await asyncio.sleep(delay())", 6, 10),
        PUT_SENTINEL("await queue.put(None)", 8, 13),
        RETURNED("returned", 9, 15);

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
    @Override
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

    /** {@link #produced()}. */
    @Override
    public int progress() {
        return produced();
    }

    @Override
    public String itemInHand() {
        return at == At.PUT_ITEM ? item : null;
    }

    /** 1 once its sentinel is in the queue: only its sentinel put leads to its return then. */
    @Override
    public int sentinelsPut() {
        return sentinel && at == At.RETURNED ? 1 : 0;
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
