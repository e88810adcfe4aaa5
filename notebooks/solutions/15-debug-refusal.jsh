// ============================================================================================
// Exercise 15 (medium): Debug mode's late refusal  [SOLUTION]
// ============================================================================================
//
// asyncio's debug mode is on (Lab.of("debug=on")). C0 waits in get(), and another thread calls
// queue.put_nowait("x"), which raises RuntimeError. Then the loop runs until it is idle.
// How many items does the queue hold at the end, and does C0 ever get "x"?
//
// This is a solution: the exercise is notebooks/exercises/15-debug-refusal.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
// The thread check is in call_soon, reached only when put_nowait wakes the getter: after the
// item was stored and the getter's future completed. Its callbacks are dropped, so C0 waits
// for ever on a future that is already done, and "x" stays.
int items = 1;
boolean c0GetsIt = false;
// ---- the check ----------------------------------------------------------------------------
Exercises.e15DebugRefusal(items, c0GetsIt);
