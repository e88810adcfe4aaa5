package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import looplab.explore.Invariant;
import looplab.explore.Report;
import looplab.model.Queue;
import org.junit.jupiter.api.Test;

/** {@code lab.explore}: races of the user's own coroutines, found over every schedule of the loop. */
class LabExploreTest {

    /** Check full(), then await sleep(0), then put_nowait: the check and the act are split by an await. */
    static final AsyncBody CHECK_THEN_ACT = t -> {
        Queue<String> q = t.queue();
        if (!q.full()) {
            t.yield();
            q.putNowait("from " + t.name());
        }
    };

    /** await q.put(x): the check and the put in one step. */
    static final AsyncBody AWAIT_PUT = t -> t.await(t.queue().put("from " + t.name()));

    @Test
    void theCheckThenActRaceIsFound() {
        try (Lab lab = Lab.of("maxsize=1")) {
            lab.spawn("A", CHECK_THEN_ACT).spawn("B", CHECK_THEN_ACT).spawnConsumer("C delay=0");
            Report r = lab.exploreReport("", null);
            assertThat(r.brokenOn(Invariant.NO_FAILURE)).isPositive();
            assertThat(r.failure().violation().what()).contains("QueueFull");
            String text = lab.explore().text();
            assertThat(text).contains("BROKEN  no task failed").contains("replay loop@");
            // the world explored is left as it was
            assertThat(lab.world().steps()).isZero();
        }
    }

    @Test
    void aCopyWhoseCoroutineReachesIntoThisWorldFailsAndLeavesThisWorldUntouched() {
        try (Lab lab = Lab.of("maxsize=2")) {
            Queue<String> captured = lab.queue();      // this world's queue, not a copy's
            lab.spawn("A", t -> captured.putNowait("from A")).spawnConsumer("C delay=0");
            lab.step(1);
            java.util.List<String> items = captured.contents();
            double clock = lab.time();
            String trace = lab.trace();
            String frame = lab.frame();
            Report r = lab.exploreReport("", null);
            assertThat(r.brokenOn(Invariant.NO_FAILURE)).isPositive();
            assertThat(r.failure().violation().what()).contains("frozen while explore");
            assertThat(captured.contents()).isEqualTo(items);
            assertThat(lab.time()).isEqualTo(clock);
            assertThat(lab.trace()).isEqualTo(trace);
            assertThat(lab.frame()).isEqualTo(frame);
        }
    }

    @Test
    void awaitPutIsNotARace() {
        try (Lab lab = Lab.of("maxsize=1")) {
            lab.spawn("A", AWAIT_PUT).spawn("B", AWAIT_PUT).spawnConsumer("C delay=0");
            Report r = lab.exploreReport("", null);
            assertThat(r.failure()).isNull();
            assertThat(r.complete()).isTrue();
            assertThat(r.schedules()).isGreaterThan(1);
            // threads mode models only the built-ins
            assertThatThrownBy(() -> lab.explore("threads")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'A' is a task of your own");
        }
    }

    @Test
    void aPredicateOfYourOwn() {
        try (Lab lab = Lab.of("")) {
            lab.spawnProducer("count=2 delay=0 sentinel=off").spawnProducer("count=1 delay=0 sentinel=off");
            // every schedule leaves the three items in the queue, but not always in one order
            Report holds = lab.exploreReport("", w -> w.queue().qsize() == 3);
            assertThat(holds.failure()).isNull();
            Report order = lab.exploreReport("", w -> w.queue().contents().get(0).endsWith("P0"));
            assertThat(order.brokenOn(Invariant.USER)).isPositive();
            assertThat(order.failure().violation().invariant()).isEqualTo(Invariant.USER);
        }
    }
}
