package looplab.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import looplab.command.Command;
import looplab.properties.Checker.Group;
import looplab.script.ScriptRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property tests of the model's invariants (issue 2, "Prove it"), over seeded random command
 * sequences: each case is named by its seed, and a failure prints the commands as a script.
 *
 * <p>Seeds are 1000000 + i for property 1, 2000000 + i for property 2, and so on (6500000 + i
 * for 6b). A case is a function of its seed alone: even seeds go through the parser, odd ones
 * through {@code World.apply}; every fourth seed (seed % 4 == 3) uses the race-heavy profile.
 * Run one case: {@code mvn test -Dtest='InvariantPropertiesTest#p1*' -Dlooplab.props.seed=1000042};
 * scale: {@code -Dlooplab.props.cases=N} (default 1000; properties 3, 5 and 6 run N / 2).
 * Jupiter only, no jqwik: plain seeded {@link SplittableRandom}s.
 */
class InvariantPropertiesTest {
    private static final int CASES = Integer.getInteger("looplab.props.cases", 1000);
    private static final Long ONLY_SEED = Long.getLong("looplab.props.seed");

    private static final EnumSet<Group> NONE = EnumSet.noneOf(Group.class);

    /**
     * Property 1: no item is lost or duplicated. After every task step and every command,
     * produced = consumed + queued (as multisets), every item consumed was produced before and
     * no more often than produced, a step that delivers a cancellation changes no item, and
     * {@code unfinished} = puts - task_done() calls (see {@link Checker} for the exact accounting).
     * Half of the cases go through the parser.
     */
    @TestFactory
    Stream<DynamicTest> p1NoItemLostOrDuplicated() {
        return cases(1_000_000L, CASES, seed ->
                Harness.run("P1 seed=" + seed, Gen.script(seed, Gen.Config.forSeed(seed)), EnumSet.of(Group.ACCOUNTING),
                        seed % 2 == 0, false, false));
    }

    /**
     * Property 2: order. In a FIFO world the items are consumed (by all consumers and top-level
     * gets together) in the order they were produced, so each producer's in its own order; in every
     * world, each item got is the head of what {@code contents()} showed just before the get, and
     * each put leaves {@code contents()} as the kind's rule says (fifo: at the tail; lifo: at the
     * head; priority: by code point).
     */
    @TestFactory
    Stream<DynamicTest> p2OrderPerProducerAndAsPromised() {
        return cases(2_000_000L, CASES, seed ->
                Harness.run("P2 seed=" + seed, Gen.script(seed, Gen.Config.forSeed(seed)), EnumSet.of(Group.ORDER),
                        seed % 2 == 0, false, false));
    }

    /**
     * Property 3: the model never throws. Every command applies without an exception, except a
     * {@code WorldError} exactly where predicted (name clash, unknown task, sentinel in a priority
     * world), which leaves the world unchanged and writes nothing; views, {@code step 0},
     * {@code tick 0} and stepping an idle loop change nothing; no task ever fails. And a rejected
     * command leaves no trace at all: the same sequence without it writes the same trace (so it
     * drew no random number either).
     */
    @TestFactory
    Stream<DynamicTest> p3NeverThrowsAndRejectionsChangeNothing() {
        return cases(3_000_000L, CASES / 2, seed -> {
            boolean viaParser = seed % 2 == 0;
            List<Gen.Cmd> cmds = Gen.script(seed, Gen.Config.forSeed(seed));
            Harness h = Harness.run("P3 seed=" + seed, cmds, NONE, viaParser, false);
            List<Gen.Cmd> kept = new ArrayList<>();
            for (int i = 0; i < cmds.size(); i++) {
                if (!h.rejected().contains(i) && !(viaParser && cmds.get(i).parseError())) {
                    kept.add(cmds.get(i));
                }
            }
            Harness without = Harness.run("P3 seed=" + seed + " without its rejected commands", kept, NONE,
                    viaParser, false);
            assertThat(without.rejected()).isEmpty();
            assertThat(without.trace())
                    .as("seed=%d: the trace without the %d rejected commands", seed, h.rejected().size())
                    .isEqualTo(h.trace());
        });
    }

