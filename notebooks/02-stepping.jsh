// ============================================================================================
// Notebook 2: stepping. The running task; step versus tick; why a task resumes one iteration
// after its timer
// ============================================================================================
//
// An asyncio loop runs callbacks called handles, one after the other, on one thread. The handles
// that are ready wait in a FIFO queue (the "ready queue"); the loop takes every handle that is
// ready at the start of an iteration as that iteration's batch, runs the batch, and starts the
// next iteration. Things scheduled while a batch runs wait for the next iteration.
//
// A task's step is one such handle: it resumes the task's coroutine, which runs until its next
// `await` (or its end). So "the running task" is simply the task whose step the loop is running
// now. There is at most one; while it runs, every other task sits suspended at an await, and
// nothing can interrupt it before its own next await. That is what "cooperative" means.

var lab = Lab.create().spawnProducer("P", 2, 0.1).spawnConsumer("C", 0.1);

// Nothing has run yet: spawning only put each task's first step at the ready queue's tail.
System.out.println(lab);

// `step` runs handles until one task step has run. Here that is P's first step: P puts its
// first item, prints, and stops at `await asyncio.sleep(0.1)`.
System.out.println(lab.step());
System.out.println("The task that ran: " + lab.lastRan() + ". C waited all along: it had not even started.");

// The frame says "iteration 1 is under way": C's first step was in the same batch as P's and
// has not run yet. `tick` finishes the iteration under way (or, if none is, runs one whole
// iteration). It is measured in iterations, `step` in task steps.
System.out.println(lab.tick());
System.out.println("tick ran the steps of: " + lab.ranInLastCommand());

// Now both tasks sleep 0.1 s, and nothing is ready. The next iteration jumps the clock to the
// earliest timer (time is virtual: nothing is waited for) and runs every timer that is due.
// A timer of asyncio.sleep() does not resume its task: it only completes the sleep's future,
// and the future schedules the task's wake-up at the ready queue's tail. So this iteration
// runs two timer callbacks and no task step at all.
System.out.println(lab.tick());
System.out.println("tick ran the steps of: " + lab.ranInLastCommand() + " (no task step: only the timers ran)");

// The tasks resume in the next iteration, one after the other, in the order their timers ran.
System.out.println(lab.tick());
System.out.println("tick ran the steps of: " + lab.ranInLastCommand());

// `step` keeps the same iteration boundaries; it only stops sooner. Run the same world to its
// end twice, once by `step`s and once by `tick`s:
var a = Lab.create().spawnProducer("P", 2, 0.1).spawnConsumer("C", 0.1);
var b = Lab.create().spawnProducer("P", 2, 0.1).spawnConsumer("C", 0.1);
int stepCommands = 0;
while (!a.idle()) { a.step(); stepCommands++; }
int tickCommands = 0;
while (!b.idle()) { b.tick(); tickCommands++; }
System.out.println("By steps: " + stepCommands + " `step`s for " + a.steps() + " task steps in "
        + a.loop().iterations() + " iterations (the timers run between the steps).");
System.out.println("By ticks: " + tickCommands + " `tick`s for " + b.steps() + " task steps in "
        + b.loop().iterations() + " iterations (one per tick).");
System.out.println("The same world either way: " + a.output().equals(b.output()) + ", t=" + a.time() + " and t=" + b.time());

// `run` is "tick until idle", and `run until=T` stops before the first iteration that would
// start after T.
var c = Lab.create().spawnProducer("P", 2, 0.1).spawnConsumer("C", 0.1);
c.runUntil(0.15);
System.out.println("After run until=0.15: t=" + c.time() + ", printed so far: " + c.output());

// Your turn: in `lab`, predict which task the next `lab.step()` runs, then check with
//     lab.step()
