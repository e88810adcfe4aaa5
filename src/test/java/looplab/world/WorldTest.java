package looplab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import looplab.command.Command;
import looplab.command.Parser;
import looplab.command.QueueKind;
import looplab.command.ScriptError;
import looplab.model.Awaiting;
import looplab.model.Coroutine;
import looplab.model.RecordingScheduler;
import looplab.model.ReplayScheduler;
import looplab.model.Scheduler;
import looplab.trace.TraceJson;
import org.junit.jupiter.api.Test;

class WorldTest {
    private final List<TraceEvent> events = new ArrayList<>();
    private final World world = new World(events::add);

    static Command parse(String line) {
        try {
            return Parser.parseLine(line, 0, QueueKind.FIFO).orElseThrow();
        } catch (ScriptError e) {
            throw new AssertionError(e);
        }
    }

    static void run(World world, String... lines) throws WorldError {
        for (String line : lines) {
            world.apply(parse(line));
        }
    }

    /** A coroutine of the user's: prints k1, k2, ... yielding between, {@code steps} steps in all. */
    static Function<World, Coroutine> yielder(int steps, int stopAfter) {
        return w -> new Coroutine() {
            private int k;

            @Override
            public Object resume(RuntimeException thrown) {
                if (thrown != null) {
                    throw thrown;
                }
                k++;
                w.loop().currentTask().print("k" + k);
                if (k == stopAfter) {
                    w.loop().requestStop();        // as a console's Ctrl-C would, between handles
                }
                return k < steps ? YIELD : finish(null);
            }
        };
    }

    @Test
    void aUserTaskIsSpawnedUnderTheBuiltInsRulesAndTrace() throws WorldError {
        run(world, "spawn producer count=1");
        assertThatThrownBy(() -> world.spawn("P0", yielder(1, 0))).isInstanceOf(WorldError.class)
                .hasMessageContaining("a task named 'P0' already exists");
        Actor mine = world.spawn("mine", yielder(2, 0));
        assertThat(events.get(events.size() - 1)).isEqualTo(new TraceEvent.Spawned("mine", TaskRole.TASK, null));
        assertThat(TraceJson.line(events.get(events.size() - 1))).isEqualTo("{\"type\":\"spawn\",\"task\":\"mine\",\"role\":\"task\"}");
        assertThatThrownBy(() -> run(world, "spawn consumer mine")).isInstanceOf(WorldError.class);
        run(world, "spawn consumer");

        assertThat(world.tasks()).extracting(Actor::name).containsExactly("P0", "mine", "C0");
        assertThat(world.actors()).extracting(Actor::name).containsExactly("P0", "C0");
        assertThat(world.actor("mine")).isNull();
        assertThat(world.task("mine")).isSameAs(mine);
        assertThat(mine.isBuiltin()).isFalse();
        assertThat(mine.builtin()).isNull();
        assertThat(mine.role()).isNull();
        assertThat(mine.taskRole()).isEqualTo(TaskRole.TASK);
        assertThat(world.task("P0").builtin().count()).isEqualTo(1);

        run(world, "cancel mine");
        assertThat(events.get(events.size() - 1)).isEqualTo(new TraceEvent.CancelResult("mine", true));
        run(world, "run");
        assertThat(mine.task().awaiting()).isEqualTo(Awaiting.CANCELLED);
        run(world, "cancel mine");
        assertThat(events.get(events.size() - 1)).isEqualTo(new TraceEvent.CancelResult("mine", false));
        run(world, "new");
        assertThat(world.tasks()).isEmpty();
    }

    @Test
    void theWorldKeepsTheAcceptedCommandsInOrder() throws WorldError {
        run(world, "spawn producer count=1", "show");
        assertThatThrownBy(() -> run(world, "cancel nobody")).isInstanceOf(WorldError.class);
        Function<World, Coroutine> body = yielder(1, 0);
        world.spawn("mine", body);
        world.spawn("inner-parent", w -> {
            Coroutine child = yielder(1, 0).apply(w);
            return new Coroutine() {
                @Override
                public Object resume(RuntimeException thrown) {
                    try {
                        w.spawn("child", x -> child);         // a task creating a task: not kept
                    } catch (WorldError e) {
                        throw new IllegalStateException(e);
                    }
                    return finish(null);
                }
            };
        });
        run(world, "run");
        assertThat(world.tasks()).extracting(Actor::name).containsExactly("P0", "mine", "inner-parent", "child");
        assertThat(world.applied()).hasSize(4);
        assertThat(world.applied().get(0)).isEqualTo(new Applied.Line(parse("spawn producer count=1")));
        assertThat(world.applied().get(1)).isEqualTo(new Applied.SpawnTask("mine", body));
        assertThat(world.applied().get(2)).isInstanceOf(Applied.SpawnTask.class);
        assertThat(world.applied().get(3)).isEqualTo(new Applied.Line(parse("run")));
    }

