package looplab.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import looplab.model.Awaiting;
import looplab.model.Handle;
import looplab.model.Task;

/**
 * One task step, as facts: where the task resumed and stopped, why its handle was ready, what it
 * printed, put, took and woke, and the surprises (a lost race, a passed-on wake-up). Filled in by
 * the {@link Journal} while the step runs; read-only once it is over.
 */
public final class Step {
    final Task task0;
    long n;
    final String task;
    final HandleRun run;
    final Fact.Point from;
    final Awaiting fromAwaiting;
    Fact.Point to = Fact.Point.UNKNOWN;
    Awaiting toAwaiting;
    double sleepUntil = Double.NaN;
    final boolean cancelDelivered;
    final boolean wokenThenCancelled;
    final Fact.Cause wokenBy;
    final long wokenSeq;
    final long scheduledIteration;
    boolean lostRace;
    Fact.Move thief;
    Awaiting parked;
    String passedOn;
    private List<String> printed = List.of();
    private List<String> put = List.of();
    private List<String> taken = List.of();
    private List<Fact.Wake> woke = List.of();
    private List<Fact.Wake> handed = List.of();
    private List<String> handedItems = List.of();
    private List<String> received = List.of();
    private List<String> lost = List.of();
    private List<Fact.TaskDone> taskDone = List.of();

    Step(Task task, HandleRun run, Fact.Point from, Awaiting fromAwaiting, boolean cancelDelivered,
            boolean wokenThenCancelled, Journal.Origin origin) {
        this.task0 = task;
        this.task = task.name();
        this.run = run;
        this.from = from;
        this.fromAwaiting = fromAwaiting;
        this.cancelDelivered = cancelDelivered;
        this.wokenThenCancelled = wokenThenCancelled;
        this.wokenBy = origin == null ? null : origin.cause();
        this.wokenSeq = origin == null ? 0 : origin.seq();
        this.scheduledIteration = origin == null ? -1 : origin.iteration();
    }

    // Most steps print, put or take at most one thing: the lists start shared and empty.
    void printed(String line) {
        printed = grown(printed, line);
    }

    void put(String item) {
        put = grown(put, item);
    }

    void taken(String item) {
        taken = grown(taken, item);
    }

    void woke(Fact.Wake wake) {
        woke = grown(woke, wake);
    }

    void handed(String item, Fact.Wake to) {
        handedItems = grown(handedItems, item);
        handed = grown(handed, to);
    }

    void received(String item) {
        received = grown(received, item);
    }

    void lost(String item) {
        lost = grown(lost, item);
    }

    void taskDone(int unfinished) {
        taskDone = grown(taskDone, new Fact.TaskDone(unfinished, taken.size() + received.size()));
    }

    private static <T> List<T> grown(List<T> list, T element) {
        List<T> out = list.isEmpty() ? new ArrayList<>(1) : list;
        out.add(element);
        return out;
    }

    /** Task steps counted from 1 in this world. */
    public long n() {
        return n;
    }

    /** The task's name. */
    public String task() {
        return task;
    }

    /** The handle run that was this step: its iteration, clock, place in the batch and handle. */
    public HandleRun run() {
        return run;
    }

    /** Start, resume after sleep(0), or wake-up. */
    public Handle.Purpose purpose() {
        return run.handle.purpose();
    }

    /** Where the task resumed. */
    public Fact.Point from() {
        return from;
    }

    /** What it was suspended on before the step. */
    public Awaiting fromAwaiting() {
        return fromAwaiting;
    }

    /** Where it stopped. */
    public Fact.Point to() {
        return to;
    }

    /** What it is suspended on after the step, or how it ended. */
    public Awaiting toAwaiting() {
        return toAwaiting;
    }

    /** The deadline of the sleep it began, or NaN. */
    public double sleepUntil() {
        return sleepUntil;
    }

    /** What it printed. */
    public List<String> printed() {
        return Collections.unmodifiableList(printed);
    }

    /** Items it put (null: the sentinel). */
    public List<String> put() {
        return Collections.unmodifiableList(put);
    }

    /** Items it took. */
    public List<String> taken() {
        return Collections.unmodifiableList(taken);
    }

    /** Tasks whose future it completed. */
    public List<Fact.Wake> woke() {
        return Collections.unmodifiableList(woke);
    }

    /** Python 3.4's queue: items this step put straight into a waiting getter's future. */
    public List<String> handedItems() {
        return Collections.unmodifiableList(handedItems);
    }

    /** The getters those items went to, in step with {@link #handedItems()}. */
    public List<Fact.Wake> handedTo() {
        return Collections.unmodifiableList(handed);
    }

    /** Python 3.4's queue: items this task got from its own get() future (a put handed them over). */
    public List<String> received() {
        return Collections.unmodifiableList(received);
    }

    /** Python 3.4's queue: items this task's future held when it was cancelled: lost (bpo-23812). */
    public List<String> lost() {
        return Collections.unmodifiableList(lost);
    }

    /** Each {@code task_done()} of this step: the unfinished count after it, and the gets before it. */
    public List<Fact.TaskDone> taskDone() {
        return Collections.unmodifiableList(taskDone);
    }

    /** Whether this step delivered a cancellation into the task. */
    public boolean cancelDelivered() {
        return cancelDelivered;
    }

    /** Whether its wait had been resolved before it was cancelled (a woken waiter cancelled). */
    public boolean wokenThenCancelled() {
        return wokenThenCancelled;
    }

    /** Why its handle was scheduled, or null if unknown. */
    public Fact.Cause wokenBy() {
        return wokenBy;
    }

    /** The iteration in which its handle was scheduled, or -1 if unknown. */
    public long scheduledIteration() {
        return scheduledIteration;
    }

    /** Whether it was woken from get()/put() but found the queue empty/full again and waits anew. */
    public boolean lostRace() {
        return lostRace;
    }

    /** The move that took the item or slot it was woken for, or null if unknown. */
    public Fact.Move thief() {
        return thief;
    }

    /** GET or PUT if the step parked the task on the queue, else null. */
    public Awaiting parked() {
        return parked;
    }

    /** Whom a cancelled waiter passed its wake-up on to, or null. */
    public String passedOn() {
        return passedOn;
    }
}
