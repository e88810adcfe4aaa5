package looplab.view;

import java.util.ArrayList;
import java.util.List;
import looplab.model.Future;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.world.World;

/** The queue: its slots in {@code get()} order, the unfinished count, and the tasks waiting in get() and put(). */
final class QueueView {
    private static final int LINE_WIDTH = 100;

    private QueueView() {}

    /** The section, with at most {@code maxItems} slots and {@code maxWaiters} waiter names. */
    static void render(Text t, World world, int maxItems, int maxWaiters) {
        render(t, world, maxItems, maxWaiters, maxItems == Integer.MAX_VALUE ? Integer.MAX_VALUE : LINE_WIDTH);
    }

    /** The section, its line of slots drawn within {@code width} columns. */
    static void render(Text t, World world, int maxItems, int maxWaiters, int width) {
        Queue<String> q = world.queue();
        int size = q.qsize();
        int max = q.maxsize();
        t.add("QUEUE", Text.HEAD).add("   " + world.kind().word()
                + (q.algorithm() == Queue.Algorithm.PY34 ? " (Python 3.4's get/put)" : "") + ", ");
        t.add(max > 0 ? size + "/" + max + " slots used" : "unbounded, " + Text.plural(size, "item", "items"));
        t.add(", unfinished " + q.unfinishedTasks()).nl();
        List<String> items = world.items();       // a persistent vector: read only as far as the line goes
        int budget = width;
        t.add(Text.IND).add("next get() -> ", Text.DIM).add("[");
        int used = Text.IND.length() + "next get() -> [".length();
        if (size == 0 && max <= 0) {
            t.add(" empty");
        }
        int shown = 0;
        for (String item : items) {
            if (shown == maxItems) {
                break;
            }
            String repr = Text.item(item, Text.ITEM_WIDTH);
            String sep = shown == 0 ? " " : " | ";
            // room for this item, and for "| ... N more ]" unless it is the last item of a full line
            int reserve = shown + 1 < size || max > size ? 16 : 2;
            if (shown > 0 && used + sep.length() + repr.length() > budget - reserve) {
                break;
            }
            t.add(sep).add(repr, Text.ITEM);
            used += sep.length() + repr.length();
            shown++;
        }
        if (size > shown) {
            t.add(" | ... " + (size - shown) + " more");
            used += 12;
        }
        if (max > 0) {
            int empty = max - size;
            int draw = 0;
            while (draw < empty && draw < 64 && used + 4 <= budget - 14) {
                t.add(shown == 0 && draw == 0 ? " " : " | ").add("_", Text.DIM);
                used += 4;
                draw++;
            }
            if (empty > draw) {
                t.add(" | ... " + (empty - draw) + " empty");
            }
        }
        t.add(" ]").nl();
        t.add(Text.IND).add("waiting in get(): ").add(waiters(q.getters(maxWaiters), q.getterCount(), maxWaiters));
        t.add("   waiting in put(): ").add(waiters(q.putters(maxWaiters), q.putterCount(), maxWaiters)).nl();
        if (!q.lost().isEmpty()) {
            List<String> lost = q.lost();
            t.add(Text.IND).add("LOST", Text.WARN).add(" " + Text.plural(lost.size(), "item", "items") + ": ");
            int n = Math.min(lost.size(), maxWaiters);
            for (int i = 0; i < n; i++) {
                t.add(i == 0 ? "" : ", ").add(Text.item(lost.get(i), Text.ITEM_WIDTH), Text.ITEM);
            }
            if (lost.size() > n) {
                t.add(", ... " + (lost.size() - n) + " more");
            }
            t.add(" (handed to a getter's future, the getter cancelled before it ran: bpo-23812)", Text.DIM).nl();
        }
    }


    /** The names of the first {@code max} of {@code total} waiters, then how many more. */
    private static String waiters(List<Future<?>> futures, int total, int max) {
        if (futures.isEmpty()) {
            return "-";
        }
        String shown = String.join(", ", waiterNames(futures));
        return total > futures.size() ? shown + ", ... " + (total - futures.size()) + " more" : shown;
    }

    /** Waiting tasks by name, each marked if its wait is cancelled or woken. */
    static List<String> waiterNames(List<Future<?>> futures) {
        List<String> names = new ArrayList<>(futures.size());
        for (Future<?> f : futures) {
            Task w = f.waiter();
            String name = w == null ? "?" : Text.safe(w.name());
            if (f.cancelled()) {
                name += " (cancelled)";
            } else if (f.done()) {
                name += " (woken)";
            }
            names.add(name);
        }
        return names;
    }
}