    @Test
    void aSchedulerThatPicksTheLastOfTheBatchGivesTheOrderWorkedOutByHand() throws WorldError {
        world.setScheduler(batch -> batch.size() - 1);
        run(world, "spawn producer count=1 delay=0 sentinel=off", "spawn consumer delay=0", "spawn consumer delay=0", "run");
        String item = "Item 0 from P0";
        assertThat(events.subList(4, events.size())).containsExactly(
                // iteration 1, [P0, C0, C1] backwards: both consumers park, C1 first; P0's put wakes C1
                new TraceEvent.Stepped(1, 0.0, "C1", List.of(), List.of(), 0, Awaiting.GET),
                new TraceEvent.Stepped(2, 0.0, "C0", List.of(), List.of(), 0, Awaiting.GET),
                new TraceEvent.Stepped(3, 0.0, "P0", List.of("Producer P0 added: " + item), List.of(item), 1, Awaiting.YIELD),
                // iteration 2, [C1's wake-up, P0's resumption] backwards: P0 returns before C1 gets
                new TraceEvent.Stepped(4, 0.0, "P0", List.of(), List.of(item), 1, Awaiting.DONE),
                new TraceEvent.Stepped(5, 0.0, "C1", List.of("Consumer C1 got: " + item), List.of(), 1, Awaiting.YIELD),
                // iteration 3: C1 alone marks it done and waits again
                new TraceEvent.Stepped(6, 0.0, "C1", List.of(), List.of(), 0, Awaiting.GET));
        assertThat(world.loop().iterations()).isEqualTo(3);
    }

    @Test
    void theSentinelCountIsRealNotALine() throws WorldError {
        run(world, "spawn producer count=1 delay=0 sentinel=off", "spawn consumer", "run");
        assertThat(world.actor("P0").suspendedAt().line()).isEqualTo(9);     // the line both exits share
        assertThat(world.actor("P0").sentinelsPut()).isZero();
        run(world, "new", "spawn producer count=1 delay=0", "spawn consumer", "run");
        assertThat(world.actor("P0").sentinelsPut()).isEqualTo(1);
        assertThat(world.actor("C0").sentinelsPut()).isZero();
        assertThat(world.actor("C0").task().awaiting()).isEqualTo(Awaiting.DONE);
    }

    @Test
    void aStoppedRunReplaysExactlyWhatItDid() throws WorldError {
        run(world, "spawn producer count=2 delay=0", "spawn consumer delay=0");
        world.spawn("stopper", yielder(6, 3));
        run(world, "run");
        assertThat(world.applied().get(3)).isInstanceOf(Applied.Stopped.class);
        assertThat(world.loop().isIdle()).isFalse();
        run(world, "put x", "step 2", "run");
        List<TraceEvent> again = new ArrayList<>();
        World.replay(world.applied(), Scheduler.FIFO, again::add);
        assertThat(again).isEqualTo(events);
    }

    @Test
    void replayingUnderTheRecordedScheduleGivesTheSameTrace() throws WorldError {
        RecordingScheduler recording = new RecordingScheduler(seeded(7));
        world.setScheduler(recording);
        run(world, "new seed=42", "spawn producer count=3 delay=0.1..0.5", "spawn producer count=3 delay=0.1..0.5",
                "spawn consumer", "spawn consumer", "run");
        assertThat(recording.choices()).isNotEmpty();
        List<TraceEvent> again = new ArrayList<>();
        World replayed = World.replay(world.applied(), new ReplayScheduler(recording.choices()), again::add);
        assertThat(again).isEqualTo(events);
        assertThat(replayed.applied()).isEqualTo(world.applied());

        List<TraceEvent> fifo = new ArrayList<>();
        World.replay(world.applied(), Scheduler.FIFO, fifo::add);
        assertThat(fifo).isNotEqualTo(events);          // the schedule mattered
        assertThat(fifo.get(0)).isEqualTo(new TraceEvent.NewWorld(BigInteger.ZERO, BigInteger.ZERO, QueueKind.FIFO));
    }

    /** A scheduler choosing at random, from a seed. */
    static Scheduler seeded(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        return batch -> random.nextInt(batch.size());
    }
}
