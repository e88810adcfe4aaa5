// ============================================================================================
// Exercise 05 (medium): The putters' order  [SOLUTION]
// ============================================================================================
//
// A queue of one slot, producers A, B and C of 2 items each (delay 0), no consumer. After
// `run()`, every producer waits in put(). In which order are their putters queued, that is, in
// which order would gets wake them? Answer with names, like "A B C".
//
// This is a solution: the exercise is notebooks/exercises/05-putter-order.jsh.

var lab = Exercises.world05();

// ---- YOUR ANSWER --------------------------------------------------------------------------
String answer = "B C A";      // A filled the slot and yielded; B and C parked first; A parked behind them
// ---- the check ----------------------------------------------------------------------------
Exercises.e05PutterOrder(answer);
