// ============================================================================================
// Exercise 12 (hard): Join, then cancel the workers  [SOLUTION]
// ============================================================================================
//
// Workers W0 and W1 process items forever and call q.taskDone() after each. Write `main`: it must
// end exactly when the last item has been processed, and cancel the workers then (asyncio's
// `await queue.join()` idiom). Guessing a sleep long enough does not count.
//
// This is a solution: the exercise is notebooks/exercises/12-join-then-cancel.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody main(Lab lab, List<String> workers) {
    return t -> {
        t.await(lab.queue().join());       // returns when every item put is marked done
        for (String w : workers) lab.task(w).cancel();
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e12JoinThenCancel((lab, workers) -> main(lab, workers));
