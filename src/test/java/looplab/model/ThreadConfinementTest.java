package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Another thread and the loop, as CPython 3.11 has them: with debug off nothing checks (and
 * nothing wakes a loop asleep in its selector); with debug on, {@code call_soon} from another
 * thread raises, late; running the loop belongs to its thread.
 */
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
    void withDebugOffAForeignPutIsNotRefusedAndDoesNotWakeTheLoop() throws Exception {
        EventLoop loop = new EventLoop();
        Queue<String> queue = new Queue<>(loop, 0);
        Task consumer = loop.createTask("C", queue.get());
        loop.runUntilIdle();                               // C waits in get()
        assertThat(fromAnotherThread(() -> { queue.putNowait("x"); return null; })).isNull();
        assertThat(queue.contents()).containsExactly("x");
        assertThat(loop.readyHandles()).hasSize(1);        // C's wake-up is ready...
        assertThat(loop.asleep()).isTrue();                // ...but the loop sleeps in its selector
        assertThat(loop.stuck()).isTrue();                 // with no timer, for ever
        assertThat(loop.tick()).isFalse();
        loop.runUntilIdle();
        assertThat(consumer.done()).isFalse();
        loop.wake();                                       // the loop's own thread at work
        loop.runUntilIdle();
        assertThat(consumer.done()).isTrue();
        assertThat(consumer.result()).isEqualTo("x");
    }

    @Test
    void asleepTheClockJumpsToTheNextTimerAndTheWakeUpRunsThenFirst() throws Exception {
        EventLoop loop = new EventLoop();
        Queue<String> queue = new Queue<>(loop, 0);
        Task consumer = loop.createTask("C", queue.get());
        loop.callLater(3, arg -> {}, null);
        loop.tick();
        assertThat(fromAnotherThread(() -> { queue.putNowait("x"); return null; })).isNull();
        assertThat(loop.nextIterationStart()).hasValue(3.0);
        assertThat(loop.stuck()).isFalse();
        loop.tick();
        assertThat(loop.time()).isEqualTo(3.0);
        assertThat(consumer.done()).isTrue();
        assertThat(loop.asleep()).isFalse();
    }

    @Test
    void withDebugOnTheWakeUpRaisesAfterTheItemWasStoredAndTheGetterNeverResumes() throws Exception {
        EventLoop loop = new EventLoop();
        loop.setDebug(true);
        Queue<String> queue = new Queue<>(loop, 0);
        Task consumer = loop.createTask("C", queue.get());
        loop.runUntilIdle();
        Throwable e = fromAnotherThread(() -> { queue.putNowait("x"); return null; });
        assertThat(e).isInstanceOf(NonThreadSafeCall.class)
                .hasMessageStartingWith("Non-thread-safe operation invoked on an event loop other than the current one")
                .hasMessageContaining("'intruder'")
                .hasMessageContaining("With debug off asyncio raises nothing");
        assertThat(queue.contents()).containsExactly("x");
        assertThat(queue.unfinishedTasks()).isEqualTo(1);
        assertThat(queue.getters()).isEmpty();              // the getter was taken off, its future done
        assertThat(consumer.waitingOn().done()).isTrue();
        assertThat(loop.readyHandles()).isEmpty();          // its wake-up was dropped
        loop.wake();
        loop.runUntilIdle();
        assertThat(consumer.done()).isFalse();
    }

    @Test
    void withDebugOnAForeignCallThatSchedulesNothingIsNotRefused() throws Exception {
        EventLoop loop = new EventLoop();
        loop.setDebug(true);
        Queue<String> queue = new Queue<>(loop, 0);
        assertThat(fromAnotherThread(() -> { queue.putNowait("x"); return null; })).isNull();
        assertThat(fromAnotherThread(() -> loop.callSoon(arg -> {}, null))).isInstanceOf(NonThreadSafeCall.class);
        assertThat(fromAnotherThread(() -> loop.callLater(1, arg -> {}, null))).isInstanceOf(NonThreadSafeCall.class);
        assertThat(queue.contents()).containsExactly("x");
    }

    @Test
    void callSoonThreadsafeWakesTheLoopInEitherMode() throws Exception {
        for (boolean debug : new boolean[] {false, true}) {
            EventLoop loop = new EventLoop();
            loop.setDebug(debug);
            Queue<String> queue = new Queue<>(loop, 0);
            Task consumer = loop.createTask("C", queue.get());
            loop.runUntilIdle();
            assertThat(fromAnotherThread(() -> { queue.putNowait("lost"); return null; }) != null).isEqualTo(debug);
            assertThat(fromAnotherThread(() -> loop.callSoonThreadsafe("put_nowait('y')",
                    arg -> queue.putNowait("y"), null))).isNull();
            assertThat(loop.asleep()).isFalse();
            assertThat(loop.readyHandles()).last().extracting(Handle::purpose).isEqualTo(Handle.Purpose.THREADSAFE);
            loop.runUntilIdle();
            assertThat(queue.contents()).as("debug " + debug).hasSize(debug ? 2 : 1);
            assertThat(consumer.done()).isEqualTo(!debug);
        }
    }

    @Test
    void runningTheLoopBelongsToItsThread() throws Exception {
        EventLoop loop = new EventLoop();
        Callable<?>[] runs = {loop::runOne, () -> loop.step(1), loop::tick, () -> { loop.runUntilIdle(); return null; },
            () -> { loop.runUntil(3); return null; }, () -> { loop.setScheduler(Scheduler.FIFO); return null; },
            () -> { loop.setDebug(true); return null; }};
        for (Callable<?> run : runs) {
            assertThat(fromAnotherThread(run)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("This event loop is already running").hasMessageContaining("'intruder'");
        }
        assertThat(loop.debug()).isFalse();
    }

    @Test
    void aForeignCallWhileTheOwnerRunsACommandIsRefused() throws Exception {
        EventLoop loop = new EventLoop();
        Queue<String> queue = new Queue<>(loop, 0);
        AtomicReference<Throwable> seen = new AtomicReference<>();
        AtomicReference<Throwable> threadsafe = new AtomicReference<>();
        loop.callSoon(arg -> {
            try {
                seen.set(fromAnotherThread(() -> { queue.putNowait("x"); return null; }));
                threadsafe.set(fromAnotherThread(() -> loop.callSoonThreadsafe("p", a -> queue.putNowait("y"), null)));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, null);
        loop.runUntilIdle();
        assertThat(seen.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("no GIL");
        assertThat(threadsafe.get()).isNull();               // the safe way in is safe at any time
        assertThat(queue.contents()).containsExactly("y");   // its handle ran in the next iteration
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
        assertThat(loop.asleep()).isFalse();
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
    void aLentLoopIsRunByTheBorrowerOnly() throws Exception {
        EventLoop loop = new EventLoop();
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> borrowed = new AtomicReference<>();
        Thread borrower = new Thread(() -> {
            try {
                go.await();
                loop.callSoon(arg -> {}, null);
                loop.checkOwner();
            } catch (Throwable e) {
                borrowed.set(e);
            }
        });
        borrower.start();
        Thread previous = loop.lendTo(borrower);
        assertThat(previous).isSameAs(Thread.currentThread());
        assertThatThrownBy(loop::runOne).isInstanceOf(IllegalStateException.class);
        go.countDown();
        borrower.join();
        loop.giveBack(previous);
        assertThat(borrowed.get()).isNull();
        assertThat(loop.readyHandles()).hasSize(1);
        assertThat(loop.runOne()).isTrue();
    }

    @Test
    void aFrozenLoopRefusesEveryThreadUntilThawed() throws Exception {
        EventLoop loop = new EventLoop();
        Queue<String> queue = new Queue<>(loop, 0);
        queue.putNowait("a");
        Thread owner = loop.freeze("time travel");
        assertThatThrownBy(() -> queue.putNowait("b")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("frozen while time travel").hasMessageContaining("t.queue()");
        assertThat(fromAnotherThread(() -> { queue.putNowait("b"); return null; }))
                .hasMessageContaining("frozen");
        assertThat(fromAnotherThread(() -> loop.callSoonThreadsafe(() -> {}))).hasMessageContaining("frozen");
        assertThat(fromAnotherThread(() -> { loop.checkOwner(); return null; })).hasMessageContaining("frozen");
        assertThatThrownBy(queue::getNowait).hasMessageContaining("frozen");
        assertThatThrownBy(loop::runOne).hasMessageContaining("frozen");
        loop.thaw(owner);
        assertThat(queue.contents()).containsExactly("a");
        assertThat(loop.readyCount()).isZero();
        assertThat(loop.owner()).isSameAs(Thread.currentThread());
        queue.putNowait("b");
        assertThat(queue.contents()).containsExactly("a", "b");
    }
}
