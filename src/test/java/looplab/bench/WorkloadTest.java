package looplab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ArrayList;
import looplab.model.EventLoop;
import looplab.model.Handle;
import looplab.model.LoopObserver;
import looplab.model.Queue;
import looplab.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bench's workloads deliver every item, and do the very work CPython's asyncio does for the
 * anchor: the same number of loop iterations and of handles run (counted on CPython 3.11 with
 * {@code tools/bench-shape.py}). No timing here.
 */
class WorkloadTest {
    @ParameterizedTest(name = "{0} with {1} items: {2} iterations, {3} handles, as CPython")
    @CsvSource({
            "pingpong, 1, 6, 8", "pingpong, 7, 18, 20", "pingpong, 1000, 2004, 2006", "pingpong, 20000, 40004, 40006",
            "unbounded, 1, 4, 6", "unbounded, 7, 4, 6", "unbounded, 1000, 4, 6", "unbounded, 20000, 4, 6",
            "fanin, 1, 7, 233", "fanin, 7, 7, 233", "fanin, 1000, 25, 783", "fanin, 20000, 405, 12233",
            "yields, 1, 4, 20002", "yields, 7, 4, 20002", "yields, 1000, 4, 20002", "yields, 20000, 6, 40002"})
    void sameIterationsAndHandlesAsCPython(String name, int items, long iterations, long handles) {
        Workload workload = Workload.byLabel(name);
        EventLoop loop = new EventLoop();
        long[] ran = {0};
        loop.addObserver(new LoopObserver() {
            @Override
            public void handleStarting(Handle handle, boolean skipped) {
                ran[0]++;
            }
        });
        WorkloadMain main = workload.main(loop, items);
        Task task = loop.createTask("main", main);
        loop.runUntilIdle();
        assertThat(task.done()).isTrue();
        assertThat(task.exception()).isNull();
        assertThat(main.delivered()).isEqualTo(workload.expected(items));
        assertThat(loop.iterations()).isEqualTo(iterations);
        assertThat(ran[0]).isEqualTo(handles);
    }

    @ParameterizedTest
    @CsvSource({"pingpong, 12345, 12345", "unbounded, 12345, 12345", "fanin, 12345, 12300", "yields, 123456, 120000"})
    void everyItemGoesThrough(String name, int items, long expected) {
        Workload workload = Workload.byLabel(name);
        assertThat(workload.expected(items)).isEqualTo(expected);
        assertThat(workload.run(items)).isEqualTo(expected);
    }

    @Test
    void theConsumerGetsTheItemsInOrderThenStopsAtNone() {
        EventLoop loop = new EventLoop();
        Queue<Integer> q = new Queue<>(loop, 1);
        List<Integer> got = new ArrayList<>();
        loop.addObserver(new LoopObserver() {
            @Override
            public void itemTaken(Queue<?> queue, Object item, Task by) {
                got.add((Integer) item);
            }
        });
        ItemConsumer consumer = new ItemConsumer(q);
        Gather gather = Gather.of(loop, "producer", new ItemProducer(q, 5, true), "consumer", consumer);
        loop.runUntilIdle();
        assertThat(got).containsExactly(0, 1, 2, 3, 4, null);
        assertThat(consumer.consumed()).isEqualTo(5);
        assertThat(gather.result()).containsExactly(null, null);
        assertThat(q.empty()).isTrue();
    }

    @Test
    void aGatherFailsWithItsFirstFailingChild() {
        EventLoop loop = new EventLoop();
        Queue<Integer> q = new Queue<>(loop, 0);
        Task waiting = loop.createTask("waits", new ItemConsumer(q));
        Task failing = loop.createTask("fails", new looplab.model.Coroutine() {
            @Override
            public Object resume(RuntimeException thrown) {
                throw new IllegalArgumentException("boom");
            }
        });
        Gather gather = Gather.of(loop, List.of(waiting, failing));
        loop.runUntilIdle();
        assertThat(gather.exception()).isInstanceOf(IllegalArgumentException.class).hasMessage("boom");
        assertThat(waiting.done()).isFalse();
    }

    @Test
    void userCoroutinesPassEveryItemThroughTheSameQueue() {
        assertThat(UserPingPong.run(300)).isEqualTo(300);
    }

    @Test
    void aGatherOfNothingWaitsForNothing() {
        EventLoop loop = new EventLoop();
        Yields main = new Yields(loop, 0);
        Task task = loop.createTask("main", main);
        loop.runUntilIdle();
        assertThat(task.done()).isTrue();
        assertThat(main.delivered()).isZero();
    }
}
