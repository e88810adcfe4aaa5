// ============================================================================================
// Exercise 01 (easy): Predict the next running task  [SOLUTION]
// ============================================================================================
//
// A producer P and a consumer C were spawned, and one `step` ran. Which task does the next
// `step` run? (print world01() to see the frame, but try to answer before you look)
//
// This is a solution: the exercise is notebooks/exercises/01-next-task.jsh.

var lab = Exercises.world01();
// System.out.println(lab);     // uncomment to see the frame

// ---- YOUR ANSWER --------------------------------------------------------------------------
String answer = "C";          // the name of the task
// ---- the check ----------------------------------------------------------------------------
Exercises.e01NextTask(answer);
