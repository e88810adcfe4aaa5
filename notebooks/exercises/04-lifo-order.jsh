// ============================================================================================
// Exercise 04 (medium): LIFO order
// ============================================================================================
//
// A LIFO queue. Consumer C (no sleep) is spawned first, then producer P putting 3 items with a
// 0.1 s sleep after each. In what order does C get them? Answer with item numbers, like "2 1 0".
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

var lab = Exercises.world04();

// ---- YOUR ANSWER --------------------------------------------------------------------------
String answer = "?";
// ---- the check ----------------------------------------------------------------------------
Exercises.e04LifoOrder(answer);
