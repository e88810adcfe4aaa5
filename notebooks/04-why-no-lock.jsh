// ============================================================================================
// Notebook 4: why no lock. The same workload on real threads, with and without a lock, and on
// the loop
// ============================================================================================
//
// The workload: 2 producers each add their own numbered items to a shared deque, and 2 consumers
// take items out until every item has been taken. Afterwards we count how often each item was
// taken: a correct queue hands out every item exactly once.
//
// On real threads, the scheduler may stop a thread between any two machine instructions, and
// two cores really do run two threads at once. ArrayDeque.addLast is a few steps (store the
// element, move the tail index, grow the array when full), and so is pollFirst: two threads in
// the middle of those steps at once overwrite each other's work. How often that happens depends
// on timing, so this notebook runs rounds until it goes wrong (usually in the first few; on a
// busy machine it can take many more) and prints verdicts, not counts.

final int PER_PRODUCER = 20_000;
final long GIVE_UP_NANOS = 120_000_000_000L;  // without a lock: rounds until it goes wrong, 2 minutes at most
final int LOCKED_ROUNDS = 10;

/** One round on real threads; true if some item was lost or taken twice, or the deque broke. */
boolean oneRound(Deque<Integer> deque, Object lockOrNull) throws InterruptedException {
    int total = 2 * PER_PRODUCER;
    int[][] counts = new int[2][total];
    AtomicBoolean broke = new AtomicBoolean();
    AtomicInteger producing = new AtomicInteger(2);
    CountDownLatch start = new CountDownLatch(1);
    long deadline = System.nanoTime() + 2_000_000_000L;   // never hang: give up on a round after 2 s
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
        int first = p * PER_PRODUCER;
        threads.add(new Thread(() -> {
            try {
                start.await();
                for (int i = first; i < first + PER_PRODUCER; i++) {
                    if (lockOrNull == null) deque.addLast(i); else synchronized (lockOrNull) { deque.addLast(i); }
                }
            } catch (Throwable e) { broke.set(true); } finally { producing.decrementAndGet(); }
        }, "producer-" + p));
    }
    for (int c = 0; c < 2; c++) {
        int[] mine = counts[c];
        threads.add(new Thread(() -> {
            try {
                start.await();
                int idle = 0;
                while (System.nanoTime() < deadline) {
                    Integer x;
                    if (lockOrNull == null) x = deque.pollFirst(); else synchronized (lockOrNull) { x = deque.pollFirst(); }
                    if (x != null) { mine[x]++; idle = 0; }
                    else if (producing.get() == 0 && ++idle > 1000) break;
                }
            } catch (Throwable e) { broke.set(true); }
        }, "consumer-" + c));
    }
    for (Thread t : threads) { t.setDaemon(true); t.start(); }
    start.countDown();
    for (Thread t : threads) t.join(3_000);
    boolean wrong = broke.get();
    for (int i = 0; i < total && !wrong; i++) {
        wrong = counts[0][i] + counts[1][i] != 1;
    }
    return wrong;
}

/** Rounds until something goes wrong (stops at the first); its number, or 0 if all went right. */
int firstWrongRound(Supplier<Deque<Integer>> deques, boolean locked) throws InterruptedException {
    long giveUp = System.nanoTime() + GIVE_UP_NANOS;
    for (int round = 1; locked ? round <= LOCKED_ROUNDS : System.nanoTime() < giveUp; round++) {
        if (oneRound(deques.get(), locked ? new Object() : null)) return round;
    }
    return 0;
}

// ---- 1. Real threads, an ArrayDeque and no lock ---------------------------------------------
int unlocked = firstWrongRound(ArrayDeque::new, false);
System.out.println("Real threads, unsynchronised ArrayDeque: items lost or duplicated: "
        + (unlocked > 0 ? "yes (in one of the rounds: which one depends on timing)"
                        : "not seen in 2 minutes of rounds this time (run it again)"));

// ---- 2. Real threads, the same deque behind a lock ------------------------------------------
// `synchronized` lets one thread at a time into addLast/pollFirst, and makes each thread see the
// others' writes. Correct, at the price of taking the lock on every operation.
int locked = firstWrongRound(ArrayDeque::new, true);
System.out.println("Real threads, ArrayDeque behind a lock:  items lost or duplicated: "
        + (locked > 0 ? "yes (a bug!)" : "no, in " + LOCKED_ROUNDS + " rounds"));

// ---- 3. The same workload on the event loop -------------------------------------------------
// Four tasks on one loop. A task runs until its next await, and nothing else runs meanwhile:
// q.putNowait(x) and q.getNowait() always run whole, so the queue is never seen half-changed.
// No lock anywhere, and no way to get it wrong, whatever the interleaving of the awaits.
var lab = Lab.create();
Queue<String> q = lab.queue();
int[] taken = new int[2 * PER_PRODUCER];
for (int p = 0; p < 2; p++) {
    int first = p * PER_PRODUCER / 20;      // fewer items: a user task step costs a thread hand-off
    lab.spawn("P" + p, t -> {
        for (int i = first; i < first + PER_PRODUCER / 20; i++) {
            q.putNowait(Integer.toString(i));   // never switches
            if (i % 7 == 0) t.yield();          // let the others run now and then
        }
    });
}
for (int c = 0; c < 2; c++) {
    lab.spawn("C" + c, t -> {
        while (true) {
            String x = t.await(q.get());        // switches when the queue is empty
            taken[Integer.parseInt(x)]++;
        }
    });
}
lab.run();
boolean allOnce = IntStream.range(0, 2 * PER_PRODUCER / 20).allMatch(i -> taken[i] == 1);
System.out.println("Tasks on one event loop, no lock:        items lost or duplicated: "
        + (allOnce ? "never: every item was taken exactly once" : "yes (a bug!)"));
System.out.println("  (the consumers now wait in get() for items that will not come: C0 " + lab.state("C0")
        + ", C1 " + lab.state("C1") + ")");
lab.close();

// ---- 4. And if a thread touches the loop anyway? --------------------------------------------
// The queue is safe *because* only the loop's thread uses it: asyncio.Queue is not thread-safe.
// asyncio's debug mode (debug=on) catches another thread, but late: only when its put must wake
// a waiting getter, and after the item was stored. With debug off nothing is refused at all, and
// nothing wakes the loop: notebook 9 shows both, and the fix.
var lab2 = Lab.of("debug=on");
lab2.spawnConsumer("C0 delay=0").step().items();     // C0 now waits in get()
Thread intruder = new Thread(() -> {
    try {
        lab2.queue().putNowait("from another thread");
    } catch (IllegalStateException e) {
        System.out.println("Another thread is refused: " + e.getMessage().substring(0, e.getMessage().indexOf(':')));
    }
}, "intruder");
intruder.start();
intruder.join();
lab2.run();
System.out.println("...but only after its item was stored: " + lab2.items() + ", and C0 never resumes: C0 "
        + lab2.state("C0"));
