// ============================================================================================
// Exercise 14 (medium): Wake the loop from another thread  [SOLUTION]
// ============================================================================================
//
// C0 waits in get(); the loop's only other work is a 3-second timeout, so it sleeps in its
// selector. Your code runs on another (real) thread and must hand the item "x" to the queue so
// that C0 gets it at once, not at t=3, with asyncio's debug mode off and on.
//
// This is a solution: the exercise is notebooks/exercises/14-wake-the-loop.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
Runnable fromAnotherThread(Lab lab) {
    // loop.call_soon_threadsafe(queue.put_nowait, "x"): the put runs in the loop's thread, and
    // the handle wakes the loop
    return () -> lab.callSoonThreadsafe(() -> lab.queue().putNowait("x"));
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e14WakeTheLoop(lab -> fromAnotherThread(lab));
