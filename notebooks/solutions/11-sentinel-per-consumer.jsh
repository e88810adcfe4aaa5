// ============================================================================================
// Exercise 11 (hard): One sentinel per consumer  [SOLUTION]
// ============================================================================================
//
// Producers P0 and P1 send no sentinel; consumers C0, C1 and C2 (built-in: each stops at the
// first None it gets) would wait forever. Write `main`: it must see to it that every item is got
// and every consumer finishes.
//
// This is a solution: the exercise is notebooks/exercises/11-sentinel-per-consumer.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody main(Lab lab) {
    return t -> {
        t.await(lab.task("P0"));           // wait until both producers are done...
        t.await(lab.task("P1"));
        for (int i = 0; i < 3; i++) {
            t.await(lab.queue().put(null)); // ...then one None per consumer, after every item
        }
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e11OneSentinelPerConsumer(lab -> main(lab));
