// ============================================================================================
// Exercise 03 (easy): Task steps per tick
// ============================================================================================
//
// Consumers A and B, then a producer P of one item, are spawned (each queued its first step).
// How many task steps does the first `tick()` run, and how many the second?
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

var lab = Exercises.world03();

// ---- YOUR ANSWER --------------------------------------------------------------------------
int first = 0;
int second = 0;
// ---- the check ----------------------------------------------------------------------------
Exercises.e03StepsPerTick(first, second);
