package looplab.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import looplab.command.Command.Role;
import looplab.model.Awaiting;
import looplab.model.EventLoop;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.Queue;
import looplab.model.SuspensionPoint;
import looplab.model.Task;
import looplab.model.TimerHandle;
import looplab.world.Actor;
import looplab.world.World;
import org.jline.utils.AttributedString;

/**
 * Renders a world as text: the frame shown after each command, each view alone ({@code queue},
 * {@code tasks}, {@code ready}, {@code timers}), {@code where}, {@code why}, the idle diagnosis
 * and help. It only reads the world and the journal; the same world and journal always give the
 * same text. {@link #plain()} has no styles at all; {@link #styled()} adds colour, and its
 * {@code toString()} is the same plain text.
 *
 * <p>Big worlds stay readable: the frame shows at most {@link #FRAME_TASKS} tasks (then a
 * summary by state), {@link #FRAME_LIST} ready handles and timers, {@link #FRAME_ITEMS} queue
 * slots and {@link #FRAME_WAITERS} waiter names; the views alone list everything.
 */
public final class Renderer {
    /** Tasks listed one by one in a frame; beyond, the frame counts them by state. */
    public static final int FRAME_TASKS = 12;
    /** Tasks of the last command listed in a frame of a big world. */
    public static final int FRAME_TOUCHED = 6;
    /** Ready handles and timers listed in a frame. */
    public static final int FRAME_LIST = 8;
    /** Queue slots drawn in a frame. */
    public static final int FRAME_ITEMS = 8;
    /** Waiting tasks named in a frame. */
    public static final int FRAME_WAITERS = 8;
    /** Handle runs of the last command shown in a frame. */
    public static final int FRAME_RUNS = 6;

    private static final String IND = "  ";
    private static final int ITEM_WIDTH = 24;
    private static final int LINE_WIDTH = 100;

    private final boolean styled;

    private Renderer(boolean styled) {
        this.styled = styled;
    }

    /** A renderer without styles: plain text for pipes, files, tests and JShell. */
    public static Renderer plain() {
        return new Renderer(false);
    }

    /** A renderer with colours for a terminal; its strings' {@code toString()} is the plain text. */
    public static Renderer styled() {
        return new Renderer(true);
    }

    private Text text() {
        return new Text(styled);
    }

    // ---- the frame ---------------------------------------------------------------------------

    /** What the last command did and the whole world after it, compactly. */
    public AttributedString frame(World world, Journal journal) {
        Text t = text();
        header(t, world, journal);
        ran(t, world, journal);
        queueSection(t, world, FRAME_ITEMS, FRAME_WAITERS);
        readySection(t, world, journal, FRAME_LIST);
        timersSection(t, world, FRAME_LIST);
        tasksSection(t, world, journal, true);
        AttributedString idle = idleDiagnosis(world);
        if (idle.length() > 0) {
            t.add(idle).nl();
        } else if (world.loop().isIdle() && !world.actors().isEmpty()) {
            t.add("The loop is idle: every task is done.", Text.HEAD).nl();
        }
        return t.done();
    }

    private void header(Text t, World world, Journal journal) {
        EventLoop loop = world.loop();
        String cmd = journal.command().isEmpty() ? "start" : Text.safe(journal.command());
        t.add("== " + Text.clip(cmd, 60) + " ==", Text.HEAD);
        t.add("  t=" + Text.time(loop.time()));
        t.add("  iteration " + loop.iterations());
        t.add("  task steps " + loop.taskSteps());
        t.nl();
        if (journal.interrupted()) {
            t.add("   stopped by Ctrl-C", Text.WARN).add(" between two handles: the world is consistent");
            t.nl();
        }
        if (loop.batchLeft() > 0) {
            t.add("   iteration " + loop.iterations() + " is under way: "
                    + Text.plural(loop.batchLeft(), "handle", "handles") + " of its batch still to run"
                    + " (`tick` finishes it)", Text.DIM).nl();
        }
    }

    private void ran(Text t, World world, Journal journal) {
        for (String outcome : journal.outcomes()) {
            t.add(IND).add(outcome).nl();
        }
        List<Journal.HandleRun> runs = journal.handleRuns();
        long total = journal.handlesRun();
        if (total == 0) {
            String word = firstWord(journal.command());
            if (word.equals("step") || word.equals("tick") || word.equals("run")) {
                if (world.loop().isIdle()) {
                    t.add(IND).add("nothing ran: the loop is idle (nothing ready, no timer)").nl();
                } else {
                    t.add(IND).add("nothing ran").nl();
                }
            }
            return;
        }
        int from = Math.max(0, runs.size() - FRAME_RUNS);
        if (total > runs.size() - from) {
            t.add(IND).add("ran " + Text.plural(total, "handle", "handles") + " in "
                    + Text.plural(journal.iterationsBegun(), "new iteration", "new iterations") + ": "
                    + Text.plural(journal.stepsRun(), "task step", "task steps") + ", "
                    + Text.plural(journal.timerCallbacks(), "timer callback", "timer callbacks")
                    + (journal.skippedHandles() > 0 ? ", " + journal.skippedHandles() + " skipped" : "")
                    + "; clock " + Text.time(journal.clockBefore()) + " -> " + Text.time(world.loop().time())
                    + ". The last " + (runs.size() - from) + ":", Text.DIM).nl();
        }
        Journal.Step last = journal.lastStepOfCommand();
        for (int i = from; i < runs.size(); i++) {
            Journal.HandleRun r = runs.get(i);
            if (!Double.isNaN(r.jumpedFrom())) {
                t.add(IND).add("clock jumped " + Text.time(r.jumpedFrom()) + " -> " + Text.time(r.clock())
                        + ": nothing was ready, so the loop skipped to the earliest timer", Text.DIM).nl();
            }
            String where = "iteration " + r.iteration() + ", handle " + r.position() + "/" + r.batchSize()
                    + ", t=" + Text.time(r.clock());
            if (r.skipped()) {
                t.add(IND).add("-- skipped '" + r.label() + "': it was cancelled, but used its place (" + where + ")")
                        .nl();
            } else if (r.step() == null) {
                t.add(IND).add("-- ", Text.TIMER).add(r.label(), Text.TIMER).add("  (" + where + ")", Text.DIM).nl();
                for (String e : r.effects()) {
                    t.add(IND).add("     ").add(e).nl();
                }
            } else if (r.step() == last) {
                stepDetail(t, r.step(), where);
            } else {
                stepLine(t, r.step(), where);
            }
        }
    }

