// ============================================================================================
// Notebook 9: threads and the loop. The lost wake-up, debug mode's late refusal, the fix
// ============================================================================================
//
// "asyncio.Queue is thread-safe" is wrong. It needs no lock because only the loop's thread
// uses it (notebook 4). Here a real Java thread touches the loop's queue anyway, and LoopLab
// does what CPython 3.11 does then, in each of asyncio's debug settings: with debug off
// nothing is refused, but nothing wakes the loop either; with debug on the call is refused,
// late. Then the fix, and the right tool between threads.

/** Runs {@code action} on a real thread of its own, to its end; returns what it threw, or null. */
Throwable onAnotherThread(Runnable action) throws InterruptedException {
    Throwable[] thrown = new Throwable[1];
    Thread other = new Thread(() -> {
        try {
            action.run();
        } catch (Throwable e) {
            thrown[0] = e;
        }
    }, "other");
    other.start();
    other.join();
    return thrown[0];
}

// ---- 1. The lost wake-up ---------------------------------------------------------------------
// C0 waits in get(); the loop's only other work is a 3-second timeout. The loop has nothing
// ready, so it sleeps in its selector until that timer. Another thread puts 'x': put_nowait stores it and
// completes C0's getter, whose wake-up it schedules with call_soon. But call_soon from another
// thread does not wake a sleeping selector (only call_soon_threadsafe does).
var lab = Lab.create();
Queue<String> q = lab.queue();
lab.spawnConsumer("C0 delay=0").spawn("timeout", t -> t.sleep(3.0)).tick();
System.out.println("Before: C0 " + lab.state("C0") + ", clock t=" + lab.time());
System.out.println("The other thread's put_nowait raised: "
        + java.util.Objects.toString(onAnotherThread(() -> q.putNowait("x")), "nothing, and stored 'x'"));
System.out.println("After: the loop is asleep: " + lab.loop().asleep() + ", and C0's wake-up waits in the ready queue: "
        + lab.loop().readyHandles().size() + " handle");
lab.step();
System.out.println(lab);
System.out.println("C0 got 'x' at t=" + lab.time() + ": only when the loop woke for the timeout (CPython, measured:"
        + " 3.0 s, not the 0.1 s the thread took).");
lab.close();

// With no timer at all, the loop never wakes: it is stuck, its ready queue holding the wake-up.
var stuck = Lab.create();
stuck.spawnConsumer("C0 delay=0").step();
onAnotherThread(() -> stuck.queue().putNowait("x"));
System.out.println(stuck.run());
stuck.close();

// ---- 2. Debug mode's late refusal -------------------------------------------------------------
// asyncio.run(main(), debug=True) checks the thread in call_soon, and only there: so it refuses
// only a put that must wake a getter, and only after the put has stored its item and completed
// the getter's future. The future's callbacks are dropped: that getter never resumes.
var debug = Lab.of("debug=on");
debug.spawnConsumer("C0 delay=0").step();
Throwable refused = onAnotherThread(() -> debug.queue().putNowait("x"));
System.out.println("Refused: " + refused.getMessage().substring(0, refused.getMessage().indexOf(':')));
debug.run();
System.out.println("...but 'x' is in the queue: " + debug.items() + ", and C0 is "
        + debug.tasks().toString().lines().filter(l -> l.contains("C0")).findFirst().orElse("").replaceAll(".* got +", ""));
System.out.println("With nobody waiting, debug mode refuses nothing: put_nowait raised "
        + java.util.Objects.toString(onAnotherThread(() -> debug.queue().putNowait("y")), "nothing") + "; queue " + debug.items());
debug.close();

// The console has the same as commands (`thread put x`, `new debug=on`), and `why` explains them.
var console = Lab.of("debug=on");
console.spawnConsumer("C0 delay=0").step().threadPut("x");
System.out.println(console.why());
console.close();

// ---- 3. The fix: call_soon_threadsafe -----------------------------------------------------------
// loop.call_soon_threadsafe(queue.put_nowait, item) hands the put to the loop: its handle joins
// the ready queue and wakes the loop (a byte on its self-pipe), and the put runs in the loop's
// own thread, whole, in the next iteration. Safe with debug on or off.
for (String setting : List.of("debug=off", "debug=on")) {
    var fixed = Lab.of(setting);
    fixed.spawnConsumer("C0 delay=0").spawn("timeout", t -> t.sleep(3.0)).tick();
    onAnotherThread(() -> fixed.callSoonThreadsafe(() -> fixed.queue().putNowait("x")));
    fixed.step();
    System.out.println(setting + ": " + fixed.output() + " at t=" + fixed.time()
            + " (the loop woke at once; the timeout is still at t=3)");
    fixed.close();
}

// ---- 4. Between threads, a queue with a lock ------------------------------------------------------
// Threads need a queue.Queue: its put and get hold a lock, and a get blocks the thread (not a
// loop) until an item comes. Java's twin is a BlockingQueue. Two producer threads and one
// consumer thread through a LinkedBlockingQueue: every item arrives exactly once, whatever the
// interleaving. Between a thread and the loop, use call_soon_threadsafe (asyncio's
// run_coroutine_threadsafe is built on it); between tasks of one loop, asyncio.Queue.
BlockingQueue<String> between = new LinkedBlockingQueue<>();
List<String> received = Collections.synchronizedList(new ArrayList<>());
List<Thread> producers = new ArrayList<>();
for (int p = 0; p < 2; p++) {
    int id = p;
    producers.add(new Thread(() -> {
        for (int i = 0; i < 10_000; i++) {
            between.add("item " + i + " from T" + id);
        }
    }));
}
Thread consumerThread = new Thread(() -> {
    try {
        for (int i = 0; i < 20_000; i++) {
            received.add(between.take());           // blocks this thread until an item comes
        }
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
});
consumerThread.start();
producers.forEach(Thread::start);
for (Thread t : producers) t.join();
consumerThread.join();
System.out.println("queue.Queue's twin between threads: " + received.size() + " received, "
        + new HashSet<>(received).size() + " distinct, 20000 put: nothing lost, nothing twice");
