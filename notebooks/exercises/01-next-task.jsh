// ============================================================================================
// Exercise 01 (easy): Predict the next running task
// ============================================================================================
//
// A producer P and a consumer C were spawned, and one `step` ran. Which task does the next
// `step` run? (print world01() to see the frame, but try to answer before you look)
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

var lab = Exercises.world01();
// System.out.println(lab);     // uncomment to see the frame

// ---- YOUR ANSWER --------------------------------------------------------------------------
String answer = "?";          // the name of the task
// ---- the check ----------------------------------------------------------------------------
Exercises.e01NextTask(answer);
