// ============================================================================================
// Exercise 16 (medium): Find the schedule that breaks this
// ============================================================================================
//
// A queue of one slot. B does `await q.put("b")`. A checks that the queue is not full, awaits
// (a log call: t.yield()), then puts "a" without waiting:
//
//     if (!q.full()) { t.yield(); q.putNowait("a"); }
//
// In asyncio's own order B runs first, fills the queue, and A sees it full: nothing breaks.
// But the loop may run the handles of an iteration in another order. Give a schedule (as
// explore prints it, loop@0:...) in which A fails with QueueFull. Exercises.world16() is the
// world: print its explore() if you want help, or reason it out.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
String schedule = "loop@0:0";
// ---- the check ----------------------------------------------------------------------------
Exercises.e16FindTheSchedule(schedule);
