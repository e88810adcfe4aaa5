// ============================================================================================
// Exercise 03 (easy): Task steps per tick  [SOLUTION]
// ============================================================================================
//
// Consumers A and B, then a producer P of one item, are spawned (each queued its first step).
// How many task steps does the first `tick()` run, and how many the second?
//
// This is a solution: the exercise is notebooks/exercises/03-steps-per-tick.jsh.

var lab = Exercises.world03();

// ---- YOUR ANSWER --------------------------------------------------------------------------
int first = 3;               // A and B start and wait in get(); P puts, which wakes A
int second = 1;              // A's wake-up was scheduled during the first tick: it runs now
// ---- the check ----------------------------------------------------------------------------
Exercises.e03StepsPerTick(first, second);
