// ============================================================================================
// Exercise 12 (hard): Join, then cancel the workers
// ============================================================================================
//
// Workers W0 and W1 process items forever and call q.taskDone() after each. Write `main`: it must
// end exactly when the last item has been processed, and cancel the workers then (asyncio's
// `await queue.join()` idiom). Guessing a sleep long enough does not count.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody main(Lab lab, List<String> workers) {
    return t -> {
        t.sleep(10);                       // long enough?
        for (String w : workers) lab.task(w).cancel();
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e12JoinThenCancel((lab, workers) -> main(lab, workers));
