package looplab.command;

/**
 * A task's sleep after each item: a fixed {@code D} ({@code range == false}, {@code lo == hi})
 * or {@code LO..HI} ({@code range == true}), drawn with {@code uniform(LO, HI)} each time the
 * task is about to sleep, even when {@code LO == HI}.
 *
 * <p>Values come from {@link Double#parseDouble}, which rounds correctly, as Python's
 * {@code float()} does; a decimal too large for a double becomes infinity on both sides.
 */
public record DelaySpec(double lo, double hi, boolean range) {

    public DelaySpec {
        // written as a negation so that NaN is refused too
        if (!(lo >= 0 && lo <= hi) || (!range && lo != hi)) {
            throw new IllegalArgumentException("bad delay spec " + lo + ".." + hi + " range=" + range);
        }
    }

    /** A fixed delay: nothing is drawn. */
    public static DelaySpec fixed(double d) {
        return new DelaySpec(d, d, false);
    }

    /** A delay drawn with {@code uniform(lo, hi)}. */
    public static DelaySpec range(double lo, double hi) {
        return new DelaySpec(lo, hi, true);
    }

    @Override
    public String toString() {
        return range ? lo + ".." + hi : Double.toString(lo);
    }
}
