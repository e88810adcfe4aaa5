package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLoopTest {
    private final EventLoop loop = new EventLoop();
    private final List<String> log = new ArrayList<>();

    private Callback record(String what) {
        return arg -> log.add(what + "@" + loop.time());
    }

    @Test
    void readyHandlesRunInFifoOrder() {
        loop.callSoon(record("a"), null);
        loop.callSoon(record("b"), null);
        loop.callSoon(record("c"), null);
        loop.runUntilIdle();
        assertThat(log).containsExactly("a@0.0", "b@0.0", "c@0.0");
    }

    @Test
    void handlesScheduledDuringABatchWaitForTheNextIteration() {
        loop.callSoon(arg -> {
            log.add("first");
            loop.callSoon(record("scheduled-by-first"), null);
        }, null);
        loop.callSoon(record("second"), null);
        assertThat(loop.tick()).isTrue();
        assertThat(log).containsExactly("first", "second@0.0");
        assertThat(loop.readyHandles()).hasSize(1);
        loop.tick();
        assertThat(log).containsExactly("first", "second@0.0", "scheduled-by-first@0.0");
        assertThat(loop.iterations()).isEqualTo(2);
    }

    @Test
    void timerTiesKeepTheOrderOfScheduling() {
        loop.callLater(0.5, record("x"), null);
        loop.callLater(0.25, record("early"), null);
        loop.callLater(0.5, record("y"), null);
        loop.callLater(0.5, record("z"), null);
        loop.runUntilIdle();
        assertThat(log).containsExactly("early@0.25", "x@0.5", "y@0.5", "z@0.5");
    }

    @Test
    void theClockJumpsOnlyWhenNothingIsReady() {
        loop.callLater(1.0, record("timer"), null);
        loop.callSoon(record("soon"), null);
        loop.tick();
        assertThat(log).containsExactly("soon@0.0");
        assertThat(loop.time()).isEqualTo(0.0);
        loop.tick();
        assertThat(log).containsExactly("soon@0.0", "timer@1.0");
    }

    @Test
    void aDueTimerJoinsTheBatchAfterTheReadyHandles() {
        loop.callLater(0.0, record("timer"), null);
        loop.callSoon(record("soon"), null);
        loop.tick();
        assertThat(log).containsExactly("soon@0.0", "timer@0.0");
    }

    @Test
    void cancelledHandlesAreSkippedButUseTheirPlaceInTheBatch() {
        Handle skipped = loop.callSoon(record("skipped"), null);
        loop.callSoon(record("kept"), null);
        skipped.cancel();
        assertThat(loop.batchLeft()).isZero();
        assertThat(loop.runOne()).isTrue();          // the cancelled one: skipped
        assertThat(log).isEmpty();
        assertThat(loop.batchLeft()).isEqualTo(1);
        loop.runOne();
        assertThat(log).containsExactly("kept@0.0");
    }

    @Test
    void cancelledTimersDoNotKeepTheLoopBusy() {
        TimerHandle timer = loop.callLater(5, record("never"), null);
        timer.cancel();
        assertThat(loop.isIdle()).isTrue();
        assertThat(loop.tick()).isFalse();
        assertThat(loop.time()).isEqualTo(0.0);
    }

    @Test
    void runUntilStopsBeforeALaterIterationAndMovesTheClock() {
        loop.callLater(0.3, record("a"), null);
        loop.callLater(0.7, record("b"), null);
        loop.runUntil(0.5);
        assertThat(log).containsExactly("a@0.3");
        assertThat(loop.time()).isEqualTo(0.5);
        loop.runUntil(0.1);                          // the clock never moves back
        assertThat(loop.time()).isEqualTo(0.5);
        loop.runUntilIdle();
        assertThat(log).containsExactly("a@0.3", "b@0.7");
    }

    @Test
    void deadlinesAreOneAdditionFromTheClock() {
        loop.callLater(0.1, arg -> loop.callLater(0.2, record("second"), null), null);
        loop.runUntilIdle();
        assertThat(log).containsExactly("second@" + (0.1 + 0.2));
        assertThat(loop.time()).isEqualTo(0.30000000000000004);
    }

    @Test
    void futureCallbacksAreScheduledNeverCalledInline() {
        Future<String> future = loop.createFuture();
        future.addDoneCallback(arg -> log.add("done:" + ((Future<?>) arg).result()));
        future.setResult("x");
        assertThat(log).isEmpty();
        assertThat(loop.readyHandles()).hasSize(1);
        loop.tick();
        assertThat(log).containsExactly("done:x");
    }

    @Test
    void aCallbackAddedToADoneFutureIsScheduledToo() {
        Future<String> future = loop.createFuture();
        future.setResult("x");
        future.addDoneCallback(arg -> log.add("late"));
        assertThat(log).isEmpty();
        loop.tick();
        assertThat(log).containsExactly("late");
    }

    @Test
    void stepCountsTaskStepsNotHandles() {
        loop.callSoon(record("plain"), null);
        Task task = loop.createTask("t", Sleep.of(loop, 0));
        assertThat(loop.step(1)).isEqualTo(1);
        assertThat(log).containsExactly("plain@0.0");    // a plain callback is not a task step
        assertThat(task.awaiting()).isEqualTo(Awaiting.YIELD);
        assertThat(loop.step(5)).isEqualTo(1);           // then the loop goes idle
        assertThat(task.awaiting()).isEqualTo(Awaiting.DONE);
    }
}
