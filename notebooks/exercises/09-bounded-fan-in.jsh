// ============================================================================================
// Exercise 09 (hard): A bounded fan-in
// ============================================================================================
//
// Three sources feed one sink through a queue of 2 slots. Write the source: it puts n items
// NAME-0 .. NAME-(n-1) and must never fail on a full queue (back-pressure: it waits). Write the
// sink: it takes exactly `expected` items, adds each to `got`, sleeps 0.05 after each, calls
// q.taskDone(), and returns.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody source(Queue<String> q, String name, int n) {
    return t -> {
        for (int i = 0; i < n; i++) {
            q.putNowait(name + "-" + i);   // is this right for a bounded queue?
            t.yield();
        }
    };
}

AsyncBody sink(Queue<String> q, int expected, List<String> got) {
    return t -> {
        // your code
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e09FanIn((q, name, n) -> source(q, name, n), (q, expected, got) -> sink(q, expected, got));
