// ============================================================================================
// Notebook 10: history. When asyncio.Queue did lose items (Python 3.4, bpo-23812)
// ============================================================================================
//
// Today's asyncio.Queue never loses an item to a cancellation (notebook 6). It was not always
// so. In Python 3.4.3 a put that found a getter waiting did not leave the item in the queue: it
// put it, took it out again and handed it to the getter's future, getter.set_result(item). The
// getter's task would find it there when it ran. But task.cancel() on a task whose future is
// already done cannot cancel that future: it marks the task, and the task's next step raises
// CancelledError instead of returning the future's result. The item in the future goes with it.
// In no queue, in no task; and its task_done() never comes, so join() waits for ever.
//
// Reported in 2015 as bpo-23812; fixed in 3.4.4 and 3.5 by making the getters' futures mere
// wake-ups (their result is None): a woken getter takes its item from the queue itself when it
// runs, and a getter cancelled in between passes its wake-up on. LoopLab models today's
// algorithm; `new queue=py34` (or Lab.of("queue=py34")) gives the old one, for this notebook.

// ---- The same schedule on both queues --------------------------------------------------------
// C0 waits in get(). A top-level put arrives, then C0 is cancelled before it runs again.
var today = Lab.create().spawnConsumer("C0", 0.1);
today.step();
today.put("x").cancel("C0");
var old = Lab.of("queue=py34").spawnConsumer("C0", 0.1);
old.step();
old.put("x").cancel("C0");

// Before C0 runs: today the item is in the queue and C0 was only woken; in 3.4 the queue is
// empty and C0's future holds the item.
System.out.println("today: queue " + today.items() + "\n" + today.tasks());
System.out.println("3.4:   queue " + old.items() + "\n" + old.tasks());

// C0 runs its step: the CancelledError is raised at its await in both worlds.
today.step();
old.step();
System.out.println("today: queue " + today.items() + ", lost " + today.queue().lost()
        + ", unfinished " + today.queue().unfinishedTasks());
System.out.println("3.4:   queue " + old.items() + ", lost " + old.queue().lost()
        + ", unfinished " + old.queue().unfinishedTasks());

// The frame of 3.4's step names the lost item, and `why` explains it:
System.out.println(old);
System.out.println(old.why());

// ---- Another consumer does not help ------------------------------------------------------------
// With two consumers waiting, today's cancelled C0 passes its wake-up on to C1, which gets the
// item. In 3.4 the item was already inside C0's future: C1 waits on, for an item nobody has.
var today2 = Lab.create().spawnConsumer("C0", 0.1).spawnConsumer("C1", 0.1);
today2.tick();
today2.put("x").cancel("C0").runUntil(0.05);
var old2 = Lab.of("queue=py34").spawnConsumer("C0", 0.1).spawnConsumer("C1", 0.1);
old2.tick();
old2.put("x").cancel("C0").runUntil(0.05);
System.out.println("today: C1 " + today2.state("C1") + "; output " + today2.output());
System.out.println("3.4:   C1 " + old2.state("C1") + "; output " + old2.output() + "; lost " + old2.queue().lost());

// ---- Your own coroutine: join() never returns -------------------------------------------------
// A main that puts two jobs and joins the queue, a worker that is cancelled at the wrong moment.
Lab joined(String options) {
    var lab = Lab.of(options);
    Queue<String> q = lab.queue();
    lab.spawn("worker", t -> {
        while (true) {
            String job = t.await(q.get());
            t.print("did " + job);
            q.taskDone();
        }
    });
    lab.spawn("main", t -> {
        t.yield();                         // let the worker wait in get() first
        q.putNowait("job 1");              // 3.4: straight into the worker's future
        lab.task("worker").cancel();       // ... and the worker is cancelled before it runs
        q.putNowait("job 2");
        t.await(q.join());
        t.print("joined");
    });
    return lab.run();
}
var j = joined("");
System.out.println("today: main " + j.state("main") + ", queue " + j.items() + ", unfinished " + j.queue().unfinishedTasks());
var j34 = joined("queue=py34");
System.out.println("3.4:   main " + j34.state("main") + ", queue " + j34.items() + ", unfinished "
        + j34.queue().unfinishedTasks() + ", lost " + j34.queue().lost());
// Today main is stuck too (no worker is left to call task_done()), but both jobs are still in the
// queue, where a new worker would find them. In 3.4, "job 1" is gone: no worker could ever finish it.

// ---- The putters' side ------------------------------------------------------------------------
// 3.4 kept a waiting putter's item with the putter, (item, future), and a get that found a putter
// waiting put the putter's item into the queue for it. A cancelled putter could not lose an item
// (it was put, or never was), only leave its task believing it had failed.
var putters = Lab.of("maxsize=1 queue=py34").spawnProducer("P count=2 delay=0 sentinel=off");
putters.put("a").step();
putters.get();
System.out.println("3.4, after get: queue " + putters.items() + " (P's item, put by the get), P " + putters.state("P"));

// ---- Try it -----------------------------------------------------------------------------------
// Exercise 13 (notebooks/exercises/13-lose-an-item.jsh): the console lines that lose an item.
// Or in the console: new queue=py34, spawn consumer, step, put x, cancel C0, step, why.
