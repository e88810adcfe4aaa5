package looplab.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import looplab.command.Parser;
import looplab.command.QueueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A step's queue is a snapshot that later steps leave alone, in get order for every kind; the
 * invariant property tests check it against {@code contents()} at each step, this checks it
 * again once the run is over, and that the snapshots share rather than copy.
 */
class QueueItemsTest {
    private static void apply(World world, String line) throws Exception {
        world.apply(Parser.parseLine(line, 0, world.kind()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(QueueKind.class)
    void everyStepsQueueStaysAsItWasWhenTheStepEnded(QueueKind kind) throws Exception {
        List<TraceEvent.Stepped> steps = new ArrayList<>();
        List<List<String>> copies = new ArrayList<>();
        World world = new World(e -> {
            if (e instanceof TraceEvent.Stepped s) {
                steps.add(s);
                copies.add(new ArrayList<>(s.queue()));
            }
        });
        apply(world, "new maxsize=5 seed=3 kind=" + kind.word());
        apply(world, "spawn producer count=12 delay=0..0.2 sentinel=off");
        apply(world, "spawn producer count=9 delay=0..0.1 sentinel=off");
        apply(world, "spawn consumer delay=0.1..0.4");
        apply(world, "run until=1");
        apply(world, "put zz");
        apply(world, "get");
        apply(world, "run");
        assertThat(steps).hasSizeGreaterThan(40);
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).queue()).as("step %d", steps.get(i).n()).isEqualTo(copies.get(i));
        }
        assertThat(world.items()).isEqualTo(world.queue().contents());
    }

    @Test
    void aSnapshotIsTakenWithoutCopyingTheQueue() throws Exception {
        World world = new World();
        apply(world, "spawn producer count=1000 delay=0 sentinel=off");
        apply(world, "run");
        List<String> a = world.items();
        assertThat(world.items()).isSameAs(a);       // nothing changed: the same vector, no copy
        apply(world, "put \"one more\"");
        assertThat(a).hasSize(1000);
        assertThat(world.items()).hasSize(1001).endsWith("one more");
    }

    @Test
    void itemsDroppedByAnImmediateShutdownAreGoneFromTheSnapshot() throws Exception {
        World world = new World();
        apply(world, "put a");
        apply(world, "put b");
        world.queue().shutdown(true);
        assertThat(world.items()).isEmpty();
    }
}
