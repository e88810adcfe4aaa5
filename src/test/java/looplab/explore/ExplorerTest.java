package looplab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import looplab.command.Command;
import looplab.command.ExploreOptions;
import looplab.command.Parser;
import looplab.command.QueueKind;
import looplab.world.World;
import org.junit.jupiter.api.Test;

/** The enumerator on worlds small enough to count their schedules by hand. */
class ExplorerTest {

    static World world(String... lines) throws Exception {
        World w = new World();
        for (String line : lines) {
            Command c = Parser.parseLine(line, 0, w.kind()).orElseThrow();
            w.apply(c);
        }
        return w;
    }

    static Report loop(World w, boolean reduce) {
        ExploreOptions o = new ExploreOptions(ExploreOptions.Mode.LOOP, false, reduce, -1, 10_000, 1_000_000, false);
        return Exploration.explore(w, o, () -> false, null);
    }

    static Report threads(World w, boolean lock, boolean reduce, int preemptions, boolean deadlockOk) {
        ExploreOptions o = new ExploreOptions(ExploreOptions.Mode.THREADS, lock, reduce, preemptions, 10_000,
                1_000_000, deadlockOk);
        return Exploration.explore(w, o, () -> false, null);
    }

    @Test
    void twoProducersOfOneItemNoConsumer() throws Exception {
        // Iteration 1's batch is both first steps; each puts its item (they conflict on the
        // queue: 2 orders). Iteration 2's batch is both resumes after sleep(0); each returns,
        // touching nothing shared (1 order up to independence). Naive: 2! * 2! = 4.
        World w = world("spawn producer count=1 delay=0 sentinel=off", "spawn producer count=1 delay=0 sentinel=off");
        Report naive = loop(w, false);
        assertThat(naive.schedules()).isEqualTo(4);
        assertThat(naive.naive()).isEqualTo(new Report.Naive(4, true));
        Report dpor = loop(w, true);
        assertThat(dpor.schedules()).isEqualTo(2);
        assertThat(dpor.naive()).isEqualTo(new Report.Naive(4, true));
        assertThat(dpor.distinctFinals()).isEqualTo(2);     // the queue holds [P0's, P1's] or [P1's, P0's]
        assertThat(dpor.failure()).isNull();
    }

    @Test
    void oneProducerOneConsumer() throws Exception {
        // Iteration 1: P0's first step (put) and C0's (get) conflict: 2 orders.
        //  P0 first: C0 takes the item; iteration 2 is P0's resume (returns) and C0's resume
        //  (task_done, get parks): independent, 2 naive orders, 1 explored.
        //  C0 first: C0 parks; P0's put wakes it; iteration 2 is C0's wake-up (takes) and P0's
        //  resume (returns): 2 naive, 1 explored; iteration 3 is C0's resume alone.
        // Naive 4, explored 2, one final state (C0 has the item's task done and waits again).
        World w = world("spawn producer count=1 delay=0 sentinel=off", "spawn consumer delay=0");
        Report dpor = loop(w, true);
        assertThat(dpor.naive()).isEqualTo(new Report.Naive(4, true));
        assertThat(dpor.schedules()).isEqualTo(2);
        assertThat(dpor.distinctFinals()).isEqualTo(1);
        assertThat(dpor.failure()).isNull();
    }

    @Test
    void threadsTwoProducersOneSlot() throws Exception {
        // Two threads of 3 steps (read tail, store, write tail): C(6,3) = 20 interleavings. In 2
        // one thread writes the tail before the other reads it: the buffer is then full, and the
        // other waits forever (no consumer). In the other 18 both read tail 0, both store into
        // slot 0, and one item is lost.
        World w = world("new maxsize=1", "spawn producer count=1 delay=0 sentinel=off",
                "spawn producer count=1 delay=0 sentinel=off");
        Report naive = threads(w, false, false, -1, true);
        assertThat(naive.schedules()).isEqualTo(20);
        assertThat(naive.brokenOn(Invariant.CONSERVATION)).isEqualTo(18);
        // Up to independence: the two 'full' runs, and for the 18 the order of the two stores
        // times the order of the two tail writes (the reads commute): 2 + 4 = 6.
        Report dpor = threads(w, false, true, -1, true);
        assertThat(dpor.schedules()).isEqualTo(6);
        assertThat(dpor.brokenOn(Invariant.CONSERVATION)).isEqualTo(4);
        // The shortest: both read tail 0, then one stores and the other's store (or write) follows: 5 steps.
        assertThat(dpor.failure().rows()).hasSize(5);
        assertThat(naive.failure().rows()).hasSize(5);
    }

