package looplab.view;

import looplab.world.World;
import org.jline.utils.AttributedString;

/**
 * The views' entry point: the frame shown after each command, each view alone ({@code queue},
 * {@code tasks}, {@code ready}, {@code timers}), {@code where}, {@code why}, the idle diagnosis
 * and help, each drawn by its own class from the world and the journal's facts. It only reads;
 * the same world and journal always give the same text. {@link #plain()} has no styles at all;
 * {@link #styled()} adds colour, and its strings' {@code toString()} is the same plain text.
 *
 * <p>Big worlds stay readable: the frame shows at most 12 tasks (then a summary by state), 8
 * ready handles and timers, 8 queue slots and 8 waiter names; the views alone list everything.
 */
public final class Renderer {
    private static final String IND = Text.IND;
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

    /** What the last command did and the whole world after it, compactly. */
    public AttributedString frame(World world, Journal journal) {
        Text t = text();
        FrameView.render(t, world, journal.last());
        return t.done();
    }

    /** The queue alone: every slot, the unfinished count and every waiting task. */
    public AttributedString queue(World world) {
        Text t = text();
        QueueView.render(t, world, Integer.MAX_VALUE, Integer.MAX_VALUE);
        return t.done();
    }

    /** The ready queue alone, head first, every handle labelled. */
    public AttributedString ready(World world) {
        Text t = text();
        ReadyView.render(t, world, Integer.MAX_VALUE);
        return t.done();
    }

    /** The live timers alone, earliest first. */
    public AttributedString timers(World world) {
        Text t = text();
        TimersView.render(t, world, Integer.MAX_VALUE);
        return t.done();
    }

    /** Every task, one line each: role, state, what it awaits, progress. */
    public AttributedString tasks(World world) {
        Text t = text();
        TasksView.render(t, world, null, false);
        return t.done();
    }

    /** The task's source, Python listing and Java twin, marked at the line where it is suspended. */
    public AttributedString where(World world, String taskName) {
        Text t = text();
        WhereView.render(t, world, taskName);
        return t.done();
    }

    /** The last command's last step, or what it did, explained in plain words. */
    public AttributedString why(World world, Journal journal) {
        Text t = text();
        WhyView.render(t, world, journal.last());
        return t.done();
    }

    /** When the loop is idle with tasks not done: who waits on what, and why nothing can wake them. */
    public AttributedString idleDiagnosis(World world) {
        Text t = text();
        IdleDiagnosis.render(t, world);
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
}