    private void stepLine(Text t, Journal.Step s, String where) {
        t.add(IND).add("-> ").add(Text.safe(s.task()), Text.TASK).add(" ran step " + s.n() + " (" + where + "): ");
        List<String> did = new ArrayList<>();
        for (String item : s.put()) {
            did.add("put " + Text.item(item, ITEM_WIDTH));
        }
        for (String item : s.taken()) {
            did.add("got " + Text.item(item, ITEM_WIDTH));
        }
        if (!s.woke().isEmpty()) {
            did.add("woke " + String.join(", ", s.woke()));
        }
        did.add(stoppedWords(s));
        t.add(String.join("; ", did)).nl();
    }

    private void stepDetail(Text t, Journal.Step s, String where) {
        t.add(">> ", Text.RAN).add(Text.safe(s.task()) + " ran", Text.RAN)
                .add("  step " + s.n() + " (" + where + ")").nl();
        t.add(IND).add("   resumed at ").add(lineRef(s.fromLine(), s.from()))
                .add("   (" + s.handleLabel() + (s.cancelDelivered() ? ": CancelledError raised here" : "") + ")", Text.DIM)
                .nl();
        t.add(IND).add("   stopped at ").add(lineRef(s.toLine(), s.to())).add("   " + stoppedWords(s), Text.DIM).nl();
        for (String line : s.printed()) {
            t.add(IND).add("   printed    ").add(Text.safe(line)).nl();
        }
        for (String item : s.put()) {
            t.add(IND).add("   put        ").add(Text.item(item, 60), Text.ITEM).add(" into the queue").nl();
        }
        for (String item : s.taken()) {
            t.add(IND).add("   got        ").add(Text.item(item, 60), Text.ITEM).add(" from the queue").nl();
        }
        for (String w : s.woke()) {
            t.add(IND).add("   woke       ").add(w).add(": its wake-up joins the ready queue's tail").nl();
        }
        if (s.lostRace()) {
            t.add(IND).add("   waits again", Text.WARN).add("  it was woken, but "
                    + (s.thief() != null ? s.thief() + " took the " + (s.parked() == Awaiting.PUT ? "slot" : "item")
                    : "the queue was " + (s.parked() == Awaiting.PUT ? "full" : "empty")) + " first (`why` explains)")
                    .nl();
        }
        if (s.passedOn() != null) {
            t.add(IND).add("   passed on  ").add("its wake-up to " + Text.safe(s.passedOn()) + ", so no item is stranded")
                    .nl();
        }
    }

    private static String lineRef(int line, String label) {
        return "line " + line + " `" + label + "`";
    }

    private static String stoppedWords(Journal.Step s) {
        switch (s.toAwaiting()) {
            case SLEEP:
                return Double.isNaN(s.sleepUntil()) ? "sleeping" : "sleeping until t=" + Text.time(s.sleepUntil());
            case GET:
                return "waiting in get(): the queue is empty";
            case PUT:
                return "waiting in put(): the queue is full";
            case YIELD:
                return "yielded (sleep(0))";
            case DONE:
                return "returned: done";
            case CANCELLED:
                return "cancelled";
            case FAILED:
                return "failed";
            default:
                return s.toAwaiting().word();
        }
    }

    // ---- the queue ---------------------------------------------------------------------------

    /** The queue alone: every slot, the unfinished count and every waiting task. */
    public AttributedString queue(World world) {
        Text t = text();
        queueSection(t, world, Integer.MAX_VALUE, Integer.MAX_VALUE);
        return t.done();
    }

