package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import looplab.model.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a user coroutine costs: items per second through a queue of one slot, between a producer
 * and a consumer, written as user coroutines and as the built-ins. Prints the numbers quoted in
 * {@link ThreadedCoroutine}'s Javadoc; asserts only a generous floor.
 */
@Timeout(60)
class ThreadedCoroutinePingPongTest {
    private static final int ITEMS = 5_000;

    private static double userItemsPerSecond() {
        try (Lab lab = Lab.create().maxsize(1)) {
            Queue<String> q = lab.queue();
            lab.spawn("ping", t -> {
                for (int i = 0; i < ITEMS; i++) {
                    t.await(q.put("x"));
                }
                t.await(q.put(null));
            });
            lab.spawn("pong", t -> {
                while (t.await(q.get()) != null) {
                    q.taskDone();
                }
            });
            long start = System.nanoTime();
            lab.run();
            long nanos = System.nanoTime() - start;
            assertThat(lab.state("pong")).isEqualTo("done");
            return ITEMS / (nanos / 1e9);
        }
    }

    private static double builtInItemsPerSecond() {
        try (Lab lab = Lab.create().maxsize(1)) {
            lab.spawnProducer("ping", ITEMS, 0).spawnConsumer("pong", 0);
            long start = System.nanoTime();
            lab.run();
            long nanos = System.nanoTime() - start;
            assertThat(lab.state("pong")).isEqualTo("done");
            return ITEMS / (nanos / 1e9);
        }
    }

    @Test
    void measureTheHandOff() {
        double user = 0;
        double builtin = 0;
        for (int round = 0; round < 3; round++) {     // the last round is warm
            user = userItemsPerSecond();
            builtin = builtInItemsPerSecond();
        }
        long userSteps = 2L * ITEMS;   // about one step per item on each side
        System.out.printf("user coroutines: %,.0f items/s (about %.1f us per task step); built-ins: %,.0f items/s%n",
                user, 1e6 * ITEMS / user / userSteps * 1.0, builtin);
        // No timed assertion: on a shared machine any bound is flaky. The rounds above check that
        // every item went through; `looplab bench user-coroutines` measures the cost.
    }
}
