package looplab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** asyncio's queue semantics, including the races CPython's test_queues.py names. */
class QueueTest {
    private final EventLoop loop = new EventLoop();

    @Test
    void fifoLifoAndPriorityOrders() {
        Queue<String> fifo = new Queue<>(loop, 0);
        Queue<String> lifo = new LifoQueue<>(loop, 0);
        Queue<String> prio = new PriorityQueue<>(loop, 0);
        for (String item : List.of("b", "a", "\uD83D\uDE00", "\uFFFD", "c")) {
            fifo.putNowait(item);
            lifo.putNowait(item);
            prio.putNowait(item);
        }
        assertThat(fifo.contents()).containsExactly("b", "a", "\uD83D\uDE00", "\uFFFD", "c");
        assertThat(lifo.contents()).containsExactly("c", "\uFFFD", "\uD83D\uDE00", "a", "b");
        // By code point U+1F600 > U+FFFD, although its UTF-16 units (D83D) sort lower.
        assertThat(prio.contents()).containsExactly("a", "b", "c", "\uFFFD", "\uD83D\uDE00");
        assertThat(lifo.getNowait()).isEqualTo("c");
        assertThat(prio.getNowait()).isEqualTo("a");
        assertThat(fifo.getNowait()).isEqualTo("b");
    }

