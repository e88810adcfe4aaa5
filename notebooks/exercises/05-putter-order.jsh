// ============================================================================================
// Exercise 05 (medium): The putters' order
// ============================================================================================
//
// A queue of one slot, producers A, B and C of 2 items each (delay 0), no consumer. After
// `run()`, every producer waits in put(). In which order are their putters queued, that is, in
// which order would gets wake them? Answer with names, like "A B C".
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

var lab = Exercises.world05();

// ---- YOUR ANSWER --------------------------------------------------------------------------
String answer = "?";
// ---- the check ----------------------------------------------------------------------------
Exercises.e05PutterOrder(answer);
