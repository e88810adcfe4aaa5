// ============================================================================================
// Exercise 11 (hard): One sentinel per consumer
// ============================================================================================
//
// Producers P0 and P1 send no sentinel; consumers C0, C1 and C2 (built-in: each stops at the
// first None it gets) would wait forever. Write `main`: it must see to it that every item is got
// and every consumer finishes.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody main(Lab lab) {
    return t -> {
        // your code: lab.task("P0"), lab.queue(), t.await(...)
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e11OneSentinelPerConsumer(lab -> main(lab));
