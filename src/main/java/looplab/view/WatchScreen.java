package looplab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import looplab.model.EventLoop;
import looplab.model.Handle;
import looplab.model.Queue;
import looplab.world.Actor;
import looplab.world.World;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The full-screen {@code watch} view laid out for a terminal of a given size: a title bar with the
 * clock and counters, what the last command did, the listing of the task that ran last marked at
 * its current line, the queue as slots with its waiters, the ready queue, the timers, the tasks,
 * and at the bottom a message line and the keys. It draws the same sections as the frame, with
 * the same view classes, and gives each as many lines as the terminal has room for: first what
 * each section needs at least, then one more line at a time, round the sections, until the
 * screen is full or every section is whole. From {@value #TWO_COLUMNS} columns the listing
 * stands beside the queue, the ready queue and the timers.
 *
 * <p>Only reads the world and the journal; the same world, journal, size and {@link Chrome}
 * always give the same lines, each at most {@code columns} wide, exactly {@code rows} of them.
 */
public final class WatchScreen {
    /** The narrowest terminal the view is drawn on. */
    public static final int MIN_COLUMNS = 60;
    /** The lowest terminal the view is drawn on. */
    public static final int MIN_ROWS = 15;
    /** From this width the listing stands beside the queue, the ready queue and the timers. */
    public static final int TWO_COLUMNS = 110;

    private static final AttributedStyle BAR = AttributedStyle.INVERSE;
    private static final String KEYS = "space step  t tick  r run  b/\u2190 back  f/\u2192 forward  : command  ? help  q line console";
    private static final String KEYS_NARROW = "space step  t tick  r run  b back  f fwd  : cmd  ? help  q quit";
    private static final String KEYS_NARROWEST = "spc step t tick r run b back f fwd : cmd ? help q quit";
    private static final String KEYS_ASCII = "space step  t tick  r run  b back  f forward  : command  ? help  q line console";

    /**
     * What the console adds around the world.
     *
     * @param message the message line: what the last key or command said, or empty
     * @param error   whether the message is an error
     * @param running while {@code r} runs: how fast, as the keys line shows it; otherwise null
     * @param past    in the past, where in time the moment shown is ({@code viewing step 12 of 40});
     *                at the present, null
     * @param run     the whole run, for the strip of the timeline around the step shown; null: no strip
     */
    public record Chrome(String message, boolean error, String running, String past, Timeline.Run run) {
        /** No message, not running, at the present, no timeline strip. */
        public static final Chrome NONE = new Chrome("", false, null, null, null);
    }

    private final boolean styled;
    private final boolean unicode;

    /**
     * A screen with colours or not; {@code unicode} draws the arrow keys as arrows where the terminal's
     * encoding has them.
     */
    public WatchScreen(boolean styled, boolean unicode) {
        this.styled = styled;
        this.unicode = unicode;
    }

    /** Whether a terminal of this size can show the view. */
    public static boolean fits(int columns, int rows) {
        return columns >= MIN_COLUMNS && rows >= MIN_ROWS;
    }

    /** The screen: exactly {@code rows} lines, none wider than {@code columns}. */
    public List<AttributedString> lines(World world, Journal journal, int columns, int rows, Chrome chrome) {
        if (!fits(columns, rows)) {
            return tooSmall(columns, rows);
        }
        List<AttributedString> out = new ArrayList<>(rows);
        out.add(title(world, columns, chrome));
        List<Part> parts = new ArrayList<>();
        Part happened = happened(world, journal);
        Part listing = listing(world, journal);
        Part queue = Part.fixed(split(section(t -> QueueView.render(t, world, 64, 8,
                columns >= TWO_COLUMNS ? rightWidth(columns) : columns))));
        Part ready = Part.shrinking(max -> split(section(t -> ReadyView.render(t, world, max))), rows, 5, 2);
        Part timers = Part.shrinking(max -> split(section(t -> TimersView.render(t, world, max))), rows, 4, 3);
        Part tasks = Part.shrinking(max -> split(section(t -> TasksView.render(t, world, max))), rows, 9, 1);
        Part idle = idle(world);
        Part strip = strip(chrome.run(), columns);
        if (columns >= TWO_COLUMNS) {
            parts.add(happened);
            parts.add(beside(listing, List.of(queue, ready, timers), columns));
            parts.add(tasks);
            parts.add(strip);
            parts.add(idle);
        } else {
            parts.add(happened);
            parts.add(listing);
            parts.add(queue);
            parts.add(ready);
            parts.add(timers);
            parts.add(tasks);
            parts.add(strip);
            parts.add(idle);
        }
        int[] k = allocate(parts, rows - 3);
        for (int i = 0; i < parts.size(); i++) {
            out.addAll(parts.get(i).lines(k[i]));
        }
        while (out.size() < rows - 2) {
            out.add(AttributedString.EMPTY);
        }
        out.add(message(world, chrome));
        out.add(keys(chrome, columns));
        return clip(out, columns, rows);
    }

    /** The keys, one a line, and what the screen shows; {@code speed} words the run's pace now. */
    public List<AttributedString> help(int columns, int rows, String speed) {
        Text t = new Text(styled);
        t.add("LoopLab watch", Text.HEAD).add(": the world redrawn in place after every key").nl();
        t.nl();
        key(t, "space, s", "step: run handles until one more task step has run (hold the key to keep stepping)");
        key(t, "t", "tick: finish the iteration under way, or run a whole one");
        key(t, "r", "run: step on its own at a readable pace; any key or Ctrl-C stops it");
        key(t, "+, -", "run faster, slower (now " + speed + ")");
        key(t, unicode ? "b, \u2190" : "b, Left", "back: undo the last task step");
        key(t, unicode ? "f, \u2192" : "f, Right", "forward: redo a step that back undid");
        key(t, ":", "a command of the console's language: spawn consumer, put x, step 5, why, where C0, ...");
        key(t, "?", "this help");
        key(t, "Ctrl-L", "draw the screen again");
        key(t, "q", "back to the line console (type watch to come back)");
        t.nl();
        t.add("On the screen", Text.HEAD).nl();
        t.add("  the clock and counters; what the last command ran; the code of the task that ran last,").nl();
        t.add("  -> at the line where it is suspended now; the queue's slots in get() order and the tasks").nl();
        t.add("  waiting in get() and put(); the ready queue in the order it runs; the timers; every task.").nl();
        t.nl();
        t.add("Press any key to return.", Text.DIM).nl();
        List<AttributedString> out = new ArrayList<>(split(t.done()));
        while (out.size() < rows) {
            out.add(AttributedString.EMPTY);
        }
        return clip(out, columns, rows);
    }

    /** What a terminal too small for the view shows instead: the size it needs. */
    public List<AttributedString> tooSmall(int columns, int rows) {
        Text t = new Text(false);
        t.wrap("watch needs a terminal of at least " + MIN_COLUMNS + "x" + MIN_ROWS + "; this one is "
                + columns + "x" + rows + ".", null, columns, "").nl();
        t.wrap("Make the window larger, or press q to go back to the line console.", null, columns, "");
        List<AttributedString> out = new ArrayList<>(split(t.done()));
        while (out.size() < rows) {
            out.add(AttributedString.EMPTY);
        }
        return clip(out, columns, rows);
    }

    // ---- the bars ----------------------------------------------------------------------------

    private AttributedString title(World world, int columns, Chrome chrome) {
        String right = chrome.running() != null ? "running " : chrome.past() != null ? chrome.past() + " " : "? help  q quit ";
        String full = counters(world, " LoopLab watch   ", "   ", "iteration ", " (under way, %d left)", "task steps ");
        String line = full;
        if (full.length() + 1 + right.length() > columns) {
            right = chrome.running() != null ? "running " : chrome.past() != null ? chrome.past() + " " : "? help ";
            line = counters(world, " watch  ", "  ", "iteration ", " (%d left)", "steps ");
            if (line.length() + 1 + right.length() > columns) {
                right = "";
            }
        }
        return new AttributedString(line + " ".repeat(Math.max(1, columns - line.length() - right.length())) + right, BAR);
    }

    private static String counters(World world, String start, String gap, String iteration, String underWay, String steps) {
        EventLoop loop = world.loop();
        Queue<String> q = world.queue();
        StringBuilder s = new StringBuilder(start);
        s.append("t=").append(Text.time(loop.time()));
        s.append(gap).append(iteration).append(loop.iterations());
        if (loop.batchLeft() > 0) {
            s.append(String.format(underWay, loop.batchLeft()));
        }
        s.append(gap).append(steps).append(loop.taskSteps());
        s.append(gap).append("queue ").append(q.qsize());
        if (q.maxsize() > 0) {
            s.append('/').append(q.maxsize());
        }
        if (loop.isIdle()) {
            s.append(gap).append("idle");
        }
        return s.toString();
    }

    private AttributedString message(World world, Chrome chrome) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        if (!chrome.message().isEmpty()) {
            if (chrome.error() && styled) {
                b.styled(Text.WARN, Text.safe(chrome.message()));
            } else {
                b.append(Text.safe(chrome.message()));
            }
        } else if (chrome.past() != null) {
            b.styled(styled ? Text.RAN : AttributedStyle.DEFAULT, "The past: f goes forward; a step or a command here discards the steps after it.");
        } else if (world.loop().isIdle() && !world.actors().isEmpty()
                && world.actors().stream().allMatch(a -> a.task().awaiting().ended())) {
            b.append("The loop is idle: every task is done.");
        }
        return b.toAttributedString();
    }

    private AttributedString keys(Chrome chrome, int columns) {
        String s = chrome.running() != null
                ? "running, " + chrome.running() + ":  + faster  - slower  any other key or Ctrl-C stops"
                : columns >= KEYS.length() ? (unicode ? KEYS : KEYS_ASCII)
                : columns >= KEYS_NARROW.length() ? KEYS_NARROW : KEYS_NARROWEST;
        return styled ? new AttributedString(s, Text.DIM) : new AttributedString(s);
    }

    private void key(Text t, String keys, String what) {
        t.add("  ").add(String.format("%-10s", keys), Text.TASK).add(what).nl();
    }

    // ---- the sections ------------------------------------------------------------------------

    /** What the last command did, with the last step's detail; a window keeps its first line. */
    private Part happened(World world, Journal journal) {
        CommandRecord last = journal.last();
        List<AttributedString> lines = split(section(t -> FrameView.ran(t, world, last)));
        if (lines.isEmpty()) {
            Text t = new Text(styled);
            if (last.text().isEmpty()) {
                t.add(Text.IND).add("nothing has run yet: space runs one task step, t an iteration, r runs on", Text.DIM);
            } else {
                t.add(Text.IND).add("`" + Text.safe(last.text()) + "` ran", Text.DIM);
            }
            lines = split(t.done());
        }
        int detail = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toString().startsWith(">> ")) {
                detail = i;
            }
        }
        List<AttributedString> all = lines;
        int anchor = detail;
        return new Part(1, 2, all.size(), 6, k -> {
            int from = anchor >= 0 ? Math.min(anchor, all.size() - k) : all.size() - k;
            from = Math.max(0, from);
            return all.subList(from, Math.min(all.size(), from + k));
        });
    }

    /** The code of the task that ran last (or, before any step, of the one that runs next), marked. */
    private Part listing(World world, Journal journal) {
        Actor a = null;
        String role = "";
        Step last = journal.lastStep();
        if (last != null) {
            a = world.actor(last.task());
            role = "ran last";
        }
        if (a == null) {
            for (Handle h : world.loop().readyHandles()) {
                if (h.task() != null && world.actor(h.task().name()) != null) {
                    a = world.actor(h.task().name());
                    role = "runs next";
                    break;
                }
            }
        }
        if (a == null || !a.isBuiltin()) {
            Text t = new Text(styled);
            t.add("CODE", Text.HEAD).add("    ");
            t.add(world.actors().isEmpty() ? "no task yet (try :spawn producer, then :spawn consumer)"
                    : "no task to show: none ran, none is ready");
            return Part.fixed(split(t.done()));
        }
        Actor shown = a;
        Text head = new Text(styled);
        head.add("CODE", Text.HEAD).add("    ").add(Text.safe(a.name()), Text.TASK)
                .add(" (" + a.role().word() + ") " + role);
        int mark = WhereView.mark(a);
        if (mark > 0) {
            head.add(", now at line " + mark);
        }
        AttributedString heading = head.done();
        List<String> code = shown.listing();
        return new Part(2, 5, 1 + code.size(), 4, k -> {
            int n = Math.min(code.size(), k - 1);
            int from = mark <= 0 ? 0 : Math.max(0, Math.min(mark - 1 - (n - 1) / 2, code.size() - n));
            List<AttributedString> out = new ArrayList<>();
            out.add(heading);
            out.addAll(split(section(t -> WhereView.listing(t, code, mark, from, from + n))));
            return out;
        });
    }

    /**
     * The timeline's lanes around the step shown, one column a task step, as wide as the screen,
     * without the legend (the {@code timeline} view has it).
     */
    private Part strip(Timeline.Run run, int columns) {
        if (run == null || run.world().steps() == 0) {
            return Part.wholeOrNone(List.of(), 5);
        }
        try {
            Timeline.Spec spec = new Timeline.Spec(Timeline.By.STEP, OptionalDouble.empty(), OptionalDouble.empty(),
                    columns, unicode, false);
            return Part.wholeOrNone(split(Timeline.render(run, spec, styled)), 5);
        } catch (Timeline.OutOfRange e) {
            return Part.wholeOrNone(List.of(), 5);
        }
    }

    /** When the loop is idle with tasks not done: who waits on what (its first lines when short of room). */
    private Part idle(World world) {
        List<AttributedString> all = split(section(t -> IdleDiagnosis.render(t, world)));
        return new Part(Math.min(1, all.size()), all.size(), all.size(), 0, k -> all.subList(0, Math.min(k, all.size())));
    }

    /** {@code left} beside {@code right} stacked, with a rule between. */
    private Part beside(Part left, List<Part> right, int columns) {
        int leftWidth = columns - rightWidth(columns) - 3;
        int min = left.min();
        int rightMin = 0;
        int rightPref = 0;
        for (Part p : right) {
            rightMin += p.min();
            rightPref += p.pref();
        }
        String rule = " | ";
        int rightWant = 0;
        for (Part p : right) {
            rightWant += p.want();
        }
        return new Part(Math.max(min, rightMin), Math.max(left.want(), rightWant), Math.max(left.pref(), rightPref), 2, k -> {
            List<AttributedString> l = left.lines(Math.min(k, left.pref()));
            int[] rk = allocate(right, k);
            List<AttributedString> r = new ArrayList<>();
            for (int i = 0; i < right.size(); i++) {
                r.addAll(right.get(i).lines(rk[i]));
            }
            List<AttributedString> out = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                AttributedString li = i < l.size() ? l.get(i).columnSubSequence(0, leftWidth) : AttributedString.EMPTY;
                b.append(li);
                b.append(" ".repeat(Math.max(0, leftWidth - li.columnLength())));
                b.styled(styled ? Text.DIM : AttributedStyle.DEFAULT, rule);
                if (i < r.size()) {
                    b.append(r.get(i));
                }
                out.add(b.toAttributedString());
            }
            return out;
        });
    }

    /**
     * The right column's width in the two-column layout: the listing gets what is left beyond 64
     * columns for the queue, the ready queue and the timers, from 46 (its code, cut after the
     * awaits) to 76 (all of it).
     */
    private static int rightWidth(int columns) {
        return columns - Math.max(46, Math.min(76, columns - 64)) - 3;
    }

    // ---- fitting -----------------------------------------------------------------------------

    /**
     * A section that can be drawn in any number of lines from {@code min} to {@code pref} (the
     * whole section); {@code want} lines are enough to read it, and sections of lower
     * {@code rank} get theirs first.
     */
    private record Part(int min, int want, int pref, int rank, boolean whole, IntFunction<List<AttributedString>> draw) {
        Part {
            want = Math.max(min, Math.min(want, pref));
        }

        Part(int min, int want, int pref, int rank, IntFunction<List<AttributedString>> draw) {
            this(min, want, pref, rank, false, draw);
        }

        /** A section shown whole or not at all (the timeline strip: lanes without their axis say nothing). */
        static Part wholeOrNone(List<AttributedString> lines, int rank) {
            return new Part(0, lines.size(), lines.size(), rank, true, k -> lines);
        }

        static Part fixed(List<AttributedString> lines) {
            return new Part(lines.size(), lines.size(), lines.size(), 0, k -> lines);
        }

        /**
         * A list section drawn by {@code render(max)} with at most {@code max} entries: in
         * {@code k} lines, as many entries as fit.
         */
        static Part shrinking(IntFunction<List<AttributedString>> render, int cap, int want, int rank) {
            List<AttributedString> whole = render.apply(cap);
            return new Part(1, want, whole.size(), rank, k -> {
                if (whole.size() <= k) {
                    return whole;
                }
                for (int max = k - 1; max >= 0; max--) {
                    List<AttributedString> l = render.apply(max);
                    if (l.size() <= k) {
                        return l;
                    }
                }
                return whole.subList(0, k);
            });
        }

        List<AttributedString> lines(int k) {
            return k <= 0 ? List.of() : draw.apply(Math.max(min, Math.min(k, pref)));
        }
    }

    /**
     * How many lines each part gets out of {@code available}: its minimum; then, by rank, what
     * it wants; then one more line at a time, round the parts by rank, while any wants more.
     */
    private static int[] allocate(List<Part> parts, int available) {
        int[] k = new int[parts.size()];
        int left = available;
        for (int i = 0; i < k.length; i++) {
            k[i] = parts.get(i).min();
            left -= k[i];
        }
        List<Integer> byRank = new ArrayList<>();
        for (int i = 0; i < k.length; i++) {
            byRank.add(i);
        }
        byRank.sort(java.util.Comparator.comparingInt(i -> parts.get(i).rank()));
        for (int i : byRank) {
            Part p = parts.get(i);
            int more = Math.max(0, Math.min(left, p.want() - k[i]));
            if (p.whole() && more < p.want() - k[i]) {
                continue;                            // no room for all of it: none of it
            }
            k[i] += more;
            left -= more;
        }
        boolean grew = true;
        while (left > 0 && grew) {
            grew = false;
            for (int i : byRank) {
                if (left > 0 && !parts.get(i).whole() && k[i] < parts.get(i).pref()) {
                    k[i]++;
                    left--;
                    grew = true;
                }
            }
        }
        return k;
    }

    private AttributedString section(java.util.function.Consumer<Text> draw) {
        Text t = new Text(styled);
        draw.accept(t);
        return t.done();
    }

    /** A text's lines (none for an empty text). */
    static List<AttributedString> split(AttributedString s) {
        List<AttributedString> out = new ArrayList<>();
        if (s.length() == 0) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.subSequence(start, i));
                start = i + 1;
            }
        }
        out.add(s.subSequence(start, s.length()));
        return out;
    }

    private static List<AttributedString> clip(List<AttributedString> lines, int columns, int rows) {
        List<AttributedString> out = new ArrayList<>(rows);
        for (int i = 0; i < rows && i < lines.size(); i++) {
            AttributedString l = lines.get(i);
            out.add(l.columnLength() > columns ? l.columnSubSequence(0, columns) : l);
        }
        return out;
    }
}
