// ============================================================================================
// Notebook 8: every schedule. Prove that no order of the loop loses an item, and watch threads
// lose one
// ============================================================================================
//
// The notebooks so far showed one schedule at a time: the loop's own order, first in, first
// out. But "no lock is needed" is a claim about every order the loop could take (different I/O
// or timer timing reorders the ready handles of an iteration), and "threads need a lock" is a
// claim about some order. lab.explore() checks both claims on every schedule, as tools like
// loom, Lincheck and CHESS do for threads:
//
//   - loop mode: the only freedom is which ready handle of the iteration's batch runs next;
//     handles scheduled meanwhile wait for the next iteration, timers fire by deadline;
//   - threads mode: the same producers and consumers as preemptive threads over a buffer with
//     no lock, where put is its real steps (read the tail, store into the slot, write the tail
//     back) and a switch may fall between any two steps; with lock=on, a lock around each.
//
// Every schedule is checked: no item lost or taken twice, each producer's items in order, no
// task failed, no deadlock. Schedules that differ only in the order of steps touching disjoint
// state are one schedule (DPOR), so the counts say both: explored, and how many there are.
//
// The time line of each report varies from run to run, so this notebook prints the reports
// without it; lab.explore() at the prompt shows it.

void show(ViewText report) {
    report.text().lines().filter(l -> !l.startsWith("  time ")).forEach(System.out::println);
}

// ---- 1. The seed's question ------------------------------------------------------------------
// Two producers of 3 items, two consumers, seed 42: the seed's example with fixed counts.
var lab = Lab.seeded(42);
lab.spawnProducer("count=3").spawnProducer("count=3").spawnConsumer().spawnConsumer();
show(lab.explore());

// The last lines are the answer side by side. On the loop, no order of the ready handles loses
// an item: a put runs whole, between two awaits. As threads without a lock, most orders do;
// the table is the shortest such order: P0 reads tail 0, stores its item in slot 0, and before
// it writes the tail back, P1 reads the same tail 0 and stores into the same slot. With a lock,
// no order loses anything.

// ---- 2. Threads, in detail -------------------------------------------------------------------
show(lab.explore("threads"));
show(lab.explore("threads lock=on"));

// The smallest case: 2 producers of 1 item each and a buffer of 1 slot. Without a bound on
// preemptions (preemptions=all) the explorer covers every order; 5 steps are the fewest that
// lose an item.
var tiny = Lab.of("maxsize=1");
tiny.spawnProducer("count=1 delay=0 sentinel=off").spawnProducer("count=1 delay=0 sentinel=off").spawnConsumer();
show(tiny.explore("threads preemptions=all"));

// ---- 3. Where cooperative code still races -----------------------------------------------------
// Notebook 5's check-then-act: check full(), await (a log call), then put_nowait. The loop
// explorer finds the schedule that breaks it. (A body the explorer replays reaches the queue as
// t.queue(), the queue of the world it runs in: each schedule runs in a fresh world.)
AsyncBody checkThenPut = t -> {
    Queue<String> q = t.queue();
    if (!q.full()) {                        // check
        t.yield();                          // await asyncio.sleep(0): the others run here
        q.putNowait("from " + t.name());    // act, on a check that may be stale: QueueFull
    }
};
var race = Lab.of("maxsize=1");
race.spawn("A", checkThenPut).spawn("B", checkThenPut).spawnConsumer("C delay=0");
show(race.explore());

// `await q.put(x)` checks and puts in one step, and waits while the queue is full: nothing breaks.
AsyncBody awaitPut = t -> t.await(t.queue().put("from " + t.name()));
var safe = Lab.of("maxsize=1");
safe.spawn("A", awaitPut).spawn("B", awaitPut).spawnConsumer("C delay=0");
show(safe.explore());

// ---- 4. Replay a schedule, step by step --------------------------------------------------------
// A schedule string (loop@0:1 here: at the first choice, run the handle at index 1 of those
// left) replays exactly: `replay` makes the world follow it, and step, where and why work as
// usual. Here B's first step runs before A's.
var again = Lab.of("maxsize=1");
again.spawn("A", checkThenPut).spawn("B", checkThenPut).spawnConsumer("C delay=0");
again.command("replay loop@0:1");
again.step();
System.out.println("ran first: " + again.lastRan());

// ---- Your own invariant -------------------------------------------------------------------
// lab.explore(words, predicate) checks a predicate of yours on every schedule's final world.
var two = Lab.create();
two.spawnProducer("count=1 delay=0 sentinel=off").spawnProducer("count=1 delay=0 sentinel=off");
show(two.explore("", w -> w.queue().qsize() == 2));                              // holds
show(two.explore("", w -> w.queue().contents().get(0).endsWith("from P0")));   // not in every order

// Exercises 16 and 17 (notebooks/exercises/) continue from here: find the schedule that breaks
// a check-then-act, then fix it so that explore finds nothing.
