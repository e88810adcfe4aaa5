package looplab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import looplab.command.ExploreOptions.Mode;
import looplab.explore.Invariant;
import looplab.explore.Report;

/**
 * The words of an exploration ({@code explore}): the summary with a verdict per invariant, the
 * shortest failing schedule as a table (one column per task, one row per step, as Lincheck
 * prints an interleaving, with the queue or buffer after each step) and its schedule string,
 * and in loop mode the three verdicts side by side: the loop, threads without a lock, threads
 * with one.
 */
public final class ExploreView {
    private ExploreView() {
    }

    /** The whole report. */
    public static String of(Report r) {
        StringBuilder b = new StringBuilder();
        summary(b, r);
        boolean loop = r.options().mode() == Mode.LOOP;
        if (r.failure() != null) {
            b.append('\n');
            failure(b, r.failure(), loop);
        }
        if (loop && r.alongside().size() == 2) {
            Report off = r.alongside().get(0);
            Report on = r.alongside().get(1);
            b.append("\nThe answer, side by side (the same tasks, the same checks):\n");
            b.append("  loop: ").append(count(r.brokenOn(Invariant.CONSERVATION))).append(" of ")
                    .append(count(r.schedules())).append(" schedules lose an item")
                    .append(r.brokenOn(Invariant.CONSERVATION) == 0 ? " (or take one twice)" : "").append('\n');
            b.append("  threads without a lock: ").append(count(off.brokenOn(Invariant.CONSERVATION))).append(" of ")
                    .append(count(off.schedules())).append(" schedules do");
            if (off.failure() != null && off.failure().violation().invariant() == Invariant.CONSERVATION) {
                b.append(", for example this one:\n");
                table(b, off.failure(), "    ");
                b.append("    ").append(off.failure().violation().what()).append('\n');
                b.append("    replay it: replay ").append(off.failure().schedule()).append('\n');
            } else {
                b.append('\n');
            }
            b.append("  threads with a lock: ").append(count(on.brokenOn(Invariant.CONSERVATION))).append(" of ")
                    .append(count(on.schedules())).append('\n');
            b.append("  (threads: at most ").append(off.options().preemptions())
                    .append(" preemptions per schedule; `explore threads` for the details)\n");
        }
        return b.toString().stripTrailing();
    }

    private static void summary(StringBuilder b, Report r) {
        boolean loop = r.options().mode() == Mode.LOOP;
        if (loop) {
            b.append("explore: the loop's schedules (every order of each iteration's batch of ready handles)\n");
        } else {
            b.append("explore threads, ").append(r.options().lock() ? "with a lock" : "without a lock")
                    .append(": the tasks as threads over a buffer, switched between any two steps");
            if (r.options().preemptions() >= 0) {
                b.append(" (at most ").append(r.options().preemptions()).append(" preemptions)");
            }
            b.append('\n');
        }
        String reduction = r.options().reduce() && (loop || r.options().preemptions() < 0)
                ? "DPOR with sleep sets" : r.options().preemptions() >= 0 && !loop ? "the preemption bound"
                : "none";
        b.append("  schedules  ").append(count(r.schedules())).append(" explored of ").append(naive(r.naive()))
                .append(" (reduction ").append(ratio(r.reduction())).append(": ").append(reduction).append(")\n");
        b.append("  states     ").append(count(r.distinctFinals())).append(" distinct final states\n");
        b.append("  time       ").append(String.format(Locale.ROOT, "%.3f s", r.nanos() / 1e9)).append(", ")
                .append(count((long) r.perSecond())).append(" schedules/s, ").append(count(r.steps()))
                .append(" steps\n");
        for (String limit : r.limits()) {
            b.append("  note       ").append(limit).append('\n');
        }
        b.append("  verdicts\n");
        for (Invariant inv : r.checked()) {
            long broken = r.brokenOn(inv);
            b.append(broken == 0 ? "    holds   " : "    BROKEN  ").append(pad(inv.words(), 38));
            b.append(broken == 0 ? "on all " + count(r.schedules()) + " schedules"
                    : "on " + count(broken) + " of " + count(r.schedules()) + " schedules").append('\n');
        }
        if (r.failure() == null && r.checked().stream().allMatch(i -> r.brokenOn(i) == 0)
                && r.schedules() > 0) {
            b.append("  nothing broke on any schedule explored\n");
        }
    }

    private static void failure(StringBuilder b, Report.Failure f, boolean loop) {
        b.append("The shortest failing schedule (").append(f.rows().size()).append(f.rows().size() == 1 ? " step" : " steps")
                .append("): ").append(f.violation().what()).append('\n');
        table(b, f, "  ");
        b.append("  broken: ").append(f.violation().invariant().words()).append('\n');
        b.append("  replay it: replay ").append(f.schedule()).append(loop ? "   (then step, where, why)\n"
                : "   (then step and why, one thread step at a time)\n");
    }

    /** One column per task, one row per step, the queue or buffer after each. */
    static void table(StringBuilder b, Report.Failure f, String indent) {
        List<String> cols = f.columns();
        int[] width = new int[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            width[c] = cols.get(c).length();
        }
        for (Report.Row row : f.rows()) {
            width[row.column()] = Math.max(width[row.column()], row.did().length());
        }
        boolean[] used = new boolean[cols.size()];
        for (Report.Row row : f.rows()) {
            used[row.column()] = true;
        }
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            if (used[c]) {
                shown.add(c);
            }
        }
        String after = "after";
        StringBuilder head = new StringBuilder(indent).append("step");
        StringBuilder rule = new StringBuilder(indent).append("----");
        for (int c : shown) {
            head.append(" | ").append(pad(cols.get(c), width[c]));
            rule.append("-+-").append("-".repeat(width[c]));
        }
        head.append(" | ").append(after);
        rule.append("-+-").append("-".repeat(after.length() + 10));
        b.append(head).append('\n').append(rule).append('\n');
        int step = 0;
        for (Report.Row row : f.rows()) {
            StringBuilder line = new StringBuilder(indent).append(String.format(Locale.ROOT, "%4d", ++step));
            for (int c : shown) {
                line.append(" | ").append(pad(c == row.column() ? row.did() : "", width[c]));
            }
            line.append(" | ").append(row.after());
            b.append(line).append('\n');
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String naive(Report.Naive n) {
        if (n.exact()) {
            return count((long) n.count()) + " in all";
        }
        if (n.count() < 1e15) {
            return "about " + count(Math.round(n.count())) + " in all (estimated)";
        }
        return String.format(Locale.ROOT, "about %.1e in all (estimated)", n.count());
    }

    private static String ratio(double x) {
        if (x < 1e6) {
            return String.format(Locale.ROOT, "%,.1fx", x);
        }
        return String.format(Locale.ROOT, "%.1ex", x);
    }
}
