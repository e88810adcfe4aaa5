// ============================================================================================
// Exercise 15 (medium): Debug mode's late refusal
// ============================================================================================
//
// asyncio's debug mode is on (Lab.of("debug=on")). C0 waits in get(), and another thread calls
// queue.put_nowait("x"), which raises RuntimeError. Then the loop runs until it is idle.
// How many items does the queue hold at the end, and does C0 ever get "x"?
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
int items = 0;               // items in the queue at the end
boolean c0GetsIt = true;     // does C0 ever get "x"?
// ---- the check ----------------------------------------------------------------------------
Exercises.e15DebugRefusal(items, c0GetsIt);
