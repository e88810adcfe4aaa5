// ============================================================================================
// Exercise 02 (easy): The iteration after the timer
// ============================================================================================
//
// P puts an item and sleeps 0.1 s in its first step, which runs in iteration 1. In which
// iteration does P run its second step? Think of what the timer's callback does.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

var lab = Exercises.world02();

// ---- YOUR ANSWER --------------------------------------------------------------------------
int answer = 0;              // an iteration number
// ---- the check ----------------------------------------------------------------------------
Exercises.e02ResumeIteration(answer);
