package looplab.view;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import looplab.model.Awaiting;
import looplab.world.World;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The run as swimlanes: one row per task, one column per task step (or per iteration, or per
 * slice of virtual time), each cell what the task was doing then (running, ready, waiting in
 * {@code get()} or {@code put()}, sleeping, done, cancelled, failed); a row that marks where
 * iterations begin, a lane of the queue's length (or fullness), the step shown marked, a legend.
 * It is drawn from the journal's facts alone, in one pass over the world's records, and fits a
 * given width: the latest window by default, saying how to see the rest.
 *
 * <p>{@link #render} is the entry point for any view that draws it (the {@code timeline}
 * command, {@code watch}'s strip): give it the run ({@link Run}) and what to draw ({@link Spec}).
 */
public final class Timeline {
    /** Rows of tasks drawn before the rest are counted instead. */
    static final int MAX_ROWS = 12;
    /** With many tasks, rows of those that ran in the window drawn at most. */
    static final int MAX_RAN_ROWS = 40;
    private static final int LABEL_MAX = 10;

    /** What a column is. */
    public enum By {
        /** One column per task step (the default). */
        STEP("step"),
        /** One column per iteration of the loop. */
        ITERATION("iteration"),
        /** One column per slice of virtual time. */
        TIME("time");

        private final String word;

        By(String word) {
            this.word = word;
        }

        /** The word of {@code by=WORD}. */
        public String word() {
            return word;
        }

        /** The column kind spelled {@code word}, or null. */
        public static By fromWord(String word) {
            for (By b : values()) {
                if (b.word.equals(word)) {
                    return b;
                }
            }
            return null;
        }
    }

    /**
     * The run to draw: the present world and its journal (the whole run, even when a moment of
     * the past is shown) and the task step shown ({@code world.steps()} at the present).
     */
    public record Run(World world, Journal journal, long viewedStep) {}

    /**
     * What to draw: columns {@code by}, from {@code from} to {@code to} (step or iteration numbers,
     * or times; empty: the latest window that fits, around the step shown), in {@code width}
     * characters, with Unicode block glyphs or plain ASCII, with or without the legend and hints.
     */
    public record Spec(By by, OptionalDouble from, OptionalDouble to, int width, boolean unicode, boolean legend) {
        public Spec {
            if (width < 20) {
                width = 20;
            }
        }

        /** The latest window of task steps that fits {@code width}, with the legend. */
        public static Spec latest(int width, boolean unicode) {
            return new Spec(By.STEP, OptionalDouble.empty(), OptionalDouble.empty(), width, unicode, true);
        }
    }

    /** A window the run does not have ({@code timeline 50..60} after 40 steps): the reason and what to type. */
    public static final class OutOfRange extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;

        OutOfRange(String reason, String hint) {
            super(reason);
            this.hint = hint;
        }

        /** What to type instead. */
        public String hint() {
            return hint;
        }
    }

    /** What a task was doing in a column. */
    enum Cell {
        NONE(' ', ' ', null, null),
        RUNNING('█', '#', "running", Text.RAN),
        READY('▒', '+', "ready (in the ready queue, not yet run)", Text.TIMER),
        GET('g', 'g', "waiting in get()", Text.TASK),
        PUT('p', 'p', "waiting in put()", Text.TASK),
        SLEEP('·', '.', "sleeping", Text.DIM),
        WAIT('w', 'w', "waiting (join() or a future)", Text.TASK),
        DONE('▁', '-', "done", Text.DIM),
        CANCELLED('×', 'x', "cancelled", Text.WARN),
        FAILED('!', '!', "failed", Text.WARN);

        final char unicode;
        final char ascii;
        final String words;
        final AttributedStyle style;

        Cell(char unicode, char ascii, String words, AttributedStyle style) {
            this.unicode = unicode;
            this.ascii = ascii;
            this.words = words;
            this.style = style;
        }

        char glyph(boolean u) {
            return u ? unicode : ascii;
        }

        static Cell after(Awaiting awaiting) {
            switch (awaiting) {
                case GET:
                    return GET;
                case PUT:
                    return PUT;
                case SLEEP:
                    return SLEEP;
                case YIELD:
                case START:
                    return READY;
                case DONE:
                    return DONE;
                case CANCELLED:
                    return CANCELLED;
                case FAILED:
                    return FAILED;
                default:
                    return WAIT;
            }
        }
    }

    private static final String LEVELS = " ▁▂▃▄▅▆▇█";

    private Timeline() {}

    /**
     * The timeline of {@code run} as {@code spec} asks, styled for a terminal or plain.
     *
     * @throws OutOfRange for a window outside the run
     */
    public static AttributedString render(Run run, Spec spec, boolean styled) throws OutOfRange {
        Text t = new Text(styled);
        new Drawing(run, spec).draw(t);
        return t.done();
    }

    /** One drawing: the window chosen, the cells gathered, the rows written. */
    private static final class Drawing {
        private final Run run;
        private final Spec spec;
        private final boolean u;
        private final List<CommandRecord> records;
        private final int start;
        // the window, in keys (step numbers, iterations, or time slices from t0)
        private long lo;
        private long hi;
        private long lastKey;
        private long firstKey;
        private double t0;
        private double dt;
        private String clipped;            // a hint when the window asked for is wider than fits
        // the cells
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> rows = new HashMap<>();
        private final List<Cell> state = new ArrayList<>();
        private final List<Cell[]> columns = new ArrayList<>();
        private final List<Cell[]> afters = new ArrayList<>();   // each column's states at its end
        private long[] iterations;
        private int[] queue;
        private final BitSet ran = new BitSet();
        private final BitSet ranInWindow = new BitSet();
        private long iterationBefore = -1;

        Drawing(Run run, Spec spec) {
            this.run = run;
            this.spec = spec;
            this.u = spec.unicode();
            this.records = run.journal().records();
            this.start = worldStart(records);
        }

        void draw(Text t) throws OutOfRange {
            int labelWidth = labelWidth();
            int cols = Math.max(1, spec.width() - labelWidth - 1);
            if (!window(cols)) {
                t.add("TIMELINE", Text.HEAD).add("  no task step has run yet (try: step, or run)");
                return;
            }
            int width = (int) (hi - lo + 1);
            iterations = new long[width];
            queue = new int[width];
            gather(width);
            header(t);
            axis(t, labelWidth, width);
            List<Integer> shown = shownRows();
            for (int row : shown) {
                t.add(pad(label(names.get(row)), labelWidth), Text.TASK);
                for (int c = 0; c < width; c++) {
                    Cell cell = cellOf(c, row);
                    t.add(String.valueOf(cell.glyph(u)), cell.style == null ? AttributedStyle.DEFAULT : cell.style);
                }
                t.nl();
            }
            int hidden = names.size() - shown.size();
            if (hidden > 0) {
                int ranHidden = 0;
                for (int row = 0; row < names.size(); row++) {
                    if (ranInWindow.get(row) && !shown.contains(row)) {
                        ranHidden++;
                    }
                }
                t.add(pad("", labelWidth)).add((ranHidden > 0 ? ranHidden + " more that ran and " : "")
                        + Text.plural(hidden - ranHidden, "task", "tasks") + " that did not run in this window"
                        + " are not drawn", Text.DIM).nl();
            }
            queueLane(t, labelWidth, width);
            marker(t, labelWidth, cols);
            if (spec.legend()) {
                legend(t, shown, width);
                hints(t);
            }
        }

        // ---- the window ----------------------------------------------------------------------

        /** Chooses the keys drawn; false when the run has no step yet. */
        private boolean window(int cols) throws OutOfRange {
            long steps = 0;
            long lastIteration = 0;
            long firstIteration = Long.MAX_VALUE;
            double lastTime = 0;
            boolean any = false;
            for (int i = start; i < records.size(); i++) {
                CommandRecord r = records.get(i);
                steps += r.stepsRun();
                for (HandleRun h : r.handleRuns()) {
                    any = true;
                    lastIteration = Math.max(lastIteration, h.iteration());
                    firstIteration = Math.min(firstIteration, h.iteration());
                    lastTime = Math.max(lastTime, h.clock());
                }
            }
            if (steps == 0) {
                return false;
            }
            switch (spec.by()) {
                case STEP:
                    firstKey = 1;
                    lastKey = steps;
                    return keys(cols, "step", "steps", run.viewedStep());
                case ITERATION:
                    firstKey = any ? firstIteration : 1;
                    lastKey = lastIteration;
                    return keys(cols, "iteration", "iterations", iterationOfStep(run.viewedStep()));
                default:
                    time(cols, lastTime);
                    return true;
            }
        }

        private boolean keys(int cols, String one, String many, long viewed) throws OutOfRange {
            if (spec.from().isPresent()) {
                long from = (long) spec.from().getAsDouble();
                long to = spec.to().isPresent() ? (long) spec.to().getAsDouble() : lastKey;
                if (from > lastKey) {
                    throw new OutOfRange(many + " " + from + ".." + to + " are after the last " + one + ", " + lastKey,
                            "try: timeline " + Math.max(firstKey, lastKey - cols + 1) + ".." + lastKey);
                }
                lo = Math.max(firstKey, from);
                hi = Math.min(lastKey, to);
                if (hi - lo + 1 > cols) {
                    clipped = many + " " + lo + ".." + (lo + cols - 1) + " of " + lo + ".." + hi + " fit this width: `timeline "
                            + (lo + cols) + ".." + hi + "` shows the rest";
                    hi = lo + cols - 1;
                }
                return true;
            }
            hi = lastKey;
            lo = Math.max(firstKey, hi - cols + 1);
            if (viewed >= firstKey && viewed < lo) {
                // the step shown is older than the latest window: draw the window around it
                lo = Math.max(firstKey, viewed - cols / 2);
                hi = Math.min(lastKey, lo + cols - 1);
            }
            return true;
        }

        private void time(int cols, double lastTime) {
            t0 = spec.from().orElse(0);
            double t1 = spec.to().orElse(lastTime);
            if (t1 < t0) {
                t1 = t0;
            }
            dt = nice((t1 - t0) / cols);
            lo = 0;
            hi = Math.min(cols - 1, (long) Math.floor((t1 - t0) / dt + 1e-9));
            firstKey = 0;
            lastKey = hi;
        }

        /** The smallest of 1, 2, 5 times a power of ten at least {@code x} (and at least 0.001). */
        private static double nice(double x) {
            double step = 0.001;
            while (true) {
                for (double m : new double[] {1, 2, 5}) {
                    if (step * m >= x - 1e-12) {
                        return step * m;
                    }
                }
                step *= 10;
            }
        }

        private long iterationOfStep(long step) {
            for (int i = start; i < records.size(); i++) {
                for (HandleRun h : records.get(i).handleRuns()) {
                    if (h.step() != null && h.step().n() == step) {
                        return h.iteration();
                    }
                }
            }
            return -1;
        }

        // ---- the cells -----------------------------------------------------------------------

        private long key(HandleRun h, long lastStep) {
            switch (spec.by()) {
                case STEP:
                    return h.step() != null ? h.step().n() : lastStep + 1;
                case ITERATION:
                    return h.iteration();
                default:
                    return (long) Math.floor((h.clock() - t0) / dt + 1e-9);
            }
        }

        /** One pass over the world's records: each task's state as it changes, kept at each column's end. */
        private void gather(int width) {
            long key = Long.MIN_VALUE;
            long lastStep = 0;
            long iteration = 0;
            int queueLength = 0;
            for (int i = start; i < records.size(); i++) {
                CommandRecord r = records.get(i);
                List<HandleRun> runs = r.handleRuns();
                if (runs.isEmpty()) {
                    queueLength = outcomes(r, queueLength);
                    continue;
                }
                for (HandleRun h : runs) {
                    long k = key(h, lastStep);
                    if (k != key) {
                        if (spec.by() != By.STEP) {
                            close(key, iteration, queueLength);
                        }
                        key = k;
                        ran.clear();
                    }
                    iteration = h.iteration();
                    queueLength = h.queueSize();
                    Step s = h.step();
                    if (s != null) {
                        int row = row(s.task());
                        ran.set(row);
                        state.set(row, Cell.after(s.toAwaiting()));
                        for (Fact.Wake w : s.woke()) {
                            state.set(row(w.task()), Cell.READY);
                        }
                        lastStep = s.n();
                        if (spec.by() == By.STEP) {
                            close(key, iteration, queueLength);
                        }
                    } else if (!h.skipped()) {
                        for (Fact.Scheduled e : h.effects()) {
                            state.set(row(e.task()), Cell.READY);
                        }
                    }
                }
                queueLength = outcomes(r, queueLength);
            }
            if (spec.by() != By.STEP) {
                close(key, iteration, queueLength);
            }
            while (columns.size() < width) {
                columns.add(null);
                afters.add(null);
            }
        }

        /** Keeps the column of {@code key}, if drawn: who ran in it, the others' state at its end. */
        private void close(long key, long iteration, int queueLength) {
            if (key < lo) {
                iterationBefore = iteration;
                return;
            }
            if (key > hi) {
                return;
            }
            int c = (int) (key - lo);
            while (columns.size() <= c) {
                columns.add(null);             // a column in which nothing ran stays null
                afters.add(null);
            }
            Cell[] cells = new Cell[names.size()];
            Cell[] after = state.toArray(new Cell[0]);
            for (int row = 0; row < cells.length; row++) {
                cells[row] = ran.get(row) ? Cell.RUNNING : state.get(row);
                if (ran.get(row)) {
                    ranInWindow.set(row);
                }
            }
            columns.set(c, cells);
            afters.set(c, after);
            iterations[c] = iteration;
            queue[c] = queueLength;
        }

        /** What a command did at top level: tasks spawned, waiters woken, cancellations, items moved. */
        private int outcomes(CommandRecord r, int queueLength) {
            for (Fact f : r.outcomes()) {
                if (f instanceof Fact.Spawned) {
                    state.set(row(((Fact.Spawned) f).task()), Cell.READY);
                } else if (f instanceof Fact.Woke) {
                    state.set(row(((Fact.Woke) f).task()), Cell.READY);
                } else if (f instanceof Fact.CancelOutcome && ((Fact.CancelOutcome) f).ok()) {
                    state.set(row(((Fact.CancelOutcome) f).task()), Cell.READY);
                } else if (f instanceof Fact.PutOutcome) {
                    queueLength = ((Fact.PutOutcome) f).size();
                } else if (f instanceof Fact.GetOutcome && ((Fact.GetOutcome) f).ok()) {
                    queueLength--;
                }
            }
            return queueLength;
        }

        private int row(String task) {
            Integer row = rows.get(task);
            if (row == null) {
                row = names.size();
                rows.put(task, row);
                names.add(task);
                state.add(Cell.NONE);
            }
            return row;
        }

        private Cell cellOf(int c, int row) {
            Cell[] cells = columns.get(c);
            if (cells != null) {
                return row < cells.length ? cells[row] : Cell.NONE;
            }
            // A column in which nothing ran (a slice of time) shows the states the one before ended with.
            for (int i = c - 1; i >= 0; i--) {
                Cell[] after = afters.get(i);
                if (after != null) {
                    return row < after.length ? after[row] : Cell.NONE;
                }
            }
            return Cell.NONE;
        }

        // ---- the rows ------------------------------------------------------------------------

        private int labelWidth() {
            int w = "queue".length();
            for (int i = start; i < records.size(); i++) {
                for (Fact f : records.get(i).outcomes()) {
                    if (f instanceof Fact.Spawned) {
                        w = Math.max(w, Math.min(LABEL_MAX, Text.safe(((Fact.Spawned) f).task()).length()));
                    }
                }
            }
            return w + 2;
        }

        private static String label(String name) {
            String s = Text.safe(name);
            return s.length() > LABEL_MAX ? s.substring(0, LABEL_MAX - 1) + "~" : s;
        }

        private static String pad(String s, int width) {
            return s.length() >= width ? s : s + " ".repeat(width - s.length());
        }

        private void header(Text t) {
            t.add("TIMELINE", Text.HEAD).add("  ");
            switch (spec.by()) {
                case STEP:
                    t.add("task steps " + lo + ".." + hi + " of " + lastKey + ", one column per task step");
                    break;
                case ITERATION:
                    t.add("iterations " + lo + ".." + hi + " of " + lastKey + ", one column per iteration");
                    break;
                default:
                    t.add("t=" + Text.time(t0) + ".." + Text.time(t0 + (hi + 1) * dt) + ", one column per "
                            + seconds(dt) + " of virtual time");
                    break;
            }
            t.nl();
        }

        private static String seconds(double d) {
            return String.format(Locale.ROOT, d >= 1 ? "%.0f s" : d >= 0.1 ? "%.1f s" : d >= 0.01 ? "%.2f s" : "%.3f s", d);
        }

        /** The numbers of the columns (every tenth), and for steps where iterations begin. */
        private void axis(Text t, int labelWidth, int width) {
            char[] line = new char[width];
            java.util.Arrays.fill(line, ' ');
            for (int c = 0; c < width; c++) {
                long k = lo + c;
                boolean mark = spec.by() == By.TIME ? c % 10 == 0 : c == 0 || k % 10 == 0;
                if (!mark) {
                    continue;
                }
                String n = spec.by() == By.TIME ? Text.time(t0 + c * dt) : Long.toString(k);
                if (c + n.length() <= width && (c == 0 || line[c - 1] == ' ')) {
                    n.getChars(0, n.length(), line, c);
                    c += n.length() - 1;
                }
            }
            String what = spec.by() == By.STEP ? "step" : spec.by() == By.ITERATION ? "iter" : "t";
            t.add(pad(what, labelWidth), Text.DIM).add(new String(line).stripTrailing(), Text.DIM).nl();
            if (spec.by() == By.STEP) {
                char[] marks = new char[width];
                for (int c = 0; c < width; c++) {
                    long before = c == 0 ? iterationBefore : iterations[c - 1];
                    marks[c] = iterations[c] != before ? '|' : ' ';
                }
                t.add(pad("iter", labelWidth), Text.DIM).add(new String(marks).stripTrailing(), Text.DIM).nl();
            }
        }

        /** Every task when they are few; else those that ran in the window. */
        private List<Integer> shownRows() {
            List<Integer> shown = new ArrayList<>();
            for (int row = 0; row < names.size(); row++) {
                if (names.size() <= MAX_ROWS || ranInWindow.get(row) && shown.size() < MAX_RAN_ROWS) {
                    shown.add(row);
                }
            }
            return shown;
        }

        private void queueLane(Text t, int labelWidth, int width) {
            int maxsize = run.world().queue().maxsize();
            int most = 0;
            for (int c = 0; c < width; c++) {
                most = Math.max(most, queue[c]);
            }
            int scale = maxsize > 0 ? maxsize : Math.max(1, most);
            t.add(pad("queue", labelWidth), Text.ITEM);
            StringBuilder lane = new StringBuilder();
            for (int c = 0; c < width; c++) {
                int n = filled(c);
                if (u) {
                    lane.append(n == 0 ? ' ' : LEVELS.charAt(Math.max(1, (int) Math.ceil(8.0 * Math.min(n, scale) / scale))));
                } else {
                    lane.append(n == 0 ? ' ' : n < 10 ? (char) ('0' + n) : '*');
                }
            }
            t.add(lane.toString().stripTrailing(), Text.ITEM).nl();
        }

        /** The queue's length at the end of column {@code c} (a column in which nothing ran: the one before). */
        private int filled(int c) {
            for (int i = c; i >= 0; i--) {
                if (columns.get(i) != null) {
                    return queue[i];
                }
            }
            return 0;
        }

        private void marker(Text t, int labelWidth, int cols) {
            long viewed = run.viewedStep();
            long key;
            switch (spec.by()) {
                case STEP:
                    key = viewed;
                    break;
                case ITERATION:
                    key = iterationOfStep(viewed);
                    break;
                default:
                    key = -1;
                    for (int i = start; i < records.size() && key < 0; i++) {
                        for (HandleRun h : records.get(i).handleRuns()) {
                            if (h.step() != null && h.step().n() == viewed) {
                                key = (long) Math.floor((h.clock() - t0) / dt + 1e-9);
                                break;
                            }
                        }
                    }
                    break;
            }
            if (key < lo || key > hi) {
                return;
            }
            int c = (int) (key - lo);
            String where = viewed == run.world().steps() ? "the present" : "shown";
            String text = " ".repeat(c) + (u ? "▲" : "^") + " step " + viewed + ", " + where;
            if (c + 1 + (" step " + viewed + ", " + where).length() > cols) {
                text = " ".repeat(c) + (u ? "▲" : "^");
            }
            t.add(pad("", labelWidth)).add(text, Text.MARK).nl();
        }

        private void legend(Text t, List<Integer> shown, int width) {
            Set<Cell> used = EnumSet.noneOf(Cell.class);
            for (int c = 0; c < width; c++) {
                for (int row : shown) {
                    used.add(cellOf(c, row));
                }
            }
            used.remove(Cell.NONE);
            List<String> entries = new ArrayList<>();
            for (Cell cell : used) {
                entries.add(cell.glyph(u) + " " + cell.words);
            }
            if (spec.by() == By.STEP) {
                entries.add("| an iteration begins");
            }
            int maxsize = run.world().queue().maxsize();
            entries.add(maxsize > 0 ? "queue: how full, of maxsize " + maxsize
                    : u ? "queue: its length, " + LEVELS.charAt(8) + " the most in this window" : "queue: its length (* 10 or more)");
            // whole entries per line, so that a glyph stays with its words
            StringBuilder line = new StringBuilder();
            for (String e : entries) {
                if (line.length() > 0 && line.length() + 3 + e.length() > spec.width()) {
                    t.add(line.toString(), Text.DIM).nl();
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? "   " : "").append(e);
            }
            t.add(line.toString(), Text.DIM).nl();
        }

        private void hints(Text t) {
            List<String> hints = new ArrayList<>();
            if (clipped != null) {
                hints.add(clipped);
            } else if (spec.by() != By.TIME && (lo > firstKey || hi < lastKey)) {
                String unit = spec.by() == By.STEP ? "steps" : "iterations";
                long w = hi - lo + 1;
                String h = unit + " " + lo + ".." + hi + " of " + firstKey + ".." + lastKey + " are drawn:";
                if (lo > firstKey) {
                    h += " `timeline " + Math.max(firstKey, lo - w) + ".." + (lo - 1) + "` shows earlier ones"
                            + (hi < lastKey ? "," : "");
                }
                if (hi < lastKey) {
                    h += " `timeline " + (hi + 1) + ".." + Math.min(lastKey, hi + w) + "` later ones";
                }
                hints.add(h);
            }
            if (spec.by() == By.STEP) {
                hints.add("`goto STEP` shows the world right after a step; by=iteration or by=time draws other columns");
            } else {
                hints.add("`goto STEP` shows the world right after a step; `timeline` draws one column per step");
            }
            for (String h : hints) {
                t.wrap(h, Text.DIM, Math.max(40, spec.width()), "").nl();
            }
        }
    }

    /** The index of the record that made the world drawn ({@code new}), or 0 for the first world. */
    private static int worldStart(List<CommandRecord> records) {
        for (int i = records.size() - 1; i >= 0; i--) {
            for (Fact f : records.get(i).outcomes()) {
                if (f instanceof Fact.WorldCreated) {
                    return i;
                }
            }
        }
        return 0;
    }
}
