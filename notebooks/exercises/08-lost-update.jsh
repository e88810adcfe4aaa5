// ============================================================================================
// Exercise 08 (medium): The lost update
// ============================================================================================
//
// Five tasks each add 1 to a shared counter, and each awaits an audit call (t.sleep(0.01)) on
// the way. The counter ends at 1, not 5. Fix it, keeping the audit call.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody increment(int[] counter) {
    return t -> {
        int seen = counter[0];
        t.sleep(0.01);                     // the audit call
        counter[0] = seen + 1;
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e08LostUpdate(c -> increment(c));
