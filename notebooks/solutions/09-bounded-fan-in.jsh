// ============================================================================================
// Exercise 09 (hard): A bounded fan-in  [SOLUTION]
// ============================================================================================
//
// Three sources feed one sink through a queue of 2 slots. Write the source: it puts n items
// NAME-0 .. NAME-(n-1) and must never fail on a full queue (back-pressure: it waits). Write the
// sink: it takes exactly `expected` items, adds each to `got`, sleeps 0.05 after each, calls
// q.taskDone(), and returns.
//
// This is a solution: the exercise is notebooks/exercises/09-bounded-fan-in.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody source(Queue<String> q, String name, int n) {
    return t -> {
        for (int i = 0; i < n; i++) {
            t.await(q.put(name + "-" + i));   // waits while the queue is full
        }
    };
}

AsyncBody sink(Queue<String> q, int expected, List<String> got) {
    return t -> {
        for (int i = 0; i < expected; i++) {
            String item = t.await(q.get());
            got.add(item);
            t.sleep(0.05);
            q.taskDone();
        }
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e09FanIn((q, name, n) -> source(q, name, n), (q, expected, got) -> sink(q, expected, got));
