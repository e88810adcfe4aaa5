// ============================================================================================
// Exercise 14 (medium): Wake the loop from another thread
// ============================================================================================
//
// C0 waits in get(); the loop's only other work is a 3-second timeout, so it sleeps in its
// selector. Your code runs on another (real) thread and must hand the item "x" to the queue so
// that C0 gets it at once, not at t=3, with asyncio's debug mode off and on.
// (Exercises.world14(false) is the world, if you want to look at it.)
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
Runnable fromAnotherThread(Lab lab) {
    return () -> lab.queue().putNowait("x");
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e14WakeTheLoop(lab -> fromAnotherThread(lab));
