package looplab.command;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number forms of the language (contract §3): integers {@code [0-9]+}, seeds
 * {@code -?[0-9]+}, decimals {@code [0-9]+(\.[0-9]+)?} (no sign, exponent, {@code .5} or
 * {@code 5.}), and {@code LO..HI} ranges of integers or decimals.
 */
final class Values {

    static final Pattern INT = Pattern.compile("[0-9]+");
    static final Pattern SEED = Pattern.compile("-?[0-9]+");
    private static final String NUM = "[0-9]+(?:\\.[0-9]+)?";
    static final Pattern DECIMAL = Pattern.compile(NUM);
    static final Pattern INT_RANGE = Pattern.compile("([0-9]+)\\.\\.([0-9]+)");
    static final Pattern DECIMAL_RANGE = Pattern.compile("(" + NUM + ")\\.\\.(" + NUM + ")");

    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Values() {
    }

    static boolean isInt(String s) {
        return INT.matcher(s).matches();
    }

    static boolean isSeed(String s) {
        return SEED.matcher(s).matches();
    }

    static boolean isDecimal(String s) {
        return DECIMAL.matcher(s).matches();
    }

    /** An {@code [0-9]+} word as a long, clamped to {@link Long#MAX_VALUE}. */
    static long clampedLong(String digits) {
        return new BigInteger(digits).min(LONG_MAX).longValueExact();
    }

    /** {@code N} or {@code LO..HI}, as the oracle's {@code _count_spec}, plus the int limit. */
    static CountSpec count(String v, int lineNo, String hint) throws ScriptError {
        if (isInt(v)) {
            int n = smallCount(v, lineNo, hint);
            return CountSpec.fixed(n);
        }
        Matcher m = INT_RANGE.matcher(v);
        if (m.matches()) {
            BigInteger lo = new BigInteger(m.group(1));
            BigInteger hi = new BigInteger(m.group(2));
            if (lo.compareTo(hi) > 0) {
                throw new ScriptError(lineNo, "empty count range " + ScriptError.quote(v), hint);
            }
            return CountSpec.range(smallCount(m.group(1), lineNo, hint), smallCount(m.group(2), lineNo, hint));
        }
        throw new ScriptError(lineNo,
                "count must be N or LO..HI (integers >= 0), not " + ScriptError.quote(v), hint);
    }

    // The oracle takes any size, but no run gets through 2^31 items, so counts are ints and
    // a larger one is refused with a clear message rather than silently clipped.
    private static int smallCount(String digits, int lineNo, String hint) throws ScriptError {
        BigInteger n = new BigInteger(digits);
        if (n.compareTo(INT_MAX) > 0) {
            throw new ScriptError(lineNo, "count too large: at most " + Integer.MAX_VALUE, hint);
        }
        return n.intValueExact();
    }

    /** {@code D} or {@code LO..HI}, as the oracle's {@code _delay_spec}. */
    static DelaySpec delay(String v, int lineNo, String hint) throws ScriptError {
        if (isDecimal(v)) {
            return DelaySpec.fixed(Double.parseDouble(v));
        }
        Matcher m = DECIMAL_RANGE.matcher(v);
        if (m.matches()) {
            double lo = Double.parseDouble(m.group(1));
            double hi = Double.parseDouble(m.group(2));
            if (lo > hi) {
                throw new ScriptError(lineNo, "empty delay range " + ScriptError.quote(v), hint);
            }
            return DelaySpec.range(lo, hi);
        }
        throw new ScriptError(lineNo,
                "delay must be D or LO..HI (decimals >= 0), not " + ScriptError.quote(v), hint);
    }
}
