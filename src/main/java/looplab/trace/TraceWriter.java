package looplab.trace;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import looplab.model.LoopObserver;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.world.TraceEvent;
import looplab.world.World;

/**
 * Writes each event it hears as one JSON line to a writer (JSON Lines), in the contract's
 * format or, for a world it observes, the {@linkplain TraceFormat#COMPACT compact} one. A full
 * trace that passes {@link #WARN_AT} characters says so once, on the warnings stream.
 */
public final class TraceWriter implements Consumer<TraceEvent> {
    /** Characters of a full trace past which it warns: 256 MiB, more than any lesson needs. */
    public static final long WARN_AT = 256L << 20;

    private final Writer out;
    private final TraceFormat format;
    private final PrintStream warnings;
    private final long warnAt;
    private final Moves moves = new Moves();
    private long written;
    private boolean warned;

    /** Writes the contract's format to {@code out}, without warnings; the caller flushes and closes it. */
    public TraceWriter(Writer out) {
        this(out, TraceFormat.FULL, null, Long.MAX_VALUE);
    }

    TraceWriter(Writer out, TraceFormat format, PrintStream warnings, long warnAt) {
        this.out = out;
        this.format = format;
        this.warnings = warnings;
        this.warnAt = warnAt;
    }

    /**
     * A fresh world whose trace goes to {@code out} in {@code format} (a compact trace also
     * observes the loop, to hear what enters and leaves the queue); a full trace warns once on
     * {@code warnings} when it passes {@link #WARN_AT} characters. The caller flushes and closes
     * {@code out}.
     */
    public static World newWorld(Writer out, TraceFormat format, PrintStream warnings) {
        return newWorld(out, format, warnings, WARN_AT);
    }

    static World newWorld(Writer out, TraceFormat format, PrintStream warnings, long warnAt) {
        TraceWriter writer = new TraceWriter(out, format, warnings, warnAt);
        World world = new World(writer);
        if (format == TraceFormat.COMPACT) {
            writer.moves.world = world;
            world.addLoopObserver(writer.moves);
        }
        return world;
    }

    @Override
    public void accept(TraceEvent event) {
        String line = format == TraceFormat.COMPACT && event instanceof TraceEvent.Stepped
                ? TraceJson.GSON.toJson(compact((TraceEvent.Stepped) event)) : TraceJson.line(event);
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written += line.length() + 1;
        if (!warned && format == TraceFormat.FULL && written > warnAt && warnings != null) {
            warned = true;
            warnings.println("looplab: warning: the trace has passed " + (warnAt >> 20) + " MB, mostly the queue"
                    + " repeated at every step; --trace-format compact writes what entered and left the queue instead");
        }
    }

    /** The step's line with the items put and got during it, and the queue's size, in place of the queue. */
    private JsonObject compact(TraceEvent.Stepped e) {
        JsonObject o = TraceJson.compactStep(e, moves.put, moves.got);
        moves.put = new JsonArray();
        moves.got = new JsonArray();
        return o;
    }

    /** What entered and left the world's queue during the step under way. */
    private static final class Moves implements LoopObserver {
        private World world;
        private JsonArray put = new JsonArray();
        private JsonArray got = new JsonArray();

        @Override
        public void stepStarted(Task task) {
            put = new JsonArray();
            got = new JsonArray();
        }

        @Override
        public void itemPut(Queue<?> queue, Object item, Task by) {
            if (queue == world.queue() && by != null) {
                put.add(json(item));
            }
        }

        @Override
        public void itemTaken(Queue<?> queue, Object item, Task by) {
            if (queue == world.queue() && by != null) {
                got.add(json(item));
            }
        }

        private static JsonElement json(Object item) {
            return item == null ? JsonNull.INSTANCE : new JsonPrimitive((String) item);
        }
    }
}