    private void queueSection(Text t, World world, int maxItems, int maxWaiters) {
        Queue<String> q = world.queue();
        int size = q.qsize();
        int max = q.maxsize();
        t.add("QUEUE", Text.HEAD).add("   " + world.kind().word() + ", ");
        t.add(max > 0 ? size + "/" + max + " slots used" : "unbounded, " + Text.plural(size, "item", "items"));
        t.add(", unfinished " + q.unfinishedTasks()).nl();
        List<String> items = size <= maxItems ? q.contents() : q.contents().subList(0, maxItems);
        int budget = maxItems == Integer.MAX_VALUE ? Integer.MAX_VALUE : LINE_WIDTH;
        t.add(IND).add("next get() -> ", Text.DIM).add("[");
        int used = IND.length() + "next get() -> [".length();
        if (size == 0 && max <= 0) {
            t.add(" empty");
        }
        int shown = 0;
        for (String item : items) {
            String repr = Text.item(item, ITEM_WIDTH);
            String sep = shown == 0 ? " " : " | ";
            if (shown > 0 && used + sep.length() + repr.length() > budget - 16) {
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
        t.add(IND).add("waiting in get(): ").add(waiters(q.getters(), maxWaiters));
        t.add("   waiting in put(): ").add(waiters(q.putters(), maxWaiters)).nl();
    }

    private static String waiters(List<Future<Void>> futures, int max) {
        if (futures.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Future<Void> f : futures) {
            if (n == max) {
                b.append(", ... ").append(futures.size() - n).append(" more");
                break;
            }
            if (n > 0) {
                b.append(", ");
            }
            Task w = f.waiter();
            b.append(w == null ? "?" : Text.safe(w.name()));
            if (f.cancelled()) {
                b.append(" (cancelled)");
            } else if (f.done()) {
                b.append(" (woken)");
            }
            n++;
        }
        return b.toString();
    }

    // ---- the ready queue ---------------------------------------------------------------------

    /** The ready queue alone, head first, every handle labelled. */
    public AttributedString ready(World world) {
        Text t = text();
        readySection(t, world, null, Integer.MAX_VALUE);
        return t.done();
    }

    private void readySection(Text t, World world, Journal journal, int max) {
        EventLoop loop = world.loop();
        List<Handle> ready = loop.readyHandles();
        int batch = loop.batchLeft();
        t.add("READY", Text.HEAD).add("   ");
        if (ready.isEmpty()) {
            t.add("empty").nl();
            return;
        }
        t.add(Text.plural(ready.size(), "handle", "handles"));
        if (batch > 0) {
            t.add(": " + batch + " left in iteration " + loop.iterations() + "'s batch, "
                    + (ready.size() - batch) + " for the next iteration");
        } else {
            t.add(", run in this order by the next iteration");
        }
        t.nl();
        int n = 0;
        for (Handle h : ready) {
            if (n == max) {
                t.add(IND).add("   ... " + (ready.size() - n) + " more (`ready` lists all)").nl();
                break;
            }
            if (batch > 0 && n == batch) {
                t.add(IND).add("   -- scheduled during iteration " + loop.iterations() + ": next iteration --", Text.DIM)
                        .nl();
            }
            n++;
            t.add(IND).add(String.format("%3d. ", n));
            t.add(Labels.handle(h), h.purpose() == Handle.Purpose.SLEEP_TIMER ? Text.TIMER : Text.TASK).nl();
        }
    }

    // ---- timers ------------------------------------------------------------------------------

    /** The live timers alone, earliest first. */
    public AttributedString timers(World world) {
        Text t = text();
        timersSection(t, world, Integer.MAX_VALUE);
        return t.done();
    }

    private void timersSection(Text t, World world, int max) {
        EventLoop loop = world.loop();
        List<TimerHandle> timers = loop.liveTimers();
        t.add("TIMERS", Text.HEAD).add("  ");
        if (timers.isEmpty()) {
            t.add("none").nl();
            return;
        }
        t.add(Text.plural(timers.size(), "timer", "timers") + ", earliest first");
        if (loop.readyHandles().isEmpty() && loop.batchLeft() == 0) {
            t.add("; nothing is ready, so the next iteration jumps the clock to t=" + Text.time(timers.get(0).when()));
        }
        t.nl();
        int n = 0;
        for (TimerHandle h : timers) {
            if (n == max) {
                t.add(IND).add("   ... " + (timers.size() - n) + " more (`timers` lists all)").nl();
                break;
            }
            n++;
            t.add(IND).add("   t=" + Text.time(h.when()) + "  ").add(Labels.handle(h), Text.TIMER).nl();
        }
    }

    // ---- tasks -------------------------------------------------------------------------------

    /** Every task, one line each: role, state, what it awaits, progress. */
    public AttributedString tasks(World world) {
        Text t = text();
        tasksSection(t, world, null, false);
        return t.done();
    }

    private void tasksSection(Text t, World world, Journal journal, boolean compact) {
        Collection<Actor> actors = world.actors();
        t.add("TASKS", Text.HEAD).add("   ");
        if (actors.isEmpty()) {
            t.add("none yet (try: spawn producer, spawn consumer)").nl();
            return;
        }
        int producers = 0;
        for (Actor a : actors) {
            if (a.role() == Role.PRODUCER) {
                producers++;
            }
        }
        t.add(Text.plural(producers, "producer", "producers") + ", "
                + Text.plural(actors.size() - producers, "consumer", "consumers"));
        Map<Task, TimerHandle> timers = sleepTimers(world);
        if (!compact || actors.size() <= FRAME_TASKS) {
            t.nl();
            int width = nameWidth(actors);
            for (Actor a : actors) {
                taskLine(t, a, timers, width);
            }
            return;
        }
        // A summary by state, then the tasks the last command touched.
        int[] counts = new int[Category.values().length];
        for (Actor a : actors) {
            counts[category(a.task()).ordinal()]++;
        }
        t.add(":");
        boolean first = true;
        for (Category c : Category.values()) {
            if (counts[c.ordinal()] > 0) {
                t.add((first ? " " : ", ") + counts[c.ordinal()] + " " + c.words);
                first = false;
            }
        }
        t.nl();
        Set<String> touched = new LinkedHashSet<>();
        if (journal != null) {
            List<Journal.HandleRun> runs = journal.handleRuns();
            for (int i = runs.size() - 1; i >= 0 && touched.size() < FRAME_TOUCHED; i--) {
                if (runs.get(i).task() != null) {
                    touched.add(runs.get(i).task());
                }
            }
        }
        if (!touched.isEmpty()) {
            List<Actor> shown = new ArrayList<>();
            for (String name : touched) {
                Actor a = world.actor(name);
                if (a != null) {
                    shown.add(a);
                }
            }
            t.add(IND).add("the tasks the last command ran, latest first:", Text.DIM).nl();
            int width = nameWidth(shown);
            for (Actor a : shown) {
                taskLine(t, a, timers, width);
            }
        }
        t.add(IND).add("(`tasks` lists all " + actors.size() + ")", Text.DIM).nl();
    }

    private static int nameWidth(Collection<Actor> actors) {
        int w = 2;
        for (Actor a : actors) {
            w = Math.max(w, Math.min(16, Text.safe(a.name()).length()));
        }
        return w;
    }

    private void taskLine(Text t, Actor a, Map<Task, TimerHandle> timers, int width) {
        String name = Text.clip(Text.safe(a.name()), 16);
        t.add(IND).add("   ").add(name, Text.TASK);
        t.add(" ".repeat(Math.max(1, width - name.length() + 1)));
        t.add(a.role() == Role.PRODUCER ? "producer  " : "consumer  ");
        String progress = progress(a);
        t.add(progress, Text.DIM);
        t.add(" ".repeat(Math.max(1, 16 - progress.length())));
        t.add(state(a, timers)).nl();
    }

    private static String progress(Actor a) {
        if (a.role() == Role.PRODUCER) {
            return a.progress() + "/" + a.count() + " produced";
        }
        return a.progress() + " got";
    }

    /** A task's state in words: what it waits for, or how it ended. */
    static String state(Actor a, Map<Task, TimerHandle> timers) {
        Task task = a.task();
        Awaiting awaiting = task.awaiting();
        Future<?> on = task.waitingOn();
        String s;
        switch (awaiting) {
            case START:
                s = "ready: first step not run yet";
                break;
            case GET:
                s = on != null && on.done() ? (on.cancelled() ? "in get(), cancelled: resumes to raise"
                        : "woken in get(): re-checks when it runs") : "waiting in get()";
                break;
            case PUT:
                s = on != null && on.done() ? (on.cancelled() ? "in put(), cancelled: resumes to raise"
                        : "woken in put(): re-checks when it runs") : "waiting in put()";
                break;
            case SLEEP: {
                if (on != null && on.done()) {
                    s = on.cancelled() ? "sleep cancelled: resumes to raise" : "sleep over: wake-up is ready";
                } else {
                    TimerHandle timer = timers.get(task);
                    s = timer == null ? "sleeping" : "sleeping until t=" + Text.time(timer.when());
                }
                String held = a.heldItem();
                if (held != null) {
                    s += ", holds " + Text.item(held, 20);
                }
                break;
            }
            case YIELD:
                s = "yielded: its next step is ready";
                break;
            case DONE:
                s = "done";
                break;
            case CANCELLED:
                s = "cancelled";
                break;
            case FAILED:
                s = "failed";
                break;
            default:
                s = "awaiting " + awaiting.word();
                break;
        }
        if (!awaiting.ended() && task.cancelPending() && (on == null || !on.cancelled())) {
            s += " (cancel pending)";
        }
        return s;
    }

    private enum Category {
        START("not started"),
        GET("waiting in get()"),
        PUT("waiting in put()"),
        WOKEN("woken"),
        SLEEP("sleeping"),
        YIELD("yielded"),
        DONE("done"),
        CANCELLED("cancelled"),
        FAILED("failed"),
        OTHER("other");

        final String words;

        Category(String words) {
            this.words = words;
        }
    }

    private static Category category(Task task) {
        Future<?> on = task.waitingOn();
        switch (task.awaiting()) {
            case START:
                return Category.START;
            case GET:
                return on != null && on.done() ? Category.WOKEN : Category.GET;
            case PUT:
                return on != null && on.done() ? Category.WOKEN : Category.PUT;
            case SLEEP:
                return on != null && on.done() ? Category.WOKEN : Category.SLEEP;
            case YIELD:
                return Category.YIELD;
            case DONE:
                return Category.DONE;
            case CANCELLED:
                return Category.CANCELLED;
            case FAILED:
                return Category.FAILED;
            default:
                return Category.OTHER;
        }
    }

    private static Map<Task, TimerHandle> sleepTimers(World world) {
        Map<Task, TimerHandle> map = new IdentityHashMap<>();
        for (TimerHandle h : world.loop().liveTimers()) {
            if (h.purpose() == Handle.Purpose.SLEEP_TIMER && h.task() != null) {
                map.putIfAbsent(h.task(), h);
            }
        }
        return map;
    }

    // ---- where -------------------------------------------------------------------------------

    /** The task's source, Python listing and Java twin, marked at the line where it is suspended. */
    public AttributedString where(World world, String taskName) {
        Text t = text();
        Actor a = taskName == null ? null : world.actor(taskName);
        if (a == null) {
            t.add(taskName == null ? "where needs a task name" : "no task named " + Text.item(taskName, 30), Text.WARN);
            t.add("; " + (world.actors().isEmpty() ? "spawn a task first" : "try: where " + firstName(world)));
            return t.done();
        }
        SuspensionPoint at = a.suspendedAt();
        String name = Text.safe(a.name());
        Awaiting awaiting = a.task().awaiting();
        t.add(name, Text.TASK).add(" (" + a.role().word() + ") ");
        if (awaiting == Awaiting.START) {
            t.add("has not started: its first step runs from line 1");
        } else if (awaiting.ended()) {
            t.add("has ended (" + awaiting.word() + ")" + (at != null && at.line() > 0 ? "; it last ran line " + at.line() : ""));
        } else {
            t.add("is suspended at line " + at.line() + " `" + at.label() + "`: " + state(a, sleepTimers(world)));
        }
        t.nl();
        int mark = awaiting == Awaiting.START ? 1 : at == null ? 0 : at.line();
        t.add("Python (spec section 2)", Text.HEAD).nl();
        listing(t, a.listing(), mark);
        t.add("Java twin (looplab.builtins." + (a.role() == Role.PRODUCER ? "Producer" : "Consumer")
                + ".resume: one call is one task step)", Text.HEAD).nl();
        listing(t, a.role() == Role.PRODUCER ? Listings.PRODUCER_JAVA : Listings.CONSUMER_JAVA,
                at == null ? 0 : Listings.javaLine(at));
        return t.done();
    }

    private void listing(Text t, List<String> lines, int mark) {
        for (int i = 0; i < lines.size(); i++) {
            boolean here = i + 1 == mark;
            t.add(here ? " -> " : "    ", Text.MARK);
            t.add(String.format("%2d  ", i + 1), Text.DIM);
            if (here) {
                t.add(lines.get(i), Text.RAN);
            } else {
                t.add(lines.get(i));
            }
            t.nl();
        }
    }

    private static String firstName(World world) {
        for (Actor a : world.actors()) {
            return Text.safe(a.name());
        }
        return "P0";
    }

    // ---- why ---------------------------------------------------------------------------------

    /** The last command's last step, or what it did, explained in plain words. */
    public AttributedString why(World world, Journal journal) {
        Text t = text();
        String cmd = journal.command();
        Journal.Step s = journal.lastStepOfCommand();
        if (cmd.isEmpty()) {
            t.wrap("Nothing has happened yet. Try: spawn producer, spawn consumer, step; then why.");
            return t.done();
        }
        t.add("why: ", Text.HEAD).add("`" + Text.safe(cmd) + "`", Text.HEAD).nl();
        if (s == null) {
            whyNoStep(t, world, journal);
            return t.done();
        }
        if (journal.stepsRun() > 1) {
            t.wrap("It ran " + journal.stepsRun() + " task steps; this is about the last one (step " + s.n()
                    + "). Use `step` to go one step at a time.", Text.DIM).nl();
        }
        String name = Text.safe(s.task());
        // 1. why it ran now
        t.add("Why ", Text.HEAD).add(name, Text.TASK).add(" ran now: ", Text.HEAD);
        t.wrap("its handle '" + s.handleLabel() + "' was next in the ready queue, handle " + s.position() + " of the "
                + s.batchSize() + " that iteration " + s.iteration() + " took as its batch. The loop runs ready"
                + " handles first in, first out, one at a time, each to its end.").nl();
        // 2. why the handle was there
        t.add("Why it was ready: ", Text.HEAD);
        String by = s.wokenBy() == null ? "something the journal did not see" : s.wokenBy();
        if (s.cancelDelivered()) {
            if (s.wokenThenCancelled()) {
                t.wrap("its " + Labels.awaitWord(s.fromAwaiting()) + "() future had been resolved by " + by
                        + ", but before its wake-up ran it was cancelled: so this step raised the CancelledError at `"
                        + s.from() + "`, where " + name + " was suspended.");
            } else {
                t.wrap("to deliver a cancellation (" + by + "). The CancelledError was raised at `" + s.from()
                        + "`, where " + name + " was suspended.");
            }
        } else {
            switch (s.purpose()) {
                case TASK_START:
                    t.wrap(by + ".");
                    break;
                case TASK_RESUME:
                    t.wrap(name + " yielded with sleep(0) in its previous step: that schedules the task again at once,"
                            + " behind everything already in the ready queue.");
                    break;
                default:
                    switch (s.fromAwaiting()) {
                        case SLEEP:
                            t.wrap("its sleep ended: " + by + ". That timer callback only completed the sleep's"
                                    + " future, which put this wake-up at the tail of the ready queue; so " + name
                                    + " resumed one iteration after its timer fired"
                                    + (s.scheduledIteration() >= 0 ? " (timer in iteration " + s.scheduledIteration()
                                    + ", wake-up in iteration " + s.iteration() + ")" : "") + ".");
                            break;
                        case GET:
                            t.wrap("its get() future was resolved by " + by + ". Resolving a future does not run the"
                                    + " waiting task: it schedules the task's wake-up at the tail of the ready queue"
                                    + " (call_soon).");
                            break;
                        case PUT:
                            t.wrap("its put() future was resolved by " + by + ". Resolving a future does not run the"
                                    + " waiting task: it schedules the task's wake-up at the tail of the ready queue"
                                    + " (call_soon).");
                            break;
                        default:
                            t.wrap(by + ".");
                            break;
                    }
                    break;
            }
        }
        t.nl();
        // 3. what it did
        t.add("What it did: ", Text.HEAD);
        t.wrap("resumed at line " + s.fromLine() + " `" + s.from() + "` and ran, without interruption, to line "
                + s.toLine() + " `" + s.to() + "` (" + stoppedWords(s) + ")");
        List<String> did = new ArrayList<>();
        for (String item : s.taken()) {
            did.add("got " + Text.item(item, 40));
        }
        for (String item : s.put()) {
            did.add("put " + Text.item(item, 40));
        }
        for (String line : s.printed()) {
            did.add("printed \"" + Text.safe(line) + "\"");
        }
        if (!did.isEmpty()) {
            t.wrap("; on the way it " + String.join(", ", did));
        }
        t.wrap(".").nl();
        // 4. the surprises
        if (s.lostRace()) {
            boolean putter = s.parked() == Awaiting.PUT;
            t.add("Why it waits again: ", Text.WARN);
            t.wrap("it had been woken for " + (putter ? "a free slot" : "an item") + ", but "
                    + (s.thief() != null ? s.thief() + " took it first" : "the queue was " + (putter ? "full" : "empty")
                    + " again when it ran") + ". asyncio does not reserve the " + (putter ? "slot" : "item")
                    + " for a woken waiter: when it runs, its " + (putter ? "put()" : "get()") + " checks "
                    + (putter ? "full()" : "empty()") + " again, and having lost the race it parks a new future at"
                    + " the tail of the " + (putter ? "putters" : "getters") + ".").nl();
        }
        if (s.passedOn() != null) {
            t.add("Why it woke someone else: ", Text.HEAD);
            t.wrap(name + " was cancelled after its wait had already been resolved. So that the item (or slot) it was"
                    + " woken for is not stranded, it passed the wake-up on to " + Text.safe(s.passedOn())
                    + ", as asyncio's Queue does when a woken waiter is cancelled.").nl();
        }
        if (!s.woke().isEmpty() && s.passedOn() == null) {
            t.add("Whom it woke: ", Text.HEAD);
            t.wrap(String.join(", ", s.woke()) + ". Their wake-ups wait at the tail of the ready queue: they run"
                    + " in a later handle, never inside " + name + "'s step.").nl();
        }
        if (!s.put().isEmpty() || !s.taken().isEmpty()) {
            boolean put = !s.put().isEmpty();
            t.add("Why no lock: ", Text.HEAD);
            t.wrap(name + "'s " + (put ? "check of full() and its put" : "check of empty() and its get")
                    + " ran in one step with no await between them. Only one task runs at a time, and it gives up"
                    + " control only at an await, so no other task could "
                    + (put ? "put an item into the same place" : "take the same item") + " in between.").nl();
        }
        return t.done();
    }

    private void whyNoStep(Text t, World world, Journal journal) {
        String word = firstWord(journal.command());
        List<Journal.HandleRun> runs = journal.handleRuns();
        if (!runs.isEmpty()) {
            t.wrap("No task step ran: ");
            List<String> labels = new ArrayList<>();
            for (Journal.HandleRun r : runs) {
                labels.add("'" + r.label() + "'" + (r.skipped() ? " (skipped: cancelled)" : ""));
            }
            t.wrap("the command ran only " + String.join(", ", labels) + ".");
            boolean timers = runs.stream().anyMatch(r -> r.purpose() == Handle.Purpose.SLEEP_TIMER && !r.skipped());
            if (timers) {
                t.wrap(" A timer callback only completes the sleep's future; the task's wake-up then joins the ready"
                        + " queue and runs in the next iteration: a task resumes one iteration after its timer.");
            }
            t.nl();
            return;
        }
        switch (word) {
            case "step":
            case "tick":
            case "run":
                t.wrap("Nothing ran: the loop is idle (nothing ready, no timer).").nl();
                AttributedString idle = idleDiagnosis(world);
                if (idle.length() > 0) {
                    t.add(idle).nl();
                }
                return;
            case "new":
                t.wrap("`new` made a fresh world: empty loop and queue, clock 0, random generator seeded.").nl();
                return;
            default:
                t.add("`" + Text.safe(journal.command()) + "` ran at top level, outside any task and between two"
                        + " handles: whatever it scheduled joins the ready queue's tail and runs in the next"
                        + " iteration, never inside the batch under way.").nl();
                for (String o : journal.outcomes()) {
                    t.add(IND).add(o).nl();
                }
        }
    }

    // ---- idle diagnosis ----------------------------------------------------------------------

    /** When the loop is idle with tasks not done: who waits on what, and why nothing can wake them. */
    public AttributedString idleDiagnosis(World world) {
        Text t = text();
        EventLoop loop = world.loop();
        if (!loop.isIdle()) {
            return t.done();
        }
        List<Actor> stuck = new ArrayList<>();
        int producersLeft = 0;
        int consumersLeft = 0;
        int sentinels = 0;
        List<String> doneProducers = new ArrayList<>();
        List<String> doneConsumers = new ArrayList<>();
        for (Actor a : world.actors()) {
            boolean ended = a.task().awaiting().ended();
            if (!ended) {
                stuck.add(a);
            }
            if (a.role() == Role.PRODUCER) {
                if (ended) {
                    doneProducers.add(Text.safe(a.name()));
                } else {
                    producersLeft++;
                }
            } else {
                if (ended) {
                    doneConsumers.add(Text.safe(a.name()));
                } else {
                    consumersLeft++;
                }
            }
        }
        if (stuck.isEmpty()) {
            return t.done();
        }
        for (Actor a : world.actors()) {
            if (a.role() == Role.PRODUCER && a.task().awaiting() == Awaiting.DONE
                    && a.suspendedAt() != null && a.suspendedAt().line() == 9) {
                sentinels++;
            }
        }
        t.add("The loop is idle", Text.WARN).wrap(": nothing is ready and no timer is set, yet "
                + Text.plural(stuck.size(), "task is", "tasks are") + " not done, and nothing can wake "
                + (stuck.size() == 1 ? "it" : "them") + ":").nl();
        Queue<String> q = world.queue();
        int shown = 0;
        for (Actor a : stuck) {
            if (shown == FRAME_WAITERS) {
                t.add(IND).add("... and " + (stuck.size() - shown) + " more (`tasks` lists all)").nl();
                break;
            }
            shown++;
            String name = Text.safe(a.name());
            Awaiting aw = a.task().awaiting();
            t.add(IND).add(name, Text.TASK);
            if (aw == Awaiting.GET) {
                t.wrapIndented(" waits in get() on an empty queue: only a put wakes a getter, and ");
                if (producersLeft == 0) {
                    t.wrapIndented(doneProducers.isEmpty() ? "there is no producer" : "no producer is left to put");
                    if (!doneProducers.isEmpty()) {
                        t.wrapIndented(" (" + String.join(", ", doneProducers) + " done");
                        if (sentinels > 0) {
                            long consumers = world.actors().stream().filter(x -> x.role() == Role.CONSUMER).count();
                            t.wrapIndented("; " + Text.plural(sentinels, "None was", "Nones were") + " put for "
                                    + Text.plural(consumers, "consumer", "consumers")
                                    + ", and one None stops only one consumer");
                        }
                        t.add(")");
                    }
                } else {
                    t.add("the producers left are stuck too");
                }
            } else if (aw == Awaiting.PUT) {
                t.wrapIndented(" waits in put() on a full queue (" + q.qsize() + "/" + q.maxsize()
                        + "): only a get frees a slot, and ");
                if (consumersLeft == 0) {
                    t.wrapIndented(doneConsumers.isEmpty() ? "there is no consumer" : "no consumer is left to get");
                    if (!doneConsumers.isEmpty()) {
                        t.wrapIndented(" (" + String.join(", ", doneConsumers) + " done)");
                    }
                } else {
                    t.add("the consumers left are stuck too");
                }
            } else {
                t.add(" waits (" + aw.word() + ") and nothing is scheduled to wake it");
            }
            t.add(".").nl();
        }
        String first = Text.safe(stuck.get(0).name());
        Awaiting firstWait = stuck.get(0).task().awaiting();
        String remedy = firstWait == Awaiting.PUT ? "`get` or `spawn consumer` to free a slot"
                : firstWait == Awaiting.GET ? "`put ITEM` or `spawn producer` to feed the getters" : "";
        t.add(IND).add("Try: " + (remedy.isEmpty() ? "" : remedy + ", or ") + "`cancel " + first + "`.", Text.DIM)
                .nl();
        return t.done();
    }

    // ---- help --------------------------------------------------------------------------------

    /** Every command in one screen. */
    public AttributedString help() {
        Text t = text();
        t.add("LoopLab commands", Text.HEAD).add(" (one a line; `help CMD` for details and examples)").nl();
        t.add("Change the world:", Text.HEAD).nl();
        for (HelpEntry e : HelpEntry.values()) {
            if (e.changes) {
                t.add(IND).add(String.format("%-53s", e.usage)).add(e.summary, Text.DIM).nl();
            }
        }
        t.add("Look (change nothing):", Text.HEAD).nl();
        for (HelpEntry e : HelpEntry.values()) {
            if (!e.changes) {
                t.add(IND).add(String.format("%-24s", e.usage)).add(e.summary, Text.DIM).nl();
            }
        }
        t.add("Keys: ", Text.HEAD).wrap("TAB completes commands, options and task names; Up/Down and Ctrl-R search"
                + " the history; Ctrl-C stops a long run (or clears the line); Ctrl-D leaves.").nl();
        t.add("Start with: ", Text.HEAD).wrap("new seed=42, spawn producer, spawn producer, spawn consumer, spawn"
                + " consumer, then step (again and again), why, where P0.").nl();
        return t.done();
    }

    /** One command in detail, with examples. */
    public AttributedString help(String command) {
        Text t = text();
        HelpEntry e = HelpEntry.find(command);
        if (e == null) {
            t.add("no command " + Text.item(command == null ? "" : command, 30), Text.WARN)
                    .add("; try: help (lists every command)");
            return t.done();
        }
        t.add(e.usage, Text.HEAD).nl();
        t.add(IND).add(e.summary).nl();
        for (String line : e.details) {
            t.add(IND).add(line).nl();
        }
        if (e.examples.length > 0) {
            t.add("Examples:", Text.HEAD).nl();
            for (String ex : e.examples) {
                t.add(IND).add(ex).nl();
            }
        }
        return t.done();
    }

    private enum HelpEntry {
        NEW(true, "new", "new [maxsize=N] [seed=S] [kind=fifo|lifo|priority]", "a fresh world: empty loop and queue",
                new String[] {"maxsize=0 (the default) is unbounded; seed=S seeds Python's random.Random(S);",
                        "kind picks asyncio.Queue (fifo), LifoQueue or PriorityQueue."},
                "new seed=42", "new maxsize=2 seed=7", "new kind=lifo"),
        SPAWN(true, "spawn", "spawn producer|consumer [NAME] [options]", "create_task(producer(...)), create_task(consumer(...))",
                new String[] {"producer: count=N|LO..HI (default 3..7, drawn now), delay=D|LO..HI (default 0.1..0.5,",
                        "  drawn before each sleep), sentinel=on|off (put None at the end; default on).",
                        "consumer: delay=D|LO..HI (default 0.1..0.3). Default names: P0, P1, ... and C0, C1, ...",
                        "The task's first step joins the ready queue's tail; `where NAME` shows its code."},
                "spawn producer", "spawn producer fast count=5 delay=0", "spawn consumer delay=0.2"),
        PUT(true, "put", "put ITEM", "queue.put_nowait(ITEM) from outside any task",
                new String[] {"The bare word None is the sentinel; quote an item with blanks: put \"a b\".",
                        "A full queue refuses it (QueueFull) and nothing changes."},
                "put hello", "put \"two words\"", "put None"),
        GET(true, "get", "get", "queue.get_nowait() from outside any task",
                new String[] {"An empty queue refuses (QueueEmpty). A top-level get does not call task_done()."},
                "get"),
        CANCEL(true, "cancel", "cancel NAME", "task.cancel(): delivered at the task's next step",
                new String[] {"True for a task not done yet, False for a finished one."},
                "cancel C0"),
        STEP(true, "step", "step [N]", "run handles until N more task steps ran (default 1)",
                new String[] {"Timer callbacks and skipped handles on the way run too; iterations keep their",
                        "boundaries. Stops early when the loop goes idle."},
                "step", "step 5"),
        TICK(true, "tick", "tick [N]", "finish the iteration under way, or run a whole one",
                new String[] {"An iteration runs the handles ready when it began; what they schedule waits for the next."},
                "tick", "tick 3"),
        RUN(true, "run", "run [until=T]", "iterate until idle, or until virtual time T",
                new String[] {"Ctrl-C stops a long run between two handles; the world stays consistent."},
                "run", "run until=1.5"),
        SHOW(false, "show", "show", "the whole frame again", new String[0], "show"),
        QUEUE(false, "queue", "queue", "the queue's slots and the tasks waiting in get()/put()", new String[0], "queue"),
        TASKS(false, "tasks", "tasks", "every task: state, what it awaits, progress", new String[0], "tasks"),
        READY(false, "ready", "ready", "the ready queue, in the order it will run", new String[0], "ready"),
        TIMERS(false, "timers", "timers", "the timers, earliest first", new String[0], "timers"),
        WHERE(false, "where", "where TASK", "the task's code, marked where it is suspended", new String[0],
                "where P0"),
        WHY(false, "why", "why", "the last command's last step, explained", new String[0], "why"),
        TRACE(false, "trace", "trace [N]", "the JSON Lines trace of this session (the last N lines)",
                new String[0], "trace", "trace 5"),
        HISTORY(false, "history", "history", "the commands typed in this session", new String[0], "history"),
        HELP(false, "help", "help [CMD]", "this list, or one command in detail", new String[0], "help step"),
        QUIT(false, "quit", "quit | exit", "leave (Ctrl-D too)", new String[0], "quit");

        final boolean changes;
        final String word;
        final String usage;
        final String summary;
        final String[] details;
        final String[] examples;

        HelpEntry(boolean changes, String word, String usage, String summary, String[] details, String... examples) {
            this.changes = changes;
            this.word = word;
            this.usage = usage;
            this.summary = summary;
            this.details = details;
            this.examples = examples;
        }

        static HelpEntry find(String word) {
            if ("exit".equals(word)) {
                return QUIT;
            }
            for (HelpEntry e : values()) {
                if (e.word.equals(word)) {
                    return e;
                }
            }
            return null;
        }
    }

    private static String firstWord(String command) {
        String c = command.strip();
        int sp = c.indexOf(' ');
        return sp < 0 ? c : c.substring(0, sp);
    }
}
