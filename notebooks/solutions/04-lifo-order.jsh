// ============================================================================================
// Exercise 04 (medium): LIFO order  [SOLUTION]
// ============================================================================================
//
// A LIFO queue. Consumer C (no sleep) is spawned first, then producer P putting 3 items with a
// 0.1 s sleep after each. In what order does C get them? Answer with item numbers, like "2 1 0".
//
// This is a solution: the exercise is notebooks/exercises/04-lifo-order.jsh.

var lab = Exercises.world04();

// ---- YOUR ANSWER --------------------------------------------------------------------------
String answer = "0 1 2";      // C is already waiting for each item: only one is ever in the queue
// ---- the check ----------------------------------------------------------------------------
Exercises.e04LifoOrder(answer);
