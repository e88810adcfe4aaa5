// ============================================================================================
// Exercise 13 (medium): Make Python 3.4's queue lose an item  [SOLUTION]
// ============================================================================================
//
// Notebook 10 shows how Python 3.4's asyncio.Queue handed an item straight to a waiting
// getter's future. Write the console lines (no `new`: the check starts a `new queue=py34` world
// of its own, and runs it until idle after your lines) that make that queue lose an item: in no
// queue, in no task. The check also runs your lines with today's queue, to show where the item
// goes there.
//
// This is a solution: the exercise is notebooks/exercises/13-lose-an-item.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
String[] lines = {
    "spawn consumer",
    "step",            // C0 waits in get(): its getter future is in the queue's getters
    "put x",           // 3.4: put_nowait sets C0's future's result to 'x'; the queue stays empty
    "cancel C0",       // C0's future is done, so the cancel is delivered at C0's next step
};
// ---- the check ----------------------------------------------------------------------------
Exercises.e13LoseAnItem(lines);
