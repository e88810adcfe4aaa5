package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskTest {
    private final EventLoop loop = new EventLoop();

    @Test
    void aTaskCancelledBeforeItsFirstStepEndsInThatStep() {
        Task task = loop.createTask("t", Sleep.of(loop, 1));
        assertThat(task.cancel()).isTrue();
        assertThat(task.cancel()).isTrue();             // still not done: true again (3.11)
        assertThat(task.awaiting()).isEqualTo(Awaiting.START);
        assertThat(loop.step(1)).isEqualTo(1);
        assertThat(task.awaiting()).isEqualTo(Awaiting.CANCELLED);
        assertThat(task.cancel()).isFalse();
        assertThat(loop.isIdle()).isTrue();
    }

    @Test
    void cancellingASleepCancelsItsTimer() {
        Task task = loop.createTask("t", Sleep.of(loop, 1));
        loop.step(1);
        assertThat(task.awaiting()).isEqualTo(Awaiting.SLEEP);
        assertThat(loop.liveTimers()).hasSize(1);
        task.cancel();
        loop.step(1);
        assertThat(task.cancelled()).isTrue();
        assertThat(loop.liveTimers()).isEmpty();
        assertThat(loop.time()).isEqualTo(0.0);
    }

    @Test
    void aSleepingTaskResumesOneIterationAfterItsTimer() {
        Task task = loop.createTask("t", Sleep.of(loop, 0.5));
        loop.tick();                                     // first step: sleeps
        loop.tick();                                     // the timer runs: completes the future only
        assertThat(loop.time()).isEqualTo(0.5);
        assertThat(task.done()).isFalse();
        assertThat(loop.readyHandles()).singleElement()
                .satisfies(h -> assertThat(h.purpose()).isEqualTo(Handle.Purpose.TASK_WAKEUP));
        loop.tick();
        assertThat(task.done()).isTrue();
    }

    @Test
    void aYieldingTaskCancelledIsCancelledAtItsNextStep() {
        Task task = loop.createTask("t", Sleep.of(loop, 0));
        loop.step(1);
        assertThat(task.awaiting()).isEqualTo(Awaiting.YIELD);
        assertThat(task.cancel()).isTrue();
        assertThat(task.cancelPending()).isTrue();
        loop.step(1);
        assertThat(task.cancelled()).isTrue();
    }

    @Test
    void anExceptionInTheCoroutineFailsTheTask() {
        Task task = loop.createTask("t", new Coroutine() {
            @Override
            public Object resume(RuntimeException thrown) {
                throw new IllegalStateException("boom");
            }
        });
        loop.runUntilIdle();
        assertThat(task.awaiting()).isEqualTo(Awaiting.FAILED);
        assertThat(task.exception()).hasMessage("boom");
    }

    @Test
    void aCoroutineMayCatchTheCancellation() {
        Task task = loop.createTask("t", new Coroutine() {
            private Sleep sleep = Sleep.of(loop, 1);

            @Override
            public Object resume(RuntimeException thrown) {
                if (sleep == null) {
                    return finish("never");
                }
                try {
                    return sleep.resume(thrown);
                } catch (CancelledError e) {
                    sleep = null;
                    return finish("survived");
                }
            }
        });
        loop.step(1);
        task.cancel();
        loop.runUntilIdle();
        assertThat(task.cancelled()).isFalse();
        assertThat(task.result()).isEqualTo("survived");
    }
}