    @Test
    void threadsWithALockLoseNothing() throws Exception {
        World w = world("new maxsize=1", "spawn producer count=1 delay=0 sentinel=off",
                "spawn producer count=1 delay=0 sentinel=off", "spawn consumer");
        Report off = threads(w, false, true, 2, false);
        assertThat(off.brokenOn(Invariant.CONSERVATION)).isPositive();
        assertThat(off.failure().rows()).hasSize(5);
        Report on = threads(w, true, true, 2, false);
        assertThat(on.failure()).isNull();
        Report onAll = threads(w, true, true, -1, false);
        assertThat(onAll.failure()).isNull();
        assertThat(onAll.complete()).isTrue();
    }

    /**
     * The reduction keeps every final state: on small worlds, DPOR reaches exactly the distinct
     * final states the naive enumeration reaches (FIFO queues, unbounded and bounded, and a
     * LIFO queue, where the queue is one resource), with far fewer schedules where puts and gets
     * on a queue that holds an item commute.
     */
    @Test
    void theReductionKeepsEveryFinalState() throws Exception {
        String[][] shapes = {
                {"new seed=1", "spawn producer count=2 delay=0", "spawn producer count=2 delay=0",
                        "spawn consumer delay=0", "spawn consumer delay=0"},
                {"new maxsize=1", "spawn producer count=2 delay=0", "spawn producer count=1 delay=0",
                        "spawn consumer delay=0", "spawn consumer delay=0"},
                {"new maxsize=2 kind=lifo", "spawn producer count=2 delay=0 sentinel=off",
                        "spawn producer count=1 delay=0 sentinel=off", "spawn consumer delay=0"},
                {"new seed=5", "spawn producer count=2 delay=0..0.2", "spawn consumer delay=0", "put x"},
        };
        for (String[] shape : shapes) {
            World w = world(shape);
            Report naive = loop(w, false);
            Report dpor = loop(w, true);
            assertThat(dpor.distinctFinals()).as(String.join("; ", shape)).isEqualTo(naive.distinctFinals());
            assertThat(dpor.schedules()).isLessThanOrEqualTo(naive.schedules());
            assertThat(naive.failure()).isNull();
            assertThat(dpor.failure()).isNull();
        }
        // 2 producers of 2 items, 2 consumers, every delay 0: 19,648 schedules, 800 up to independence.
        Report r = loop(world(shapes[0]), true);
        assertThat(r.naive()).isEqualTo(new Report.Naive(19_648, true));
        assertThat(r.schedules()).isEqualTo(800);
    }

    @Test
    void seedShape() throws Exception {
        // The seed's example with 3 items each: the sleeps are drawn from one generator, so the
        // order of the first batch (4 first steps, all touching the queue and the generator)
        // decides every later deadline; later batches mostly hold one handle. Nothing breaks on
        // the loop; as threads without a lock, items are lost; with a lock, none.
        World w = world("new seed=42", "spawn producer count=3", "spawn producer count=3", "spawn consumer",
                "spawn consumer");
        Report r = loop(w, true);
        assertThat(r.failure()).isNull();
        assertThat(r.complete()).isTrue();
        assertThat(r.naive().exact()).isTrue();
        assertThat(r.alongside()).hasSize(2);
        assertThat(r.alongside().get(0).brokenOn(Invariant.CONSERVATION)).isPositive();
        assertThat(r.alongside().get(1).failure()).isNull();
        assertThat(w.kind()).isEqualTo(QueueKind.FIFO);
    }
}
