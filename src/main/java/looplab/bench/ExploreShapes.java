package looplab.bench;

import java.util.ArrayList;
import java.util.List;
import looplab.command.Command;
import looplab.command.ExploreOptions;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.explore.Exploration;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * What {@code explore} costs on the seed's shape (2 producers of 3 items, 2 consumers): schedules
 * per second with the reduction (DPOR with sleep sets) and with a naive enumeration of every
 * schedule, in the same run; also with every delay 0 (each iteration then holds every task's
 * step, so there are many more orders), and the threads' modes.
 */
final class ExploreShapes {
    /** One exploration, timed. */
    record Cost(String shape, String mode, long schedules, @Column("schedules/s") double perSecond,
            @Column("ns/step") double nsPerStep, @Column("steps/schedule") double stepsPerSchedule,
            @Column("naive/explored") double reduction, boolean complete) implements Result {
        @Override
        public String measure() {
            return "explore";
        }
    }

    private static final List<String> SEED = List.of("new seed=42", "spawn producer count=3", "spawn producer count=3",
            "spawn consumer", "spawn consumer");
    private static final List<String> SEED_NO_DELAY = List.of("new seed=42", "spawn producer count=3 delay=0",
            "spawn producer count=3 delay=0", "spawn consumer delay=0", "spawn consumer delay=0");

    private ExploreShapes() {}

    static List<Cost> measure(Runs runs, long budget) throws ScriptError, WorldError {
        List<Cost> out = new ArrayList<>();
        for (List<String> shape : List.of(SEED, SEED_NO_DELAY)) {
            String name = shape == SEED ? "seed" : "seed, delay=0";
            World world = world(shape);
            ExploreOptions dpor = new ExploreOptions(ExploreOptions.Mode.LOOP, false, true, -1, 10_000, budget, false);
            ExploreOptions naive = new ExploreOptions(ExploreOptions.Mode.LOOP, false, false, -1, 10_000, budget, false);
            Exploration.Timing all = time(world, naive, runs);
            Exploration.Timing reduced = time(world, dpor, runs);
            double factor = all.complete() ? (double) all.schedules() / reduced.schedules() : Double.NaN;
            out.add(cost(name, "loop, DPOR", reduced, factor));
            out.add(cost(name, "loop, naive", all, 1));
            if (shape == SEED) {
                for (boolean lock : new boolean[] {false, true}) {
                    ExploreOptions t = new ExploreOptions(ExploreOptions.Mode.THREADS, lock, true, 2, 10_000, budget, false);
                    out.add(cost(name, "threads, lock=" + (lock ? "on" : "off") + ", 2 preemptions", time(world, t, runs),
                            Double.NaN));
                }
            }
        }
        return out;
    }

    private static Cost cost(String shape, String mode, Exploration.Timing t, double factor) {
        return new Cost(shape, mode, t.schedules(), t.schedules() * 1e9 / t.nanos(), (double) t.nanos() / t.steps(),
                (double) t.steps() / t.schedules(), factor, t.complete());
    }

    /** Warms up, then explores {@code runs.runs} times (each at least 0.2 s of repeats); the median run. */
    private static Exploration.Timing time(World world, ExploreOptions o, Runs runs) {
        long warm = System.nanoTime() + (long) (runs.warmup * 1e9);
        Exploration.Timing t;
        do {
            t = Exploration.time(world, o);
        } while (System.nanoTime() < warm);
        List<Exploration.Timing> measured = new ArrayList<>();
        for (int r = 0; r < runs.runs; r++) {
            long schedules = 0;
            long steps = 0;
            long nanos = 0;
            boolean complete = true;
            do {
                t = Exploration.time(world, o);
                schedules += t.schedules();
                steps += t.steps();
                nanos += t.nanos();
                complete &= t.complete();
            } while (nanos < 200_000_000L);
            measured.add(new Exploration.Timing(schedules, steps, nanos, complete));
        }
        measured.sort((a, b) -> Double.compare(a.schedules() / (double) a.nanos(), b.schedules() / (double) b.nanos()));
        Exploration.Timing median = measured.get(measured.size() / 2);
        // one exploration's count, the median run's rate
        return new Exploration.Timing(t.schedules(), Math.round((double) median.steps() * t.schedules() / median.schedules()),
                Math.round((double) median.nanos() * t.schedules() / median.schedules()), t.complete());
    }

    private static World world(List<String> lines) throws ScriptError, WorldError {
        World w = new World();
        for (String line : lines) {
            Command c = Parser.parseLine(line, 0, w.kind()).orElseThrow();
            w.apply(c);
        }
        return w;
    }
}
