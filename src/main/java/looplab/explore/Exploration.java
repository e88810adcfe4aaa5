package looplab.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import looplab.builtins.Producer;
import looplab.builtins.ThreadedBuffer;
import looplab.command.Command.Role;
import looplab.command.ExploreOptions;
import looplab.command.ExploreOptions.Mode;
import looplab.command.QueueKind;
import looplab.world.Actor;
import looplab.world.Applied;
import looplab.world.World;

/**
 * {@code explore}: every schedule of a world as set up so far, checked. In loop mode the only
 * freedom is which ready handle of the iteration's batch runs next; in threads mode the world's
 * producers and consumers become threads over an unsynchronised buffer. See {@link Explorer} for
 * the reduction, {@link LoopRun} and {@link ThreadsRun} for what a schedule is in each mode.
 */
public final class Exploration {
    private static final int PROBES = 200;
    private static final double COUNT_EXACTLY_BELOW = 20_000;

    private Exploration() {
    }

    /**
     * Explores {@code world}'s schedules from where it is now (it is left unchanged: every
     * schedule runs in a fresh world rebuilt from {@link World#applied()}).
     *
     * @param stop asked between schedules; true stops the exploration with what it covered so far
     * @param user a predicate every schedule's final world must satisfy (loop mode), or null
     * @throws ExploreLimit if the world cannot be explored in this mode; nothing ran then
     */
    public static Report explore(World world, ExploreOptions options, BooleanSupplier stop, Predicate<World> user) {
        Report main;
        List<Report> alongside = new ArrayList<>();
        // A body that reaches into this world (a queue captured from the lab) fails in its copy,
        // which reports the failure, instead of changing this world.
        Thread owner = world.loop().freeze("explore");
        try {
            main = run(world, options, stop, user);
            if (options.mode() == Mode.LOOP && threadsRefusal(world) == null && !stop.getAsBoolean()) {
                alongside.add(run(world, options.asThreads(false), stop, null));
                alongside.add(run(world, options.asThreads(true), stop, null));
            }
        } finally {
            world.loop().thaw(owner);
        }
        return new Report(main.options(), main.schedules(), main.blocked(), main.cut(), main.naive(),
                main.distinctFinals(), main.nanos(), main.steps(), main.checked(), main.broken(), main.failure(),
                main.limits(), main.complete(), List.copyOf(alongside));
    }

    /**
     * What one exploration costs, without the naive count, the threads' verdicts or the
     * description of a failing schedule: for {@code bench explore}.
     *
     * @param schedules schedules run to their end (or cut by the depth bound)
     * @param steps     steps run in all
     * @param nanos     time taken
     * @param complete  whether every schedule was covered
     */
    public record Timing(long schedules, long steps, long nanos, boolean complete) {
    }

    /** Explores as {@link #explore} does, and says only what it cost. */
    public static Timing time(World world, ExploreOptions o) {
        Supplier<Run> source = source(world, o, null);
        int bound = o.mode() == Mode.LOOP ? -1 : o.preemptions();
        long start = System.nanoTime();
        Explorer.Outcome out = new Explorer(source, o.reduce() && bound < 0, bound, o.depth(), o.budget(),
                () -> false).explore();
        return new Timing(out.complete + out.cut, out.events, System.nanoTime() - start, out.finished);
    }

    private static Supplier<Run> source(World world, ExploreOptions o, Predicate<World> user) {
        if (o.mode() == Mode.LOOP) {
            List<Applied> setup = List.copyOf(world.applied());
            return () -> new LoopRun(setup, false, o.deadlockExpected(), user);
        }
        String refusal = threadsRefusal(world);
        if (refusal != null) {
            throw new ExploreLimit(refusal);
        }
        List<ThreadedBuffer.Spec> specs = threadSpecs(world);
        int maxsize = world.queue().maxsize();
        return () -> new ThreadsRun(specs, maxsize, o.lock(), true, o.deadlockExpected());
    }

    private static List<ThreadedBuffer.Spec> threadSpecs(World world) {
        List<ThreadedBuffer.Spec> specs = new ArrayList<>();
        for (Actor a : world.tasks()) {
            boolean producer = a.role() == Role.PRODUCER;
            specs.add(new ThreadedBuffer.Spec(a.name(), producer, producer ? a.count() : 0,
                    producer && ((Producer) a.coroutine()).sentinel()));
        }
        return specs;
    }

    /** Why threads mode cannot model this world, or null if it can. */
    public static String threadsRefusal(World world) {
        if (world.kind() != QueueKind.FIFO) {
            return "threads mode models a FIFO buffer, and this world's queue is " + world.kind().word();
        }
        for (Actor a : world.tasks()) {
            if (!a.isBuiltin()) {
                return "threads mode models the built-in producers and consumers, and '" + a.name()
                        + "' is a task of your own";
            }
        }
        if (world.tasks().isEmpty()) {
            return "there are no tasks to run as threads";
        }
        if (world.tasks().size() > 64) {
            return "threads mode runs at most 64 threads, and this world has " + world.tasks().size() + " tasks";
        }
        return null;
    }

