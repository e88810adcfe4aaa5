package looplab.model;

/**
 * A handle scheduled for a virtual time. Timers are ordered by (deadline, order of scheduling), so
 * timers with equal deadlines leave the heap in the order in which they were scheduled.
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
    private final double when;
    private final long seq;

    TimerHandle(double when, long seq, Callback callback, Object arg, Purpose purpose, Task task) {
        super(callback, arg, purpose, task);
        this.when = when;
        this.seq = seq;
    }

    /** The deadline on the loop's virtual clock. */
    public double when() {
        return when;
    }

    /** The order in which this timer was scheduled, from 1 per loop. */
    public long seq() {
        return seq;
    }

    @Override
    public int compareTo(TimerHandle other) {
        int byWhen = Double.compare(when, other.when);
        return byWhen != 0 ? byWhen : Long.compare(seq, other.seq);
    }
}
