// ============================================================================================
// Exercise 13 (medium): Make Python 3.4's queue lose an item
// ============================================================================================
//
// Notebook 10 shows how Python 3.4's asyncio.Queue handed an item straight to a waiting
// getter's future. Write the console lines (no `new`: the check starts a `new queue=py34` world
// of its own, and runs it until idle after your lines) that make that queue lose an item: in no
// queue, in no task. The check also runs your lines with today's queue, to show where the item
// goes there.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
String[] lines = {
    "spawn consumer",
    "step",
    "cancel C0",
    "put x",
};
// ---- the check ----------------------------------------------------------------------------
Exercises.e13LoseAnItem(lines);
