package looplab.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import looplab.model.Handle;

/** One handle a command ran, as facts: where in which iteration, why it was ready, what it did. */
public final class HandleRun {
    final long iteration;
    final double clock;
    final int position;
    final int batchSize;
    final Fact.HandleFact handle;
    final boolean skipped;
    final Journal.Origin origin;
    final double deadline;
    final double jumpedFrom;
    Step step;
    private List<Fact.Scheduled> effects = List.of();
    Fact callbackOutcome;

    HandleRun(long iteration, double clock, int position, int batchSize, Fact.HandleFact handle, boolean skipped,
            Journal.Origin origin, double deadline, double jumpedFrom) {
        this.iteration = iteration;
        this.clock = clock;
        this.position = position;
        this.batchSize = batchSize;
        this.handle = handle;
        this.skipped = skipped;
        this.origin = origin;
        this.deadline = deadline;
        this.jumpedFrom = jumpedFrom;
    }

    void effect(Fact.Scheduled effect) {
        if (effects.isEmpty()) {
            effects = new ArrayList<>(1);
        }
        effects.add(effect);
    }

    /**
     * What a callback that is not a task step reported, or null: the put of a
     * {@code call_soon_threadsafe} handle ({@link Fact.ThreadsafePutOutcome}).
     */
    public Fact callbackOutcome() {
        return callbackOutcome;
    }

    /** The iteration it ran in. */
    public long iteration() {
        return iteration;
    }

    /** The clock when it ran. */
    public double clock() {
        return clock;
    }

    /** Its 1-based place in the iteration's batch. */
    public int position() {
        return position;
    }

    /** The size of the iteration's batch. */
    public int batchSize() {
        return batchSize;
    }

    /** The handle, as it was when it ran. */
    public Fact.HandleFact handle() {
        return handle;
    }

    /** What it was for. */
    public Handle.Purpose purpose() {
        return handle.purpose();
    }

    /** The task it concerns, or null. */
    public String task() {
        return handle.task();
    }

    /** Whether it was cancelled and only used its place in the batch. */
    public boolean skipped() {
        return skipped;
    }

    /** Why it was scheduled, or null if unknown. */
    public Fact.Cause cause() {
        return origin == null ? null : origin.cause();
    }

    /** A timer's deadline, or NaN. */
    public double deadline() {
        return deadline;
    }

    /** When it is the first handle of an iteration that began with a clock jump: the clock before, else NaN. */
    public double jumpedFrom() {
        return jumpedFrom;
    }

    /** The task step it ran, or null (a timer callback, a skipped handle). */
    public Step step() {
        return step;
    }

    /** What a callback that is not a task step scheduled. */
    public List<Fact.Scheduled> effects() {
        return Collections.unmodifiableList(effects);
    }
}
