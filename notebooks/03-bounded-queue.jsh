// ============================================================================================
// Notebook 3: a bounded queue. Back-pressure, waiting putters, the stolen slot
// ============================================================================================
//
// asyncio.Queue(maxsize=N) holds at most N items. `await queue.put(x)` on a full queue does not
// fail: the task parks a "putter" future in the queue's putters deque and waits. Each get frees
// a slot and wakes the first waiting putter. That is back-pressure: a fast producer is slowed
// down to the pace of its consumers, and memory stays bounded.

var lab = Lab.create().maxsize(2).spawnProducer("P", 5, 0.0).spawnConsumer("C", 0.3);

// P puts without sleeping (delay=0 still yields once, as asyncio.sleep(0) does); C is slow.
lab.runUntil(0.0);
System.out.println(lab);
System.out.println("P's state: " + lab.state("P") + " (it waits in put()); the queue is full: " + lab.items()
        + "; P has put " + lab.output().stream().filter(l -> l.startsWith("Producer")).count() + " items so far.");

// C takes one item every 0.3 s; each get wakes P, which puts one more and waits again.
lab.runUntil(0.7);
System.out.println("At t=0.7 the queue holds " + lab.items() + "; P has put all 5 items and waits in "
        + lab.state("P") + "() again, to put its None.");
lab.run();
System.out.println("In the end C got " + lab.output().stream().filter(l -> l.startsWith("Consumer C got")).count()
        + " items, and the queue never held more than 2.");

// ---- Waiting putters are served first come, first served -----------------------------------
// Two producers block on a full queue of one slot. asyncio keeps their putters in a FIFO deque:
// each `get` wakes the one that has waited longest.
var fair = Lab.create().maxsize(1);
fair.put("a").spawnProducer("P1", 1, 0.0).spawnProducer("P2", 1, 0.0).tick();
System.out.println("Waiting in put(): P1=" + fair.state("P1") + ", P2=" + fair.state("P2") + ", queue " + fair.items());
fair.get().tick();
System.out.println("After one get: " + fair.items() + " (P1 put first, P2 still waits: " + fair.state("P2") + ")");

// ---- The stolen slot -----------------------------------------------------------------------
// A woken putter does not take its slot at once: its wake-up goes to the ready queue's tail
// and the task runs later. When it does, it checks `full()` again. If something else filled the
// slot in between, it parks a new putter at the *tail* of the deque, behind the others.
var st = Lab.create().maxsize(1);
st.put("a").spawnProducer("P sentinel=off count=1 delay=0").spawnProducer("Q sentinel=off count=1 delay=0");
st.tick();                       // P and Q block in put(): putters = [P, Q]
st.get();                        // frees the slot and wakes P's putter...
st.put("b");                     // ...but this top-level put takes the slot first
System.out.println(st.tick());   // P wakes, finds the queue full, waits again, behind Q
System.out.println("P lost the race for the slot and now waits behind Q: " + st.queue().putters().size() + " putters");
st.get().run();
System.out.println("The next get wakes Q, not P: Q " + st.state("Q") + ", P " + st.state("P") + ", queue " + st.items());
st.get().run();
System.out.println("And the one after that, P: P " + st.state("P") + ", queue " + st.items());

// Try it: what changes if the consumer is faster than the producer? lab.reset() and respawn with
//     lab.spawnProducer("P", 5, 0.3).spawnConsumer("C", 0.0).run()
