// ============================================================================================
// Exercise 06 (medium): A consumer that drains until both producers are done  [SOLUTION]
// ============================================================================================
//
// Two producers each put some items and then one None. Write a consumer that takes items until
// BOTH producers are done, calls q.taskDone() for everything it gets (None included), and then
// returns. (Stopping at the first None is the pitfall of notebook 7.)
//
// This is a solution: the exercise is notebooks/exercises/06-drain-both.jsh.

// ---- YOUR ANSWER --------------------------------------------------------------------------
AsyncBody consumer(Queue<String> q) {
    return t -> {
        int producersLeft = 2;
        while (producersLeft > 0) {
            String item = t.await(q.get());
            if (item == null) {
                producersLeft--;
            } else {
                t.print("got " + item);
            }
            q.taskDone();
        }
    };
}
// ---- the check ----------------------------------------------------------------------------
Exercises.e06DrainBoth(q -> consumer(q));
