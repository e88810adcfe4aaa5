package looplab.explore;

import java.util.List;
import java.util.Map;
import looplab.command.ExploreOptions;

/**
 * What an exploration found: the counts, the verdict of each invariant, the shortest failing
 * schedule, the bounds that were hit. Data only; {@code looplab.view.ExploreView} words it.
 *
 * @param options        what was asked
 * @param schedules      schedules explored to their end (or to the depth bound)
 * @param blocked        partial schedules dropped because everything left was covered (sleep sets)
 * @param cut            schedules cut by the depth bound
 * @param naive          how many schedules there are without reduction or bounds
 * @param distinctFinals distinct final states among the schedules explored
 * @param nanos          time taken
 * @param steps          steps run, over every schedule
 * @param checked        the invariants checked, in order
 * @param broken         for each invariant checked, on how many schedules it broke
 * @param failure        the shortest schedule that broke an invariant, or null
 * @param limits         one line per bound or budget hit (or the stop)
 * @param complete       whether every schedule (within the bounds) was covered
 * @param alongside      loop mode: the same tasks as threads, without and with a lock (may be empty)
 */
public record Report(ExploreOptions options, long schedules, long blocked, long cut, Naive naive,
                     long distinctFinals, long nanos, long steps, List<Invariant> checked,
                     Map<Invariant, Long> broken, Failure failure, List<String> limits, boolean complete,
                     List<Report> alongside) {

    /** How many schedules there are in all: counted, or estimated when too many to count. */
    public record Naive(double count, boolean exact) {
    }

    /**
     * A failing schedule, step by step.
     *
     * @param violation what broke
     * @param schedule  the schedule string ({@code replay SCHEDULE} loads it)
     * @param columns   one per task, in spawn order
     * @param rows      one per step, up to the one that broke the invariant
     */
    public record Failure(Violation violation, String schedule, List<String> columns, List<Row> rows) {
    }

    /**
     * One step of a failing schedule.
     *
     * @param column the task that ran (an index into {@link Failure#columns()})
     * @param did    what it did
     * @param after  the queue or buffer after the step
     */
    public record Row(int column, String did, String after) {
    }

    /** Schedules explored per second. */
    public double perSecond() {
        return nanos == 0 ? 0 : schedules * 1e9 / nanos;
    }

    /** On how many schedules {@code invariant} broke (0 if it held or was not checked). */
    public long brokenOn(Invariant invariant) {
        return broken.getOrDefault(invariant, 0L);
    }

    /** The naive count over the schedules explored. */
    public double reduction() {
        return schedules == 0 ? 1 : naive.count() / schedules;
    }
}
