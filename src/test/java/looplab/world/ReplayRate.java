package looplab.world;

import java.util.List;
import looplab.model.Scheduler;

/**
 * Prints how many times a second the seed example (two producers of 3 items, two consumers, run
 * until idle) is rebuilt from its commands with {@link World#replay}, without listeners: the cost
 * an exploration of schedules pays per run. A measurement to read, not a test (no test may
 * assert on time). Run it after {@code mvn test-compile}:
 *
 * <pre>java -cp target/classes:target/test-classes:GSON_AND_JLINE_JARS looplab.world.ReplayRate</pre>
 */
public final class ReplayRate {
    private ReplayRate() {}

    public static void main(String[] args) throws WorldError {
        World original = new World();
        WorldTest.run(original, "new seed=42", "spawn producer count=3", "spawn producer count=3",
                "spawn consumer", "spawn consumer", "run");
        List<Applied> commands = original.applied();
        long steps = original.steps();
        for (int round = 0; round < 5; round++) {
            long n = 0;
            long start = System.nanoTime();
            long end = start + 1_000_000_000L;
            long now;
            do {
                for (int i = 0; i < 100; i++) {
                    if (World.replay(commands, Scheduler.FIFO).steps() != steps) {
                        throw new AssertionError("a replay diverged");
                    }
                }
                n += 100;
                now = System.nanoTime();
            } while (now < end);
            System.out.printf("round %d: %,.0f replays/s (%d task steps each, %.1f us per replay)%n",
                    round + 1, n * 1e9 / (now - start), steps, (now - start) / 1e3 / n);
        }
    }
}
