// ============================================================================================
// Exercise 16 (medium): Find the schedule that breaks this
// ============================================================================================
//
// A queue of one slot. B does `await q.put("b")`. A checks that the queue is not full, awaits
// (a log call: t.yield()), then puts "a" without waiting. Give a schedule in which A fails
// with QueueFull.
//
// This is a solution: the exercise is notebooks/exercises/16-find-the-schedule.jsh.
// explore finds it: the first iteration's batch is [B, A]; choose index 1 (A) first. A sees an
// empty queue and yields; B fills the queue; in the next iteration A's put_nowait raises.

// ---- YOUR ANSWER --------------------------------------------------------------------------
String schedule = "loop@0:1";
// ---- the check ----------------------------------------------------------------------------
Exercises.e16FindTheSchedule(schedule);
