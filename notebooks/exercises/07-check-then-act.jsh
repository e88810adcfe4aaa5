// ============================================================================================
// Exercise 07 (medium): Fix the check-then-act race
// ============================================================================================
//
// This taker takes one item if there is one (it must not wait for one), records it, and logs it
// (the t.sleep stands for a log call). Two takers run at once, and one of them fails with
// QueueEmpty. Fix it: neither may fail or wait, no item may be taken twice, and it still logs.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody taker(Queue<String> q, List<String> took) {
    return t -> {
        if (!q.empty()) {
            t.sleep(0.01);                 // log: "about to take an item"
            String item = q.getNowait();
            took.add(item);
        }
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e07CheckThenAct((q, took) -> taker(q, took));
