package looplab.workbook;

/**
 * The body of a user-written coroutine: plain Java that suspends only where it calls
 * {@link Async#await}, {@link Async#sleep} or {@link Async#yield()}.
 *
 * <pre>{@code
 * lab.spawn("C", t -> {
 *     while (true) {
 *         String item = t.await(q.get());   // may suspend: other tasks run meanwhile
 *         if (item == null) return;
 *         t.print("got " + item);           // never suspends
 *         t.sleep(0.1);                     // suspends
 *         q.taskDone();                     // never suspends
 *     }
 * });
 * }</pre>
 */
@FunctionalInterface
public interface AsyncBody {
    /**
     * Runs the coroutine. An exception thrown out of it ends its task with that exception
     * (the task is then "failed"; a {@link looplab.model.CancelledError} ends it "cancelled").
     *
     * @param t the task's handle: its await points, its output, its name and clock
     */
    void run(Async t) throws Exception;
}
