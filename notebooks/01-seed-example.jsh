// ============================================================================================
// Notebook 1: the seed example, in Java, line for line beside the Python it mirrors
// ============================================================================================
//
// Two producers put "Item i from NAME" into an asyncio.Queue, sleeping a random while after
// each; two consumers take items out until each has seen a None. The Python, for CPython 3.11:
//
//     import asyncio, random
//
//     async def producer(queue, name, count):
//         for i in range(count):
//             item = f"Item {i} from {name}"
//             await queue.put(item)
//             print(f"Producer {name} added: {item}")
//             await asyncio.sleep(random.uniform(0.1, 0.5))
//         await queue.put(None)
//         print(f"Producer {name} finished")
//
//     async def consumer(queue, name):
//         while True:
//             item = await queue.get()
//             if item is None:
//                 queue.task_done()
//                 print(f"Consumer {name} finished")
//                 return
//             print(f"Consumer {name} got: {item}")
//             await asyncio.sleep(random.uniform(0.1, 0.3))
//             queue.task_done()
//
//     async def main():
//         random.seed(42)
//         queue = asyncio.Queue()
//         tasks = [asyncio.create_task(producer(queue, "P0", random.randint(3, 7))),
//                  asyncio.create_task(producer(queue, "P1", random.randint(3, 7))),
//                  asyncio.create_task(consumer(queue, "C0")),
//                  asyncio.create_task(consumer(queue, "C1"))]
//         await asyncio.gather(*tasks)
//
//     asyncio.run(main())
//
// Below is the same program in Java. Each `await` of the Python is a `t.await(...)`,
// `t.sleep(...)` or `t.yield()` call: those, and only those, are the places where the task
// may stop and let another one run. Everything between two of them runs without interruption.

var lab = Lab.seeded(42);                  // random.seed(42), and a fresh loop
Queue<String> queue = lab.queue();         // queue = asyncio.Queue()
PyRandom random = lab.random();            // Python's `random` module: CPython's MT19937, bit for bit

AsyncBody producer(String name, int count) {                   // async def producer(queue, name, count):
    return t -> {
        for (int i = 0; i < count; i++) {                      //     for i in range(count):
            String item = "Item " + i + " from " + name;       //         item = f"Item {i} from {name}"
            t.await(queue.put(item));                          //         await queue.put(item)
            t.print("Producer " + name + " added: " + item);   //         print(f"Producer {name} added: {item}")
            t.sleep(random.uniform(0.1, 0.5));                 //         await asyncio.sleep(random.uniform(0.1, 0.5))
        }
        t.await(queue.put(null));                              //     await queue.put(None)
        t.print("Producer " + name + " finished");             //     print(f"Producer {name} finished")
    };
}

AsyncBody consumer(String name) {                              // async def consumer(queue, name):
    return t -> {
        while (true) {                                         //     while True:
            String item = t.await(queue.get());                //         item = await queue.get()
            if (item == null) {                                //         if item is None:
                queue.taskDone();                              //             queue.task_done()
                t.print("Consumer " + name + " finished");     //             print(f"Consumer {name} finished")
                return;                                        //             return
            }
            t.print("Consumer " + name + " got: " + item);     //         print(f"Consumer {name} got: {item}")
            t.sleep(random.uniform(0.1, 0.3));                 //         await asyncio.sleep(random.uniform(0.1, 0.3))
            queue.taskDone();                                  //         queue.task_done()
        }
    };
}

lab.spawn("P0", producer("P0", (int) random.randint(3, 7)));   // asyncio.create_task(producer(queue, "P0", random.randint(3, 7)))
lab.spawn("P1", producer("P1", (int) random.randint(3, 7)));
lab.spawn("C0", consumer("C0"));
lab.spawn("C1", consumer("C1"));

// `await asyncio.gather(*tasks)`: run the loop until nothing is left to do. Time is virtual:
// the sleeps add up to seconds, the run takes milliseconds.
lab.run();

System.out.println("What the tasks printed, in order (CPython prints exactly these lines):");
lab.output().forEach(line -> System.out.println("  " + line));
System.out.printf("Virtual time at the end: %.3f s, after %d task steps.%n", lab.time(), lab.steps());

// LoopLab has these two coroutines built in: `spawn producer` and `spawn consumer` are the
// same code (as state machines, without threads). The console's script for this example is
//     new seed=42 / spawn producer count=3..7 delay=0.1..0.5 (twice) / spawn consumer (twice) / run
// Run it on a second lab and compare, step by step: the task, the time, what it printed, the
// queue after the step, and what the task waits for next.
var builtins = Lab.seeded(42).
        command("spawn producer count=3..7 delay=0.1..0.5").
        command("spawn producer count=3..7 delay=0.1..0.5").
        command("spawn consumer").
        command("spawn consumer").
        run();
List<Object> steps(Lab l) {
    return l.events().stream().filter(e -> e instanceof looplab.world.TraceEvent.Stepped).collect(Collectors.toList());
}
System.out.println();
System.out.println("Same steps as the built-in producer and consumer: " + steps(lab).equals(steps(builtins)));

// The last frame of the run: what the last command did, the queue, the ready queue, the
// timers and the tasks. In your own session, just evaluate `lab` (or `lab.step()`, ...).
System.out.println(builtins);

// Try it: make a third producer, or change a consumer's sleep to 0.5, and run again:
//     lab = Lab.seeded(42); queue = lab.queue(); random = lab.random();
//     lab.spawn("P0", producer("P0", 3)); lab.spawn("C0", consumer("C0")); lab.run()
