package looplab.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import looplab.command.Command;
import looplab.model.RecordingScheduler;
import looplab.model.ReplayScheduler;
import looplab.model.Scheduler;
import looplab.world.Applied;
import looplab.world.TraceEvent;
import looplab.world.World;
import looplab.world.WorldError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A world rebuilt from the commands it applied gives the same trace, event for event: under
 * asyncio's FIFO order, and under a random order replayed from its recorded choices.
 */
class ReplayPropertiesTest {
    private static final int SEEDS = 400;

    @TestFactory
    Stream<DynamicTest> aReplayedWorldGivesTheSameTrace() {
        return LongStream.range(0, SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    private static void check(long seed) throws WorldError {
        List<Gen.Cmd> script = Gen.script(seed, Gen.Config.forSeed(seed));
        boolean shuffled = seed % 2 == 1;
        SplittableRandom random = new SplittableRandom(seed);
        RecordingScheduler recording = new RecordingScheduler(shuffled ? batch -> random.nextInt(batch.size()) : Scheduler.FIFO);
        List<TraceEvent> trace = new ArrayList<>();
        World world = new World(trace::add);
        world.setScheduler(recording);
        int accepted = 0;
        for (Gen.Cmd cmd : script) {
            try {
                world.apply(cmd.command());
                accepted += cmd.command() instanceof Command.View ? 0 : 1;
            } catch (WorldError e) {
                // rejected: the world is unchanged, and keeps nothing of it
            }
        }
        assertThat(world.applied()).hasSize(accepted).allMatch(a -> a instanceof Applied.Line);

        List<TraceEvent> again = new ArrayList<>();
        Scheduler replay = shuffled ? new ReplayScheduler(recording.choices()) : Scheduler.FIFO;
        World replayed = World.replay(world.applied(), replay, again::add);
        assertThat(again).isEqualTo(trace);
        assertThat(replayed.applied()).isEqualTo(world.applied());
        if (shuffled) {
            assertThat(((ReplayScheduler) replay).exhausted()).isTrue();
        } else {
            assertThat(recording.choices()).allMatch(c -> c == 0);
        }
    }
}
