package looplab.trace;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import looplab.world.TraceEvent;

/** Turns {@link TraceEvent}s into the JSON objects of the trace (spec §5), one line each. */
public final class TraceJson {
    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private TraceJson() {}

    /** The event as one line of JSON, without the line break. */
    public static String line(TraceEvent event) {
        return GSON.toJson(object(event));
    }

    /**
     * The line's first {@code max} characters, or the whole line if it is shorter: a step's queue
     * is read only as far as those characters reach (each item takes at least three), so a view
     * of a long queue costs what it shows.
     */
    public static String line(TraceEvent event, int max) {
        String line = GSON.toJson(object(event, max));
        return line.length() > max ? line.substring(0, max) : line;
    }

    /** The event as a JSON object with the spec's fields. */
    public static JsonObject object(TraceEvent event) {
        return object(event, Integer.MAX_VALUE);
    }

    /**
     * A step in the {@linkplain TraceFormat#COMPACT compact} format: the items {@code put} and
     * {@code got} during the step and the queue's size, where the full format has the queue.
     */
    static JsonObject compactStep(TraceEvent.Stepped e, JsonArray put, JsonArray got) {
        JsonObject o = new JsonObject();
        stepHead(o, e);
        o.add("put", put);
        o.add("got", got);
        o.addProperty("size", e.queue().size());
        stepTail(o, e);
        return o;
    }

    private static void stepHead(JsonObject o, TraceEvent.Stepped e) {
        o.addProperty("type", "step");
        o.addProperty("n", e.n());
        o.addProperty("time", e.time());
        o.addProperty("task", e.task());
        JsonArray out = new JsonArray();
        e.out().forEach(out::add);
        o.add("out", out);
    }

    private static void stepTail(JsonObject o, TraceEvent.Stepped e) {
        o.addProperty("unfinished", e.unfinished());
        o.addProperty("awaiting", e.awaiting().word());
    }

    private static JsonObject object(TraceEvent event, int maxItems) {
        JsonObject o = new JsonObject();
        if (event instanceof TraceEvent.NewWorld) {
            TraceEvent.NewWorld e = (TraceEvent.NewWorld) event;
            o.addProperty("type", "new");
            o.addProperty("maxsize", e.maxsize());
            o.addProperty("seed", e.seed());
            o.addProperty("kind", e.kind().word());
            if (e.debug()) {
                o.addProperty("debug", true);
            }
        } else if (event instanceof TraceEvent.Spawned) {
            TraceEvent.Spawned e = (TraceEvent.Spawned) event;
            o.addProperty("type", "spawn");
            o.addProperty("task", e.task());
            o.addProperty("role", e.role().word());
            if (e.count() != null) {
                o.addProperty("count", e.count());
            }
        } else if (event instanceof TraceEvent.Stepped) {
            TraceEvent.Stepped e = (TraceEvent.Stepped) event;
            stepHead(o, e);
            JsonArray queue = new JsonArray();
            for (String item : e.queue()) {
                if (queue.size() == maxItems) {
                    break;
                }
                queue.add(item == null ? JsonNull.INSTANCE : new JsonPrimitive(item));
            }
            o.add("queue", queue);
            stepTail(o, e);
        } else if (event instanceof TraceEvent.PutResult) {
            TraceEvent.PutResult e = (TraceEvent.PutResult) event;
            o.addProperty("type", "put");
            o.add("item", e.item() == null ? JsonNull.INSTANCE : new JsonPrimitive(e.item()));
            o.addProperty("ok", e.ok());
            if (!e.ok()) {
                o.addProperty("error", e.error());
            }
        } else if (event instanceof TraceEvent.ThreadPutResult) {
            TraceEvent.ThreadPutResult e = (TraceEvent.ThreadPutResult) event;
            o.addProperty("type", "thread_put");
            o.add("item", item(e.item()));
            o.addProperty("ok", e.ok());
            if (!e.ok()) {
                o.addProperty("error", e.error());
            }
            o.addProperty("asleep", e.asleep());
        } else if (event instanceof TraceEvent.ThreadsafePutScheduled) {
            o.addProperty("type", "threadsafe_put");
            o.add("item", item(((TraceEvent.ThreadsafePutScheduled) event).item()));
        } else if (event instanceof TraceEvent.ThreadsafePutRan) {
            TraceEvent.ThreadsafePutRan e = (TraceEvent.ThreadsafePutRan) event;
            o.addProperty("type", "put");
            o.add("item", item(e.item()));
            o.addProperty("ok", e.ok());
            if (!e.ok()) {
                o.addProperty("error", e.error());
            }
            o.addProperty("in", "call_soon_threadsafe");
        } else if (event instanceof TraceEvent.GetResult) {
            TraceEvent.GetResult e = (TraceEvent.GetResult) event;
            o.addProperty("type", "get");
            o.addProperty("ok", e.ok());
            if (e.ok()) {
                o.add("item", e.item() == null ? JsonNull.INSTANCE : new JsonPrimitive(e.item()));
            } else {
                o.addProperty("error", e.error());
            }
        } else if (event instanceof TraceEvent.CancelResult) {
            TraceEvent.CancelResult e = (TraceEvent.CancelResult) event;
            o.addProperty("type", "cancel");
            o.addProperty("task", e.task());
            o.addProperty("ok", e.ok());
        } else {
            throw new IllegalArgumentException("unknown event " + event);
        }
        return o;
    }

    private static com.google.gson.JsonElement item(String item) {
        return item == null ? JsonNull.INSTANCE : new JsonPrimitive(item);
    }
}