    /**
     * Property 4: loop invariants, checked after every handle and every command: the clock never
     * moves backwards; step events count n by exactly 1; unfinished >= qsize; a bounded queue
     * never exceeds maxsize; every task not done is either stepped by exactly one live handle in
     * the ready deque or waits on a pending future that the queue's getters or putters hold or a
     * live sleep timer will complete (no lost wake-up, no task scheduled twice); each pending
     * waiter belongs to a live task; a getter (putter) parks only on an empty (full) queue; a put
     * (get) wakes the first waiting getter (putter), FIFO; on an idle loop no task waits on a done
     * future, a waiting getter means an empty queue and a waiting putter a full one. And the
     * commands keep their contracts: {@code step N} runs N task steps unless the loop goes idle,
     * {@code tick} ends on an iteration boundary, {@code run} ends idle, {@code run until=T}
     * ends with the clock at T or later and no iteration due by T, {@code cancel} returns true iff
     * the task was not done.
     */
    @TestFactory
    Stream<DynamicTest> p4LoopInvariants() {
        return cases(4_000_000L, CASES, seed ->
                Harness.run("P4 seed=" + seed, Gen.script(seed, Gen.Config.forSeed(seed)), EnumSet.of(Group.LOOP),
                        seed % 2 == 0, false, false));
    }

