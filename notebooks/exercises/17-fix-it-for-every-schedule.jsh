// ============================================================================================
// Exercise 17 (medium): Fix it so that explore finds nothing
// ============================================================================================
//
// The same world as exercise 16, with a consumer C that takes the items. Rewrite A so that on
// every schedule of the loop no task fails, nothing deadlocks, and C gets both "a" and "b". The
// check runs lab.explore() over your A and says which schedule still breaks, if one does.
// (Reach the queue as t.queue(): each schedule runs in a fresh world.)
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody a = t -> {
    Queue<String> q = t.queue();
    if (!q.full()) {
        t.yield();                 // log: "about to put"
        q.putNowait("a");
    }
};
// ---- the check ----------------------------------------------------------------------------
Exercises.e17FixItSoExploreFindsNothing(a);
