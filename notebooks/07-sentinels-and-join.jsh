// ============================================================================================
// Notebook 7: sentinels, task_done and join, and the pitfall of one None per producer
// ============================================================================================
//
// Two ways to tell consumers that the work is over:
//   * a sentinel: an item that means "stop" (None), put after the last real item;
//   * task_done() and join(): every get() is matched by a task_done() once the item has been
//     processed; `await queue.join()` returns when every item put has been marked done. Then
//     the consumers (which loop forever) are cancelled.

// ---- join() -------------------------------------------------------------------------------
var lab = Lab.seeded(42).spawnProducer("P0 count=3 sentinel=off").spawnProducer("P1 count=4 sentinel=off");
lab.spawnConsumer("C0").spawnConsumer("C1");
Queue<String> q = lab.queue();
lab.spawn("main", t -> {
    t.await(lab.task("P0"));             // await the producers...
    t.await(lab.task("P1"));
    t.await(q.join());                   // ...then until every item is marked done
    t.print("main: all " + 7 + " items processed at t=" + String.format("%.3f", t.time()));
    lab.task("C0").cancel();             // the consumers loop forever: cancel them
    lab.task("C1").cancel();
});
lab.run();
System.out.println(lab.output().get(lab.output().size() - 1));
System.out.println("unfinished " + q.unfinishedTasks() + "; C0 " + lab.state("C0") + ", C1 " + lab.state("C1") + ", main " + lab.state("main"));

// ---- The pitfall: each producer sends None, the consumer stops at the first -----------------
// Each of two producers ends with `await queue.put(None)`. One consumer stops at the first None
// it sees. The faster producer's None arrives while the slower one is still producing: the
// consumer stops, and everything after it is never taken.
var bad = Lab.create().spawnProducer("Fast", 1, 0.1).spawnProducer("Slow", 4, 0.1).spawnConsumer("C", 0.0);
bad.run();
System.out.println(bad);
System.out.println("Left in the queue: " + bad.items().stream().map(i -> i == null ? "None" : i).collect(Collectors.toList()) + ", unfinished " + bad.queue().unfinishedTasks()
        + ": a join() would wait forever, and the loop is idle with it.");

// Fix 1: the consumer counts sentinels and stops at the last one (it knows how many producers).
var good = Lab.create();
Queue<String> gq = good.queue();
good.spawnProducer("Fast", 1, 0.1).spawnProducer("Slow", 4, 0.1);
good.spawn("C", t -> {
    int producersLeft = 2;
    while (true) {
        String item = t.await(gq.get());
        gq.taskDone();
        if (item == null) {
            if (--producersLeft == 0) return;   // the last producer is done
            continue;
        }
        t.print("C got " + item);
    }
});
good.run();
System.out.println("Fix 1, count the sentinels: C got " + good.output().stream().filter(l -> l.startsWith("C got")).count()
        + " items, queue " + good.items() + ", unfinished " + gq.unfinishedTasks());

// Fix 2: producers send no sentinel; whoever started them waits for them all, then sends one
// None per consumer. With two consumers each stops at its own None.
var good2 = Lab.create().spawnProducer("Fast sentinel=off count=1 delay=0.1").spawnProducer("Slow sentinel=off count=4 delay=0.1");
good2.spawnConsumer("C0", 0.05).spawnConsumer("C1", 0.05);
Queue<String> g2 = good2.queue();
good2.spawn("main", t -> {
    t.await(good2.task("Fast"));
    t.await(good2.task("Slow"));
    for (int i = 0; i < 2; i++) t.await(g2.put(null));   // one sentinel per consumer
});
good2.run();
System.out.println("Fix 2, one None per consumer after the producers: C0 " + good2.state("C0") + ", C1 " + good2.state("C1")
        + ", items got " + good2.output().stream().filter(l -> l.contains(" got: ")).count() + ", unfinished " + g2.unfinishedTasks());
