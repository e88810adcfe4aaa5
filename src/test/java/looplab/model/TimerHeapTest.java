package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The timer heap pops in {@link TimerHandle#compareTo}'s order, as a PriorityQueue of handles does. */
class TimerHeapTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void popsInTheOrderOfAPriorityQueueOfHandles(long seed) {
        Random random = new Random(seed);
        TimerHeap heap = new TimerHeap();
        PriorityQueue<TimerHandle> reference = new PriorityQueue<>();
        long seq = 0;
        double[] deadlines = {0.0, -0.0, 0.5, 1.0, 1.0, 2.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int op = 0; op < 5000; op++) {
            if (random.nextInt(3) > 0) {
                double when = random.nextBoolean() ? deadlines[random.nextInt(deadlines.length)] : random.nextInt(50) / 4.0;
                TimerHandle t = new TimerHandle(when, ++seq, arg -> { }, null, Handle.Purpose.CALLBACK, null);
                heap.add(t);
                reference.add(t);
            } else {
                assertThat(heap.poll()).isSameAs(reference.poll());
            }
            assertThat(heap.size()).isEqualTo(reference.size());
            assertThat(heap.peek()).isSameAs(reference.peek());
        }
        List<TimerHandle> all = new ArrayList<>();
        heap.forEach(all::add);
        assertThat(all).containsExactlyInAnyOrderElementsOf(reference);
        while (!reference.isEmpty()) {
            assertThat(heap.poll()).isSameAs(reference.poll());
        }
        assertThat(heap.isEmpty()).isTrue();
        assertThat(heap.poll()).isNull();
        assertThat(heap.peek()).isNull();
    }
}
