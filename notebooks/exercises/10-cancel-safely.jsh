// ============================================================================================
// Exercise 10 (hard): Cancel without losing the item in hand
// ============================================================================================
//
// A consumer takes a job, works on it for 0.3 s, records it in `processed`, and calls
// q.taskDone(), forever. Two of them run; one is cancelled while it works on a job, and that job
// is lost (notebook 6). Make the consumer give the job back when it is cancelled, so that the
// other one does it, and keep `unfinished` right so that a join() would return. It must still end
// cancelled.
//
// Edit the part marked YOUR ANSWER, then run this file again (or paste the changed part at
// the prompt and then the check). The check prints RIGHT, or NOT YET with a hint.
// Solutions live in notebooks/solutions/.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody worker(Queue<String> q, List<String> processed) {
    return t -> {
        while (true) {
            String job = t.await(q.get());
            t.sleep(0.3);                  // working on it
            processed.add(job);
            q.taskDone();
        }
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e10CancelSafely((q, processed) -> worker(q, processed));
