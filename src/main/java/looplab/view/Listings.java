package looplab.view;

import java.util.List;
import looplab.builtins.Consumer;
import looplab.builtins.Producer;
import looplab.model.SuspensionPoint;

/**
 * The Java twins of the built-in coroutines, condensed from {@link Producer#resume} and
 * {@link Consumer#resume}: one call of {@code resume} is one task step, and each {@code case} is
 * one {@code await} of the Python listing. {@link #javaLine} maps a suspension point to the line
 * where the state machine returns when suspended there.
 */
final class Listings {
    private Listings() {}

    static final List<String> PRODUCER_JAVA = List.of(
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

    static final List<String> CONSUMER_JAVA = List.of(
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

    /** The 1-based line of the Java twin for a suspension point, or 0. */
    static int javaLine(SuspensionPoint at) {
        if (at instanceof Producer.At) {
            switch ((Producer.At) at) {
                case START:
                    return 3;
                case PUT_ITEM:
                    return 6;
                case SLEEP:
                    return 10;
                case PUT_SENTINEL:
                    return 13;
                default:
                    return 15;
            }
        }
        if (at instanceof Consumer.At) {
            switch ((Consumer.At) at) {
                case START:
                    return 3;
                case GET:
                    return 6;
                case SLEEP:
                    return 13;
                default:
                    return 9;
            }
        }
        return 0;
    }
}
