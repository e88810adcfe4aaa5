// ============================================================================================
// Exercise 02 (easy): The iteration after the timer  [SOLUTION]
// ============================================================================================
//
// P puts an item and sleeps 0.1 s in its first step, which runs in iteration 1. In which
// iteration does P run its second step? Think of what the timer's callback does.
//
// This is a solution: the exercise is notebooks/exercises/02-resume-iteration.jsh.

var lab = Exercises.world02();

// ---- YOUR ANSWER --------------------------------------------------------------------------
int answer = 3;              // iteration 2 runs the timer's callback, which schedules P's wake-up
// ---- the check ----------------------------------------------------------------------------
Exercises.e02ResumeIteration(answer);
