package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The first timers found by walking the heap are the first of the sorted live list, whatever is cancelled. */
class EarliestTimersTest {
    @TestFactory
    Stream<DynamicTest> theEarliestLiveTimersAreThoseOfTheSortedList() {
        return LongStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            EventLoop loop = new EventLoop();
            List<TimerHandle> all = new ArrayList<>();
            int n = 1 + rnd.nextInt(300);
            for (int i = 0; i < n; i++) {
                // few distinct deadlines, so that ties are ordered by scheduling
                all.add(loop.callLater(rnd.nextInt(20) / 4.0, a -> { }, null));
            }
            for (TimerHandle t : all) {
                if (rnd.nextInt(3) == 0) {
                    t.cancel();
                }
            }
            if (rnd.nextBoolean()) {
                loop.runUntil(rnd.nextInt(5) / 2.0);       // some have run, some cancelled ones were dropped
            }
            List<TimerHandle> sorted = loop.liveTimers();
            assertThat(loop.liveTimerCount()).isEqualTo(sorted.size());
            for (int max : new int[] {0, 1, 8, n, Integer.MAX_VALUE}) {
                assertThat(loop.liveTimers(max)).isEqualTo(sorted.subList(0, Math.min(max, sorted.size())));
            }
        }));
    }
}
