// ============================================================================================
// Notebook 6: cancellation without lost items. The getter that passes its wake-up on
// ============================================================================================
//
// task.cancel() does not stop a task on the spot: the task is suspended at an await, and the
// cancellation is delivered there, at its next step, as a CancelledError raised by that await.
// That leaves a gap. Suppose C0 waits in get(), an item arrives and wakes C0 (C0's wake-up joins
// the ready queue), and C0 is cancelled before the wake-up runs. The item is in the queue; C0
// was the getter chosen to take it; C0 will not take it. If nothing were done, C1, also waiting
// in get(), would sleep on next to an item nobody takes.
//
// asyncio's get() handles exactly this: when a CancelledError reaches a getter that had been
// woken, and the queue is not empty, it wakes the next waiting getter before it lets the
// cancellation through. Watch it happen.

var lab = Lab.create().spawnConsumer("C0", 0.2).spawnConsumer("C1", 0.2);
lab.tick();
System.out.println("C0: " + lab.state("C0") + ", C1: " + lab.state("C1") + ", getters waiting: " + lab.queue().getters().size());

lab.put("x");                 // wakes C0's getter: C0's wake-up joins the ready queue
System.out.println(lab.cancel("C0"));
System.out.println(lab.step());
System.out.println("C0 is " + lab.state("C0") + "; it woke C1 on its way out. Next:");
System.out.println(lab.step());
System.out.println("C1 got the item: " + lab.output());

// ---- Your own getter sees the CancelledError at its await -----------------------------------
// In a coroutine of your own, the cancellation surfaces as an exception at t.await(...). The
// queue's get() runs inside your task, so it does the passing-on above before the exception
// reaches you.
var mine = Lab.create();
Queue<String> q = mine.queue();
mine.spawn("G0", t -> {
    try {
        t.print("G0 got " + t.await(q.get()));
    } catch (CancelledError e) {
        t.print("G0: cancelled while waiting in get()");
        throw e;                         // let the task end as cancelled
    }
});
mine.spawn("G1", t -> t.print("G1 got " + t.await(q.get())));
mine.tick();
mine.put("x").cancel("G0").run();
System.out.println("Your getters: " + mine.output() + "; G0 " + mine.state("G0") + ", G1 " + mine.state("G1"));

// ---- The queue loses nothing; a task can still drop what it holds ---------------------------
// A consumer cancelled *after* it got an item (while it sleeps, "processing" it) takes the item
// with it: the queue did its part, the task did not. The built-in consumer shows the damage:
var held = Lab.create().spawnConsumer("C", 0.5);
held.put("precious").step();
held.cancel("C").run();
System.out.println("Built-in consumer cancelled while holding an item: queue " + held.items()
        + ", unfinished " + held.queue().unfinishedTasks() + " (the item is gone, and join() would wait forever)");

// The cure is in the consumer: on CancelledError, give the item back (or finish it) first.
var safe = Lab.create();
Queue<String> sq = safe.queue();
AsyncBody politeConsumer(String name) {
    return t -> {
        while (true) {
            String item = t.await(sq.get());
            try {
                t.sleep(0.5);                       // processing
                t.print(name + " processed " + item);
            } catch (CancelledError e) {
                sq.putNowait(item);                 // put it back for the others (never switches)
                t.print(name + " was cancelled and put back " + item);
                throw e;
            } finally {
                sq.taskDone();
            }
        }
    };
}
safe.spawn("A", politeConsumer("A"));
safe.put("precious").step();
safe.spawn("B", politeConsumer("B"));
safe.cancel("A").runUntil(2);
System.out.println("A consumer that puts its item back: " + safe.output() + "; unfinished " + sq.unfinishedTasks());
safe.close();
