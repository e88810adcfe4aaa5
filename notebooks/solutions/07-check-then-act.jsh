// ============================================================================================
// Exercise 07 (medium): Fix the check-then-act race  [SOLUTION]
// ============================================================================================
//
// This taker takes one item if there is one (it must not wait for one), records it, and logs it
// (the t.sleep stands for a log call). Two takers run at once, and one of them fails with
// QueueEmpty. Fix it: neither may fail or wait, no item may be taken twice, and it still logs.
//
// This is a solution: the exercise is notebooks/exercises/07-check-then-act.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody taker(Queue<String> q, List<String> took) {
    return t -> {
        if (!q.empty()) {
            String item = q.getNowait();   // check and act with no await between them
            took.add(item);
            t.sleep(0.01);                 // log: "took an item"
        }
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e07CheckThenAct((q, took) -> taker(q, took));
