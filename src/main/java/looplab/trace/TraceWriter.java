package looplab.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import looplab.world.TraceEvent;

/** Writes each event it hears as one JSON line to a writer (JSON Lines). */
public final class TraceWriter implements Consumer<TraceEvent> {
    private final Writer out;

    /** Writes to {@code out}; the caller flushes and closes it. */
    public TraceWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void accept(TraceEvent event) {
        try {
            out.write(TraceJson.line(event));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
