package looplab.command;

/**
 * A producer's item count: a fixed {@code N} ({@code range == false}, {@code lo == hi == N})
 * or {@code LO..HI} ({@code range == true}), which is drawn with {@code randint(LO, HI)} when
 * the task is spawned, even when {@code LO == HI} (the draw still consumes random numbers).
 */
public record CountSpec(int lo, int hi, boolean range) {

    public CountSpec {
        if (lo < 0 || lo > hi || (!range && lo != hi)) {
            throw new IllegalArgumentException("bad count spec " + lo + ".." + hi + " range=" + range);
        }
    }

    /** A fixed count: nothing is drawn. */
    public static CountSpec fixed(int n) {
        return new CountSpec(n, n, false);
    }

    /** A count drawn with {@code randint(lo, hi)}. */
    public static CountSpec range(int lo, int hi) {
        return new CountSpec(lo, hi, true);
    }

    /** How the spec is written in a script ({@code 5} or {@code 3..7}). */
    @Override
    public String toString() {
        return range ? lo + ".." + hi : Integer.toString(lo);
    }
}
