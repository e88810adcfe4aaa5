// ============================================================================================
// Exercise 10 (hard): Cancel without losing the item in hand  [SOLUTION]
// ============================================================================================
//
// A consumer takes a job, works on it for 0.3 s, records it in `processed`, and calls
// q.taskDone(), forever. Two of them run; one is cancelled while it works on a job, and that job
// is lost (notebook 6). Make the consumer give the job back when it is cancelled, so that the
// other one does it, and keep `unfinished` right so that a join() would return. It must still end
// cancelled.
//
// This is a solution: the exercise is notebooks/exercises/10-cancel-safely.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody worker(Queue<String> q, List<String> processed) {
    return t -> {
        while (true) {
            String job = t.await(q.get());
            try {
                t.sleep(0.3);              // working on it
                processed.add(job);
            } catch (CancelledError e) {
                q.putNowait(job);          // give it back: never switches, so no one sees a gap
                throw e;                   // and end cancelled
            } finally {
                q.taskDone();              // this get is accounted for either way
            }
        }
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e10CancelSafely((q, processed) -> worker(q, processed));