    /**
     * Property 5: determinism. The same sequence, run twice, writes byte-identical JSON traces;
     * the same again through the parser with every checker listening (observers change nothing);
     * and the same again as a script through {@link ScriptRunner} (which stops at the first
     * rejected command, with exit status 2).
     */
    @TestFactory
    Stream<DynamicTest> p5Determinism() {
        return cases(5_000_000L, CASES / 2, seed -> {
            List<Gen.Cmd> cmds = new ArrayList<>();
            for (Gen.Cmd c : Gen.script(seed, Gen.Config.forSeed(seed))) {
                if (!c.parseError()) {        // a script with such a line would not run at all
                    cmds.add(c);
                }
            }
            String label = "P5 seed=" + seed;
            Harness first = Harness.run(label, cmds, NONE, false, true);
            Harness second = Harness.run(label, cmds, NONE, false, true);
            assertThat(second.trace()).as("%s: second run", label).isEqualTo(first.trace());
            Harness watched = Harness.run(label, cmds, EnumSet.allOf(Group.class), true, true);
            assertThat(watched.trace()).as("%s: through the parser, all checks on", label).isEqualTo(first.trace());
            StringBuilder script = new StringBuilder();
            cmds.forEach(c -> script.append(c.text()).append('\n'));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ScriptRunner.run(script.toString().getBytes(StandardCharsets.UTF_8), () -> out,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as("%s: exit status; stderr %s\n%s", label, err, script)
                    .isEqualTo(first.rejected().isEmpty() ? ScriptRunner.OK : ScriptRunner.INVALID);
            assertThat(out.toString(StandardCharsets.UTF_8)).as("%s: ScriptRunner's trace of\n%s", label, script)
                    .isEqualTo(first.trace());
        });
    }

    /**
     * Property 6a: the stepping granularity never changes what happens. After the same setup,
     * one {@code run} and a random mix of {@code step K}, {@code tick K} and
     * {@code run until=T} (until idle) write the same trace: the same step events, with the same
     * tasks, times, outputs, queues and states.
     */
    @TestFactory
    Stream<DynamicTest> p6aRunEqualsAnySplitIntoStepsTicksAndRunUntil() {
        return cases(6_000_000L, CASES / 2, seed -> {
            String label = "P6a seed=" + seed;
            Gen gen = new Gen(seed, Gen.Config.valid());
            List<Gen.Cmd> setup = gen.setup();
            Gen.Cmd run = new Gen.Cmd(new Command.Run(OptionalDouble.empty()), "run", false, false);
            List<Gen.Cmd> whole = new ArrayList<>(setup);
            whole.add(run);
            Harness a = Harness.run(label, whole, NONE, false, false);

            SplittableRandom rnd = gen.random();
            Harness b = new Harness(label + " (split)", NONE, seed % 2 == 0);
            List<Gen.Cmd> split = new ArrayList<>(setup);
            setup.forEach(b::apply);
            for (int guard = 0; !b.idle(); guard++) {
                if (guard > 100_000) {
                    throw b.failure("the split run does not end", null);
                }
                Gen.Cmd cmd = granular(rnd, b.world().loop().time());
                split.add(cmd);
                b.apply(cmd);
            }
            split.add(run);
            b.apply(run);
            assertThat(b.trace()).as("%s: trace of\n%s\nvs. trace of\n%s", label, Gen.render(split, split.size()),
                    Gen.render(whole, whole.size())).isEqualTo(a.trace());
        });
    }

    /**
     * Property 6b: with top-level commands in between, {@code step N} is {@code step a} then
     * {@code step b} for any a + b = N, {@code tick N} is N times {@code tick}, and {@code run} is
     * {@code step} or {@code tick} with a huge N: the traces are identical.
     */
    @TestFactory
    Stream<DynamicTest> p6bStepAndTickCountsSplitFreely() {
        return cases(6_500_000L, CASES / 2, seed -> {
            String label = "P6b seed=" + seed;
            List<Gen.Cmd> coarse = Gen.script(seed, Gen.Config.valid());
            SplittableRandom rnd = new SplittableRandom(~seed);
            List<Gen.Cmd> fine = new ArrayList<>();
            for (Gen.Cmd c : coarse) {
                fine.addAll(refine(c, rnd));
            }
            Harness a = Harness.run(label, coarse, NONE, false, false);
            Harness b = Harness.run(label + " (refined)", fine, NONE, seed % 2 == 0, false);
            assertThat(b.trace()).as("%s: trace of\n%s\nvs. trace of\n%s", label, Gen.render(fine, fine.size()),
                    Gen.render(coarse, coarse.size())).isEqualTo(a.trace());
        });
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Gen.Cmd granular(SplittableRandom rnd, double clock) {
        int r = rnd.nextInt(10);
        if (r < 4) {
            long k = rnd.nextInt(1, 4);
            return new Gen.Cmd(new Command.Step(k), "step " + k, false, false);
        } else if (r < 7) {
            long k = rnd.nextInt(1, 3);
            return new Gen.Cmd(new Command.Tick(k), "tick " + k, false, false);
        }
        String t = String.format(Locale.ROOT, "%.3f", clock + rnd.nextDouble() * 0.6);
        return new Gen.Cmd(new Command.Run(OptionalDouble.of(Double.parseDouble(t))), "run until=" + t, false, false);
    }

    private static List<Gen.Cmd> refine(Gen.Cmd c, SplittableRandom rnd) {
        List<Gen.Cmd> out = new ArrayList<>();
        Command command = c.command();
        if (command instanceof Command.Step s && s.n() != Long.MAX_VALUE) {
            long left = s.n();
            while (left > 0) {
                long k = rnd.nextLong(1, left + 1);
                out.add(new Gen.Cmd(new Command.Step(k), "step " + k, false, false));
                left -= k;
            }
        } else if (command instanceof Command.Tick t && t.n() != Long.MAX_VALUE) {
            for (long i = 0; i < t.n(); i++) {
                out.add(new Gen.Cmd(new Command.Tick(1), "tick", false, false));
            }
        } else if (command instanceof Command.Run r && r.until().isEmpty()) {
            out.add(rnd.nextBoolean()
                    ? new Gen.Cmd(new Command.Step(Long.MAX_VALUE), "step 99999999999999999999", false, false)
                    : new Gen.Cmd(new Command.Tick(Long.MAX_VALUE), "tick 99999999999999999999", false, false));
        } else {
            out.add(c);
        }
        return out;
    }

    private static Stream<DynamicTest> cases(long base, int count, LongConsumer property) {
        LongStream seeds = ONLY_SEED != null ? LongStream.of(ONLY_SEED) : LongStream.range(base, base + count);
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> property.accept(seed)));
    }
}
