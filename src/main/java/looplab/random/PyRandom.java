package looplab.random;

import java.math.BigInteger;

/**
 * A bit-exact port of CPython 3.11's {@code random.Random} (Mersenne Twister MT19937)
 * for the few operations LoopLab needs, so a Java run and a Python run seeded alike
 * draw the same numbers.
 *
 * <p>The state is the usual 624 32-bit words held in an {@code int[]}; Java's {@code int}
 * arithmetic wraps modulo 2<sup>32</sup> exactly like C's {@code uint32_t}, so only the
 * right shifts need care ({@code >>>}). The draw methods allocate nothing.
 *
 * <p>Not thread-safe: like a Python {@code Random} instance, give each user its own.
 */
public final class PyRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    /** Index of the next word to temper; {@code N} means the block must be regenerated. */
    private int mti;
    private long words;

    /**
     * Mirrors {@code random.Random(seed)} for an {@code int} seed of any size.
     * CPython seeds with {@code abs(seed)} split into 32-bit words, least significant first
     * ({@code init_by_array}); zero becomes the one-word key {@code [0]}.
     */
    public PyRandom(BigInteger seed) {
        BigInteger n = seed.abs();
        int[] seeded = seededState(n);
        if (seeded != null) {
            System.arraycopy(seeded, 0, mt, 0, N);
            mti = 0;                // the kept state is the seeded one after its first twist
            return;
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue(); // intValue keeps the low 32 bits
        }
        initByArray(key);
        twist();                    // what the first draw would do first: done now, and kept
        mti = 0;
        keepSeededState(n, mt.clone());
    }

    // Seeding mixes the key into all 624 words twice: the schedule explorer makes a world (and a
    // generator) per schedule, mostly of the same few seeds, so the seeded states of the last
    // few seeds are kept and copied.
    private static final int KEPT_SEEDS = 8;
    private static final BigInteger[] keptSeeds = new BigInteger[KEPT_SEEDS];
    private static final int[][] keptStates = new int[KEPT_SEEDS][];
    private static int nextKept;

    private static synchronized int[] seededState(BigInteger seed) {
        for (int i = 0; i < KEPT_SEEDS; i++) {
            if (seed == keptSeeds[i] || seed.equals(keptSeeds[i])) {
                return keptStates[i];
            }
        }
        return null;
    }

    private static synchronized void keepSeededState(BigInteger seed, int[] state) {
        keptSeeds[nextKept] = seed;
        keptStates[nextKept] = state;
        nextKept = (nextKept + 1) % KEPT_SEEDS;
    }

    /** Mirrors {@code random.Random(seed)} for a seed that fits in a {@code long}. */
    public PyRandom(long seed) {
        this(BigInteger.valueOf(seed)); // BigInteger so that abs(Long.MIN_VALUE) is right
    }

    /** Mirrors CPython's {@code init_genrand}: fills the state from one 32-bit word. */
    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        mti = N;
    }

    /** Mirrors CPython's {@code init_by_array}: mixes every key word into the state. */
    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000; // MSB set: guarantees a non-zero initial state
    }

    /** Regenerates all N words at once, as CPython does when the block is used up. */
    private void twist() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        mti = 0;
    }

    /** One tempered 32-bit word, as raw int bits; every public draw is built from these. */
    private int next32() {
        words++;
        if (mti >= N) {
            twist();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /**
     * How many 32-bit words this generator has drawn since it was seeded: a cheap way to tell
     * whether some code drew from it (the schedule explorer's footprint of a step).
     */
    public long words() {
        return words;
    }

    /** Mirrors CPython's C {@code genrand_uint32}: the next word, unsigned, in a {@code long}. */
    public long nextUInt32() {
        return Integer.toUnsignedLong(next32());
    }

    /**
     * Mirrors {@code random.random()}: a float in [0, 1) from 27 + 26 = 53 random bits
     * (two words, the first shifted right by 5 and the second by 6).
     */
    public double random() {
        int a = next32() >>> 5;
        int b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /**
     * Mirrors {@code random.getrandbits(k)} for {@code 0 <= k <= 63}. Up to 32 bits come from
     * the top of a single word; wider results take the low 32 bits from the first word and the
     * rest from the top of a second word, as CPython fills its little-endian word array.
     * {@code k == 0} returns 0 without drawing.
     */
    public long getrandbits(int k) {
        if (k < 0 || k > 63) {
            throw new IllegalArgumentException("k must be in [0, 63]: " + k);
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return Integer.toUnsignedLong(next32() >>> (32 - k));
        }
        long low = Integer.toUnsignedLong(next32());
        long high = next32() >>> (64 - k);
        return (high << 32) | low;
    }

    /**
     * Mirrors {@code Random._randbelow_with_getrandbits(n)}: rejection sampling with
     * {@code k = n.bit_length()} bits, so even {@code n == 1} consumes draws.
     */
    public long randbelow(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1: " + n);
        }
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return r;
    }

    /**
     * Mirrors {@code random.randint(lo, hi)}, which in 3.11 is
     * {@code randrange(lo, hi + 1)} = {@code lo + _randbelow(hi - lo + 1)}; a one-value range
     * still draws. Requires {@code lo <= hi} and a range of fewer than 2<sup>63</sup> values.
     */
    public long randint(long lo, long hi) {
        if (lo > hi) {
            throw new IllegalArgumentException("empty range: " + lo + " > " + hi);
        }
        long width = hi - lo + 1; // wraps to <= 0 exactly when the true width is >= 2^63
        if (width <= 0) {
            throw new IllegalArgumentException("range too wide: [" + lo + ", " + hi + "]");
        }
        return lo + randbelow(width);
    }

    /** Mirrors {@code random.uniform(a, b)}: {@code a + (b - a) * random()}. */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }
}
