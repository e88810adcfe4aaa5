package looplab.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Builds one view's text: styled for a colour terminal, or plain (the styles are dropped). */
final class Text {
    static final AttributedStyle HEAD = AttributedStyle.BOLD;
    static final AttributedStyle RAN = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle TASK = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle ITEM = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    static final AttributedStyle WARN = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    static final AttributedStyle MARK = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle TIMER = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);

    /** The indent of a section's lines. */
    static final String IND = "  ";
    /** How much of an item a narrow place shows. */
    static final int ITEM_WIDTH = 24;

    private final AttributedStringBuilder sb = new AttributedStringBuilder(512);
    private final boolean styled;
    private int lineStart;

    Text(boolean styled) {
        this.styled = styled;
    }

    Text add(String s) {
        sb.append(s);
        track(s);
        return this;
    }

    Text add(String s, AttributedStyle style) {
        if (styled) {
            sb.styled(style, s);
        } else {
            sb.append(s);
        }
        track(s);
        return this;
    }

    Text add(AttributedString s) {
        if (styled) {
            sb.append(s);
        } else {
            sb.append(s.toString());
        }
        track(s);
        return this;
    }

    Text nl() {
        sb.append('\n');
        lineStart = sb.length();
        return this;
    }

    private void track(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (s.charAt(i) == '\n') {
                lineStart = sb.length() - s.length() + i + 1;
                return;
            }
        }
    }

    /**
     * Adds words, breaking the line before a word that would pass column {@code width}; each
     * new line starts with {@code indent}.
     */
    Text wrap(String s) {
        return wrap(s, null, WIDTH, "  ");
    }

    /** Wraps a sentence of an indented list: its next lines start deeper. */
    Text wrapIndented(String s) {
        return wrap(s, null, WIDTH, "    ");
    }

    Text wrap(String s, AttributedStyle style) {
        return wrap(s, style, WIDTH, "  ");
    }

    /** The width that long sentences are wrapped at. */
    static final int WIDTH = 100;

    Text wrap(String s, AttributedStyle style, int width, String indent) {
        int start = 0;
        while (start < s.length()) {
            int end = s.indexOf(' ', start);
            String word = end < 0 ? s.substring(start) : s.substring(start, end + 1);
            int column = sb.length() - lineStart;
            if (column > indent.length() && column + word.stripTrailing().length() > width) {
                // drop the blank that ended the previous word on this line
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
                nl();
                add(indent);
            }
            if (style == null) {
                add(word);
            } else {
                add(word, style);
            }
            start = end < 0 ? s.length() : end + 1;
        }
        return this;
    }

    /** Pads with blanks up to {@code column} characters since the last line break. */
    Text padTo(int column) {
        int len = sb.length() - lineStart;
        for (int i = len; i < column; i++) {
            sb.append(' ');
        }
        if (len >= column) {
            sb.append(' ');
        }
        return this;
    }

    int length() {
        return sb.length();
    }

    AttributedString done() {
        // No trailing line break: the caller prints the view as a block.
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '\n') {
            end--;
        }
        return sb.toAttributedString().subSequence(0, end);
    }

    // ---- formatting shared by the views ----------------------------------------------------

    /** A clock value as the views show it: three decimals. */
    static String time(double t) {
        if (Double.isInfinite(t)) {
            return "inf";
        }
        return String.format(Locale.ROOT, "%.3f", t);
    }

    /**
     * A clock value exactly, as Python's {@code repr} of a float prints it: the shortest decimal that
     * reads back as the same double ({@code 0.1}, {@code 0.30000000000000004}, {@code 1e-05},
     * {@code 2.0}), in exponent form below 1e-4 and from 1e16 on.
     */
    public static String pyFloat(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0.0";
        }
        BigDecimal exact = new BigDecimal(Math.abs(x));
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal b = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (b.doubleValue() == Math.abs(x)) {
                shortest = b;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        String plain = shortest.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    /** {@link #time(double)}, followed by the exact value when three decimals do not say it all. */
    static String timeExactly(double t) {
        String shown = time(t);
        return Double.isFinite(t) && Double.parseDouble(shown) != t ? shown + " (exactly " + pyFloat(t) + ")" : shown;
    }

    /** An item as Python's repr shows it: quoted, None for the sentinel, control characters escaped. */
    static String item(String s) {
        if (s == null) {
            return "None";
        }
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(q).toString();
    }

    /** An item shown in a narrow place: repr, cut to {@code max} characters. */
    static String item(String s, int max) {
        return clip(item(s), max);
    }

    /** A string cut to {@code max} characters, with "..." when cut. */
    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, Math.max(0, max - 3)) + "...";
    }

    /** "1 item", "2 items". */
    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Safe text for names typed by a user: control characters escaped. */
    static String safe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                if (b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
