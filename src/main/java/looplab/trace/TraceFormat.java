package looplab.trace;

import java.util.Locale;

/** How script mode writes a step's queue in the trace. */
public enum TraceFormat {
    /**
     * The contract's format (spec §5): every step repeats the whole queue, so a trace grows with
     * steps × queue length. Conformance compares this format.
     */
    FULL,
    /**
     * Each step says what entered and left the queue ({@code "put"}, {@code "got"}) and its
     * {@code "size"} instead of the queue itself: a trace that grows with the work alone. The
     * queue after any step is the queue before it, with those items put and taken.
     */
    COMPACT;

    /** The word of the {@code --trace-format} option. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
