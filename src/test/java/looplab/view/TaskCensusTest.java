package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import looplab.world.Actor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The census behind a big world's frame counts what visiting every task counts, after every
 * command of seeded random sessions (it re-reads only the tasks the loop's events touched).
 */
class TaskCensusTest {
    private static final String[] LINES = {"spawn producer", "spawn producer count=2 delay=0", "spawn consumer",
        "spawn consumer delay=0", "spawn producer count=1 delay=0.2 sentinel=off", "put x", "put None", "get",
        "step", "step 3", "tick", "run until=0.5", "run", "cancel P0", "cancel C1", "cancel C0", "new maxsize=1",
        "new kind=lifo", "spawn consumer delay=0.1..0.3"};

    @TestFactory
    Stream<DynamicTest> censusEqualsACountOfEveryTask() {
        return LongStream.range(0, 60).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            ViewDriver d = new ViewDriver();
            List<String> done = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String line = LINES[rnd.nextInt(LINES.length)];
                done.add(line);
                d.run(line);
                TaskCensus census = d.journal.census();
                int producers = 0;
                int[] counts = new int[TaskStates.Category.values().length];
                for (Actor a : d.world.actors()) {
                    producers += a.role() == looplab.command.Command.Role.PRODUCER ? 1 : 0;
                    counts[TaskStates.Category.of(a.task()).ordinal()]++;
                }
                assertThat(census.producers()).as("producers after %s", done).isEqualTo(producers);
                for (TaskStates.Category c : TaskStates.Category.values()) {
                    assertThat(census.count(c)).as("%s after %s", c, done).isEqualTo(counts[c.ordinal()]);
                }
            }
        }));
    }

    @Test
    void aBigWorldsFrameSummarisesFromTheCensus() {
        ViewDriver d = new ViewDriver();
        for (int i = 0; i < 30; i++) {
            d.run(i % 3 == 0 ? "spawn producer count=2 delay=0" : "spawn consumer delay=0");
        }
        d.run("step 25");
        String frame = d.run("show");
        int[] counts = new int[TaskStates.Category.values().length];
        for (Actor a : d.world.actors()) {
            counts[TaskStates.Category.of(a.task()).ordinal()]++;
        }
        StringBuilder summary = new StringBuilder("TASKS   10 producers, 20 consumers:");
        boolean first = true;
        for (TaskStates.Category c : TaskStates.Category.values()) {
            if (counts[c.ordinal()] > 0) {
                summary.append(first ? " " : ", ").append(counts[c.ordinal()]).append(' ').append(c.words);
                first = false;
            }
        }
        assertThat(frame).contains(summary.toString() + "\n");
    }
}