    private static Report run(World world, ExploreOptions o, BooleanSupplier stop, Predicate<World> user) {
        boolean loop = o.mode() == Mode.LOOP;
        Supplier<Run> quiet;
        Supplier<Run> describing;
        List<String> columns = new ArrayList<>();
        String prefix;
        List<Invariant> checked = new ArrayList<>();
        checked.add(Invariant.CONSERVATION);
        if (world.kind() == QueueKind.FIFO) {
            checked.add(Invariant.FIFO);
        }
        quiet = source(world, o, user);
        if (loop) {
            List<Applied> setup = List.copyOf(world.applied());
            describing = () -> new LoopRun(setup, true, o.deadlockExpected(), user);
            prefix = "loop@" + world.loop().handlesRun() + ":";
            checked.add(Invariant.NO_FAILURE);
        } else {
            describing = quiet;
            prefix = "threads:lock=" + (o.lock() ? "on" : "off") + ":";
        }
        for (Actor a : world.tasks()) {
            columns.add(a.name());
        }
        if (!o.deadlockExpected()) {
            checked.add(Invariant.NO_DEADLOCK);
        }
        if (loop && user != null) {
            checked.add(Invariant.USER);
        }
        int bound = loop ? -1 : o.preemptions();
        boolean reduce = o.reduce() && bound < 0;
        long start = System.nanoTime();
        Explorer.Outcome out = new Explorer(quiet, reduce, bound, o.depth(), o.budget(), stop).explore();
        long nanos = System.nanoTime() - start;
        Report.Naive naive = naive(quiet, o, reduce, bound, out, stop);
        List<String> limits = new ArrayList<>();
        long runs = out.complete + out.cut;
        if (out.budgetHit) {
            limits.add("schedule budget hit: stopped after " + String.format("%,d", out.complete + out.blocked + out.cut)
                    + " schedules (budget=" + o.budget() + "); raise it with budget=N");
        }
        if (out.cut > 0) {
            limits.add("depth bound hit: " + String.format("%,d", out.cut) + " schedules were cut after " + o.depth()
                    + " steps and not checked at their end (depth=" + o.depth() + "); raise it with depth=N");
        }
        if (out.preemptionBoundHit) {
            limits.add("preemption bound hit: schedules with more than " + bound + " preemptions were not explored"
                    + " (preemptions=" + bound + "); try preemptions=" + (bound + 1) + " or preemptions=all");
        }
        if (out.stopped) {
            limits.add("stopped (Ctrl-C) after " + String.format("%,d", runs)
                    + " schedules: the verdicts below cover those only");
        }
        Report.Failure failure = null;
        for (Invariant inv : Invariant.values()) {
            int[] path = out.shortest.get(inv);
            if (path != null) {
                failure = describe(describing, path, out.shortestViolation.get(inv), columns, prefix, loop);
                break;
            }
        }
        return new Report(o, runs, out.blocked, out.cut, naive, out.finals.size(), nanos, out.events,
                List.copyOf(checked), Map.copyOf(out.broken), failure, List.copyOf(limits),
                out.finished, List.of());
    }

    private static Report.Naive naive(Supplier<Run> source, ExploreOptions o, boolean reduce, int bound,
                                      Explorer.Outcome out, BooleanSupplier stop) {
        if (!reduce && bound < 0 && out.finished) {
            return new Report.Naive(out.complete + out.cut, true);
        }
        double estimate = Explorer.estimate(source, PROBES, o.depth(), 1);
        if (estimate <= COUNT_EXACTLY_BELOW) {
            Explorer.Outcome all = new Explorer(source, false, -1, o.depth(), Math.min(o.budget(), (long) (COUNT_EXACTLY_BELOW * 4)),
                    stop).explore();
            if (all.finished) {
                return new Report.Naive(all.complete + all.cut, true);
            }
        }
        return new Report.Naive(estimate, false);
    }

    private static Report.Failure describe(Supplier<Run> source, int[] path, Violation violation,
                                           List<String> columns, String prefix, boolean loop) {
        List<Report.Row> rows = new ArrayList<>();
        List<String> cols = new ArrayList<>(columns);
        StringBuilder schedule = new StringBuilder(prefix);
        int tokens = 0;
        try (Run run = source.get()) {
            for (int id : path) {
                long en = run.enabled();
                if (loop) {
                    if (Long.bitCount(en) >= 2) {
                        schedule.append(tokens++ == 0 ? "" : ".").append(Long.bitCount(en & ((1L << id) - 1)));
                    }
                }
                run.execute(id);
                String actor = run.actorOfLast();
                if (!loop) {
                    schedule.append(tokens++ == 0 ? "" : ",").append(actor);
                }
                int column = cols.indexOf(actor);
                if (column < 0) {
                    cols.add(actor);
                    column = cols.size() - 1;
                }
                rows.add(new Report.Row(column, run.describeLast(), run.picture()));
            }
        }
        return new Report.Failure(violation, schedule.toString(), List.copyOf(cols), List.copyOf(rows));
    }
}
