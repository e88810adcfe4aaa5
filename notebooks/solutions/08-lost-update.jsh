// ============================================================================================
// Exercise 08 (medium): The lost update  [SOLUTION]
// ============================================================================================
//
// Five tasks each add 1 to a shared counter, and each awaits an audit call (t.sleep(0.01)) on
// the way. The counter ends at 1, not 5. Fix it, keeping the audit call.
//
// This is a solution: the exercise is notebooks/exercises/08-lost-update.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody increment(int[] counter) {
    return t -> {
        t.sleep(0.01);                     // the audit call, before the update...
        counter[0] = counter[0] + 1;       // ...and then read and write with no await between them
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e08LostUpdate(c -> increment(c));
