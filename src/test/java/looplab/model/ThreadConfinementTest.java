package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The loop refuses use from a thread other than its owner, as asyncio's debug mode does. */
class ThreadConfinementTest {

    /** Runs {@code action} on a new thread while this one (the owner) stays alive; returns what it threw. */
    private static Throwable fromAnotherThread(Callable<?> action) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                action.call();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "intruder");
        t.start();
        t.join();
        return thrown.get();
    }

    @Test
    void everyChangingOperationIsRefusedFromAForeignThread() throws Exception {
        EventLoop loop = new EventLoop();
        Queue<String> queue = new Queue<>(loop, 1);
        queue.putNowait("a");
        Future<Object> future = loop.createFuture();
        Task task = loop.createTask("T", queue.get());
        Event event = new Event(loop);
        Callable<?>[] actions = {
            () -> { queue.putNowait("x"); return null; },
            queue::getNowait,
            () -> { queue.taskDone(); return null; },
            () -> { queue.shutdown(false); return null; },
            () -> { future.setResult(1); return null; },
            future::cancel,
            task::cancel,
            () -> loop.callSoon(arg -> {}, null),
            () -> loop.callLater(1, arg -> {}, null),
            () -> loop.createTask("U", Sleep.of(loop, 1)),
            loop::runOne,
            () -> loop.step(1),
            loop::tick,
            () -> { loop.runUntilIdle(); return null; },
            () -> { loop.runUntil(3); return null; },
            () -> { event.set(); return null; },
        };
        for (Callable<?> action : actions) {
            Throwable e = fromAnotherThread(action);
            assertThat(e).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Non-thread-safe operation invoked on an event loop other than the current one")
                    .hasMessageContaining("'intruder'");
        }
        // Nothing changed.
        assertThat(queue.contents()).containsExactly("a");
        assertThat(future.done()).isFalse();
        assertThat(task.done()).isFalse();
        assertThat(loop.time()).isZero();
        assertThat(loop.taskSteps()).isZero();
    }

    @Test
    void viewsAndRequestStopWorkFromAnyThread() throws Exception {
        EventLoop loop = new EventLoop();
        Queue<String> queue = new Queue<>(loop, 0);
        queue.putNowait("a");
        assertThat(fromAnotherThread(() -> {
            loop.requestStop();
            return queue.contents().size() + loop.readyHandles().size() + (int) loop.time();
        })).isNull();
    }

    @Test
    void aLoopWhoseOwnerEndedPassesToTheNextThread() throws Exception {
        AtomicReference<EventLoop> made = new AtomicReference<>();
        Thread maker = new Thread(() -> made.set(new EventLoop()));
        maker.start();
        maker.join();
        EventLoop loop = made.get();
        assertThat(loop.owner()).isSameAs(maker);
        loop.callSoon(arg -> {}, null);          // the owner ended: this thread goes on with it
        assertThat(loop.owner()).isSameAs(Thread.currentThread());
        assertThat(fromAnotherThread(loop::runOne)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bindToCurrentThreadHandsTheLoopOver() throws Exception {
        EventLoop loop = new EventLoop();
        assertThat(fromAnotherThread(() -> {
            loop.bindToCurrentThread();
            return loop.callSoon(arg -> {}, null);
        })).isNull();
        // the helper thread has ended, so the loop comes back to this one on first use
        assertThat(loop.runOne()).isTrue();
    }

    @Test
    void aLentLoopIsUsableByTheBorrowerOnly() throws Exception {
        EventLoop loop = new EventLoop();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        Thread borrower = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            loop.callSoon(arg -> {}, null);
        });
        borrower.start();
        Thread previous = loop.lendTo(borrower);
        assertThat(previous).isSameAs(Thread.currentThread());
        assertThatThrownBy(() -> loop.callSoon(arg -> {}, null)).isInstanceOf(IllegalStateException.class);
        go.countDown();
        borrower.join();
        loop.giveBack(previous);
        assertThat(loop.readyHandles()).hasSize(1);
        assertThat(loop.runOne()).isTrue();
    }
}
