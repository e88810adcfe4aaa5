package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Scheduler LAST = batch -> batch.size() - 1;

    private final EventLoop loop = new EventLoop();
    private final List<String> log = new ArrayList<>();

    /** a, b, c ready (a schedules d while the batch runs), and a timer t due at once. */
    private void scheduleExample() {
        loop.callSoon(arg -> {
            log.add("a");
            loop.callSoon(x -> log.add("d"), null);
        }, null);
        loop.callSoon(arg -> log.add("b"), null);
        loop.callSoon(arg -> log.add("c"), null);
        loop.callLater(0, arg -> log.add("t"), null);
    }

    @Test
    void theDefaultIsAsyncioFifoAndNeverAsks() {
        assertThat(loop.scheduler()).isSameAs(Scheduler.FIFO);
        scheduleExample();
        loop.runUntilIdle();
        // The due timer joins the batch behind the ready handles; d waits for iteration 2.
        assertThat(log).containsExactly("a", "b", "c", "t", "d");
        assertThat(loop.iterations()).isEqualTo(2);
        assertThat(loop.handlesRun()).isEqualTo(5);
    }

    @Test
    void recordingFifoChoosesTheHeadAtEveryRealChoice() {
        RecordingScheduler recording = new RecordingScheduler(Scheduler.FIFO);
        loop.setScheduler(recording);
        scheduleExample();
        loop.runUntilIdle();
        assertThat(log).containsExactly("a", "b", "c", "t", "d");
        assertThat(recording.choices()).containsExactly(0, 0, 0);     // batch of 4: asked at 4, 3, 2 left
        assertThat(recording.options()).containsExactly(4, 3, 2);
    }

    @Test
    void lastOfTheBatchReversesEachBatchButNotTheIterations() {
        RecordingScheduler recording = new RecordingScheduler(LAST);
        loop.setScheduler(recording);
        scheduleExample();
        loop.runUntilIdle();
        // Batch 1 is [a, b, c, t], run last first; d, scheduled by a, still waits for batch 2.
        assertThat(log).containsExactly("t", "c", "b", "a", "d");
        assertThat(recording.choices()).containsExactly(3, 2, 1);
        assertThat(loop.iterations()).isEqualTo(2);
    }

    @Test
    void replayingARecordedScheduleReproducesTheOrderThenRunsFifo() {
        ReplayScheduler replay = new ReplayScheduler(List.of(3, 2, 1));
        loop.setScheduler(replay);
        scheduleExample();
        loop.runUntilIdle();
        assertThat(log).containsExactly("t", "c", "b", "a", "d");
        assertThat(replay.exhausted()).isTrue();

        EventLoop prefix = new EventLoop();
        List<String> order = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            prefix.callSoon(arg -> order.add(name), null);
        }
        prefix.setScheduler(new ReplayScheduler(List.of(1)));     // b first, then FIFO: a, c
        prefix.runUntilIdle();
        assertThat(order).containsExactly("b", "a", "c");
    }

    @Test
    void theSchedulerSeesWhatEachHandleIs() {
        List<String> seen = new ArrayList<>();
        loop.setScheduler(batch -> {
            for (int i = 0; i < batch.size(); i++) {
                seen.add(batch.iteration() + ":" + batch.ran() + ":" + batch.get(i).purpose());
            }
            return 0;
        });
        Task task = loop.createTask("T", new Coroutine() {
            @Override
            public Object resume(RuntimeException thrown) {
                return DONE;
            }
        });
        loop.callSoon(arg -> { }, null);
        loop.runUntilIdle();
        assertThat(task.done()).isTrue();
        assertThat(seen).containsExactly("1:0:TASK_START", "1:0:CALLBACK");
        assertThat(loop.readyHandles()).isEmpty();
    }

    @Test
    void aChoiceOutsideTheBatchIsRefusedBeforeAnythingRuns() {
        loop.setScheduler(batch -> batch.size());
        scheduleExample();
        assertThatThrownBy(loop::runOne).isInstanceOf(IllegalStateException.class);
        assertThat(log).isEmpty();
        assertThat(loop.batchLeft()).isEqualTo(4);
    }

    @Test
    void aLongBatchWrapsTheRingAndKeepsItsOrder() {
        loop.setScheduler(LAST);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int k = i;
            loop.callSoon(arg -> order.add(k), null);
        }
        loop.runOne();
        for (int i = 40; i < 60; i++) {                      // scheduled during the batch
            int k = i;
            loop.callSoon(arg -> order.add(k), null);
        }
        loop.tick();
        assertThat(order).hasSize(40).startsWith(39, 38).endsWith(0);
        loop.tick();
        assertThat(order).hasSize(60).endsWith(41, 40);
    }
}
