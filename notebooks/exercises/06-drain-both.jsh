// ============================================================================================
// Exercise 06 (medium): A consumer that drains until both producers are done
// ============================================================================================
//
// Two producers each put some items and then one None. Write a consumer that takes items until
// BOTH producers are done, calls q.taskDone() for everything it gets (None included), and then
// returns. (Stopping at the first None is the pitfall of notebook 7.)
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody consumer(Queue<String> q) {
    return t -> {
        // your code: t.await(q.get()), q.taskDone(), ...
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e06DrainBoth(q -> consumer(q));
