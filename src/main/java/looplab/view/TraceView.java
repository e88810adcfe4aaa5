package looplab.view;

import java.util.List;
import looplab.trace.TraceJson;
import looplab.world.TraceEvent;

/**
 * The {@code trace} view: a page of the last JSON lines, under a line that says which lines of
 * how many it shows. Only the lines shown are formatted, and each is cut at
 * {@link #LINE_MAX} characters, so the view's size is bounded whatever the run (a step line
 * repeats the whole queue: 10⁴ lines of a queue of 10⁴ items would be gigabytes).
 */
final class TraceView {
    /** Lines shown by a bare {@code trace}. */
    static final int PAGE = 50;
    /** Characters of a line shown; the rest is cut. */
    static final int LINE_MAX = 1_000;

    private TraceView() {}

    /**
     * The last {@code want} of the {@code kept} events (the last of {@code total} written), or a
     * page of them when {@code want} is negative.
     */
    static void render(Text t, List<TraceEvent> kept, long total, int want) {
        int shown = Math.min(want < 0 ? PAGE : want, kept.size());
        int from = kept.size() - shown;
        t.add(header(shown, kept.size(), total), Text.DIM);
        for (int i = from; i < kept.size(); i++) {
            t.nl();
            String line = TraceJson.line(kept.get(i), LINE_MAX + 1);
            if (line.length() > LINE_MAX) {
                t.add(Text.safe(line.substring(0, LINE_MAX))).add(" ... (cut at " + LINE_MAX + " characters)", Text.DIM);
            } else {
                t.add(Text.safe(line));
            }
        }
    }

    private static String header(int shown, int kept, long total) {
        if (total == 0) {
            return "(the trace is empty: commands that change the world write to it)";
        }
        String of = shown == total ? (total == 1 ? "the only line" : "all " + total + " lines") + " of the trace"
                : shown == 0 ? "0 of " + total + " lines shown"
                : "the last " + shown + " of " + total + " lines";
        String more;
        if (shown == total) {
            more = "";
        } else if (kept == total) {
            more = "; `trace " + total + "` shows all";
        } else if (shown < kept) {
            more = "; the console keeps the last " + kept + " (`trace " + kept + "`); script mode's --trace writes all";
        } else {
            more = "; the console keeps only these; script mode's --trace writes all";
        }
        return "(" + of + more + ")";
    }
}