    @Test
    void noneIsAnItemButNotInAPriorityQueue() {
        Queue<String> fifo = new Queue<>(loop, 0);
        fifo.putNowait(null);
        assertThat(fifo.contents()).containsExactly((String) null);
        assertThat(fifo.getNowait()).isNull();
        Queue<String> prio = new PriorityQueue<>(loop, 0);
        prio.putNowait("a");
        assertThatThrownBy(() -> prio.putNowait(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(prio.contents()).containsExactly("a");
    }

    @Test
    void putNowaitAndGetNowaitRefuseWithoutWaiting() {
        Queue<String> q = new Queue<>(loop, 1);
        assertThatThrownBy(q::getNowait).isInstanceOf(QueueEmpty.class);
        q.putNowait("a");
        assertThat(q.full()).isTrue();
        assertThatThrownBy(() -> q.putNowait("b")).isInstanceOf(QueueFull.class);
        assertThat(q.contents()).containsExactly("a");
        assertThat(q.unfinishedTasks()).isEqualTo(1);
    }

    @Test
    void getCancelledRace() {
        // test_get_cancelled_race: a cancelled getter does not keep the item from the next one.
        Queue<String> q = new Queue<>(loop, 0);
        Task t1 = loop.createTask("t1", q.get());
        Task t2 = loop.createTask("t2", q.get());
        loop.tick();
        t1.cancel();
        loop.tick();
        assertThat(t1.cancelled()).isTrue();
        q.putNowait("a");
        loop.tick();
        assertThat(t2.result()).isEqualTo("a");
    }

    @Test
    void putCancelledRace() {
        // test_put_cancelled_race
        Queue<String> q = new Queue<>(loop, 1);
        Task putA = loop.createTask("a", q.put("a"));
        Task putB = loop.createTask("b", q.put("b"));
        Task putC = loop.createTask("c", q.put("X"));
        loop.tick();
        assertThat(putA.done()).isTrue();
        assertThat(putB.done()).isFalse();
        putC.cancel();
        loop.tick();
        assertThat(putC.done()).isTrue();
        assertThat(q.getNowait()).isEqualTo("a");
        loop.tick();
        assertThat(q.getNowait()).isEqualTo("b");
        loop.tick();
        assertThat(putB.done()).isTrue();
        assertThat(q.empty()).isTrue();
    }

    @Test
    void aWokenGetterCancelledBeforeItRunsPassesItsWakeupOn() {
        Queue<String> q = new Queue<>(loop, 0);
        Task first = loop.createTask("first", q.get());
        Task second = loop.createTask("second", q.get());
        loop.tick();
        q.putNowait("item");          // wakes `first` (its getter is done) ...
        first.cancel();               // ... which is cancelled before it can run
        loop.runUntilIdle();
        assertThat(first.cancelled()).isTrue();
        assertThat(second.result()).isEqualTo("item");
        assertThat(q.getters()).isEmpty();
    }

    @Test
    void aWokenPutterCancelledBeforeItRunsPassesTheSlotOn() {
        Queue<String> q = new Queue<>(loop, 1);
        q.putNowait("full");
        Task first = loop.createTask("first", q.put("one"));
        Task second = loop.createTask("second", q.put("two"));
        loop.tick();
        assertThat(q.getNowait()).isEqualTo("full");   // wakes `first`
        first.cancel();
        loop.runUntilIdle();
        assertThat(first.cancelled()).isTrue();
        assertThat(second.done()).isTrue();
        assertThat(q.contents()).containsExactly("two");
    }

    @Test
    void aWokenPutterWhoseSlotWasStolenWaitsAgainAtTheTail() {
        Queue<String> q = new Queue<>(loop, 1);
        q.putNowait("full");
        Task woken = loop.createTask("woken", q.put("late"));
        loop.tick();
        Future<?> firstPutter = q.putters().get(0);
        assertThat(q.getNowait()).isEqualTo("full");   // frees the slot and wakes `woken` ...
        q.putNowait("thief");                          // ... but the slot is taken before it runs
        loop.tick();
        assertThat(woken.done()).isFalse();
        assertThat(woken.awaiting()).isEqualTo(Awaiting.PUT);
        assertThat(q.putters()).hasSize(1).doesNotContain(firstPutter);
        assertThat(q.contents()).containsExactly("thief");
        q.getNowait();
        loop.runUntilIdle();
        assertThat(q.contents()).containsExactly("late");
    }

    @Test
    void joinWaitsUntilEveryItemIsDone() {
        Queue<String> q = new Queue<>(loop, 0);
        q.putNowait("a");
        q.putNowait("b");
        Task join = loop.createTask("join", q.join());
        loop.runUntilIdle();
        assertThat(join.done()).isFalse();
        assertThat(join.awaiting()).isEqualTo(Awaiting.JOIN);
        q.getNowait();
        q.taskDone();
        loop.runUntilIdle();
        assertThat(join.done()).isFalse();
        q.getNowait();
        q.taskDone();
        loop.runUntilIdle();
        assertThat(join.done()).isTrue();
        assertThatThrownBy(q::taskDone).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too many times");
    }

    @Test
    void joinOnAFinishedQueueReturnsAtOnce() {
        Queue<String> q = new Queue<>(loop, 0);
        Task join = loop.createTask("join", q.join());
        loop.step(1);
        assertThat(join.done()).isTrue();
    }

    @Test
    void shutdownWakesWaitersWhoRaise() {
        Queue<String> q = new Queue<>(loop, 1);
        Task getter = loop.createTask("getter", new Queue<String>(loop, 0).get());
        Queue<String> empty = new Queue<>(loop, 0);
        Task blockedGet = loop.createTask("g", empty.get());
        q.putNowait("x");
        Task blockedPut = loop.createTask("p", q.put("y"));
        loop.runUntilIdle();
        empty.shutdown(false);
        q.shutdown(false);
        loop.runUntilIdle();
        assertThat(blockedGet.exception()).isInstanceOf(QueueShutDown.class);
        assertThat(blockedPut.exception()).isInstanceOf(QueueShutDown.class);
        assertThat(getter.done()).isFalse();
        assertThatThrownBy(() -> q.putNowait("z")).isInstanceOf(QueueShutDown.class);
        assertThat(q.getNowait()).isEqualTo("x");       // a shut-down queue still gives what it holds
        assertThatThrownBy(q::getNowait).isInstanceOf(QueueShutDown.class);
    }

    @Test
    void immediateShutdownDropsItemsAndReleasesJoin() {
        Queue<String> q = new Queue<>(loop, 0);
        q.putNowait("a");
        q.putNowait("b");
        Task join = loop.createTask("join", q.join());
        loop.runUntilIdle();
        q.shutdown(true);
        loop.runUntilIdle();
        assertThat(q.empty()).isTrue();
        assertThat(q.unfinishedTasks()).isZero();
        assertThat(join.done()).isTrue();
    }
}
