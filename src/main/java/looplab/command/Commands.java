package looplab.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import looplab.command.CommandSpec.Context;
import looplab.command.CommandSpec.Form;
import looplab.command.CommandSpec.Operand;
import looplab.command.CommandSpec.Option;

/**
 * The registry of command words: one {@link CommandSpec} per word, each bound to the rule that
 * parses its lines. The order is {@code help}'s: the commands that change the world, in the
 * contract's order, then the views.
 */
public final class Commands {

    private static final Set<Context> EVERYWHERE = EnumSet.allOf(Context.class);
    // The oracle rejects these in a script; JShell answers them as the console does.
    private static final Set<Context> INTERACTIVE = EnumSet.of(Context.CONSOLE, Context.JSHELL);

    private static final Option DELAY = Option.free("delay", "D|LO..HI");

    private static final List<Entry> ENTRIES = List.of(
            change("new", "new [maxsize=N] [seed=S] [kind=fifo|lifo|priority] [debug=on|off] [queue=py311|py34]", "",
                    "a fresh world: empty loop and queue", LineParser::parseNew)
                    .details("maxsize=0 (the default) is unbounded; seed=S seeds Python's random.Random(S);",
                            "kind picks asyncio.Queue (fifo), LifoQueue or PriorityQueue;",
                            "debug=on is asyncio's debug mode: another thread's put that must wake a getter raises.",
                            "queue=py34 (console and JShell only) waits as Python 3.4.3's queue did: a put hands",
                            "the item to the waiting getter's future, and a getter cancelled before it runs",
                            "loses it (bpo-23812). queue=py311, today's algorithm, is the default.",
                            "Example: new queue=py34 (in a script: an invalid line, as the oracle has it).")
                    .examples("new seed=42", "new maxsize=2 seed=7", "new kind=lifo", "new debug=on")
                    .options(Option.free("maxsize", "N"), Option.free("seed", "S"),
                            Option.oneOf("kind", "fifo", "lifo", "priority"), Option.oneOf("debug", "on", "off"),
                            Option.oneOf("queue", "py311", "py34"))
                    .done(),
            change("spawn", "spawn producer|consumer [NAME] [options]", "",
                    "create_task(producer(...)), create_task(consumer(...))", LineParser::parseSpawn)
                    .details("producer: count=N|LO..HI (default 3..7, drawn now), delay=D|LO..HI (default 0.1..0.5,",
                            "  drawn before each sleep), sentinel=on|off (put None at the end; default on).",
                            "consumer: delay=D|LO..HI (default 0.1..0.3). Default names: P0, P1, ... and C0, C1, ...",
                            "The task's first step joins the ready queue's tail; `where NAME` shows its code.")
                    .examples("spawn producer", "spawn producer fast count=5 delay=0", "spawn consumer delay=0.2")
                    .forms(new Form("producer",
                                    "spawn producer [NAME] [count=N|LO..HI] [delay=D|LO..HI] [sentinel=on|off]",
                                    List.of(Option.free("count", "N|LO..HI"), DELAY, Option.oneOf("sentinel", "on", "off"))),
                            new Form("consumer", "spawn consumer [NAME] [delay=D|LO..HI]", List.of(DELAY)))
                    .done(),
            change("put", "put ITEM", "(quote an item with blanks: put \"a b\"; bare None is the sentinel)",
                    "queue.put_nowait(ITEM) from outside any task", LineParser::parsePut)
                    .details("The bare word None is the sentinel; quote an item with blanks: put \"a b\".",
                            "A full queue refuses it (QueueFull) and nothing changes.")
                    .examples("put hello", "put \"two words\"", "put None")
                    .operand(Operand.ITEM)
                    .done(),
            change("get", "get", "", "queue.get_nowait() from outside any task", LineParser::parseGet)
                    .details("An empty queue refuses (QueueEmpty). A top-level get does not call task_done().")
                    .examples("get")
                    .done(),
            change("cancel", "cancel NAME", "", "task.cancel(): delivered at the task's next step",
                    LineParser::parseCancel)
                    .details("True for a task not done yet, False for a finished one.")
                    .examples("cancel C0")
                    .operand(Operand.TASK)
                    .done(),
            change("step", "step [N]", "(N an integer >= 0)", "run handles until N more task steps ran (default 1)",
                    (spec, rest, lineNo, kind, context) -> new Command.Step(LineParser.optionalCount(spec, rest, lineNo)))
                    .details("Timer callbacks and skipped handles on the way run too; iterations keep their",
                            "boundaries. Stops early when the loop goes idle.")
                    .examples("step", "step 5")
                    .operand(Operand.NUMBER)
                    .done(),
            change("tick", "tick [N]", "(N an integer >= 0)", "finish the iteration under way, or run a whole one",
                    (spec, rest, lineNo, kind, context) -> new Command.Tick(LineParser.optionalCount(spec, rest, lineNo)))
                    .details("An iteration runs the handles ready when it began; what they schedule waits for the next.")
                    .examples("tick", "tick 3")
                    .operand(Operand.NUMBER)
                    .done(),
            change("run", "run [until=T]", "(T a decimal >= 0)", "iterate until idle, or until virtual time T",
                    LineParser::parseRun)
                    .details("Ctrl-C stops a long run between two handles; the world stays consistent.")
                    .examples("run", "run until=1.5")
                    .options(Option.free("until", "T"))
                    .done(),
            change("thread", "thread put ITEM", "(quote an item with blanks; bare None is the sentinel)",
                    "put_nowait(ITEM) from another thread: wakes nothing", LineParser::parseOtherThread)
                    .details("The item is stored and a waiting getter's wake-up joins the ready queue, but a loop",
                            "asleep in its selector (nothing ready) sleeps on until its next timer; with no timer",
                            "it is stuck. With debug=on, waking a getter raises RuntimeError after the item was",
                            "stored, and that getter never resumes. asyncio.Queue is not thread-safe.")
                    .examples("thread put x", "thread put \"two words\"")
                    .forms(new Form("put", "thread put ITEM", List.of()))
                    .done(),
            change("threadsafe", "threadsafe put ITEM", "(quote an item with blanks; bare None is the sentinel)",
                    "call_soon_threadsafe(put_nowait, ITEM) from a thread", LineParser::parseOtherThread)
                    .details("The right way in from another thread: the handle wakes the loop, and the put runs",
                            "in the loop's thread, in the next iteration (a full queue refuses it there).")
                    .examples("threadsafe put x")
                    .forms(new Form("put", "threadsafe put ITEM", List.of()))
                    .done(),
            travel("back", "back [N]", "(N an integer >= 0)", "show the world N task steps earlier (default 1)",
                    (spec, rest, lineNo, kind, context) ->
                            new Command.Travel.Back(LineParser.optionalCount(spec, rest, lineNo)))
                    .details("The frame is the one the world had then, replayed exactly; the status line says",
                            "`viewing step K of N`. `forward` and `goto` move again; a command that changes the",
                            "world continues from the moment shown, and the steps after it are discarded.")
                    .examples("back", "back 5")
                    .operand(Operand.NUMBER)
                    .done(),
            travel("forward", "forward [N]", "(N an integer >= 0)", "after back: show the world N task steps later",
                    (spec, rest, lineNo, kind, context) ->
                            new Command.Travel.Forward(LineParser.optionalCount(spec, rest, lineNo)))
                    .details("Reaching the last step returns to the present.")
                    .examples("forward", "forward 5")
                    .operand(Operand.NUMBER)
                    .done(),
            travel("goto", "goto STEP | goto t=T", "(STEP an integer >= 0, T a decimal >= 0)",
                    "show the world right after task step STEP, or at virtual time T", LineParser::parseGoto)
                    .details("goto 0 is the start, before the first step; goto t=T is the moment right after the",
                            "last step at or before time T. `timeline` shows the step numbers.")
                    .examples("goto 12", "goto 0", "goto t=0.5")
                    .operand(Operand.NUMBER)
                    .done(),
            interactiveChange("replay", "replay SCHEDULE", "(a schedule string that explore printed)",
                    "run the loop in a schedule's order from here on", LineParser::parseReplay)
                    .details("explore prints the shortest failing schedule as a string; replay loads it, so that",
                            "step, tick, run and why walk through it. loop@H:1.0.2 fits the world explore ran on, at",
                            "the point where it ran (after H handles); after it, asyncio's order. threads:lock=off:P0,P1",
                            "restarts the world with its producers and consumers as threads, one thread step per step.")
                    .examples("replay loop@0:1.0", "replay threads:lock=off:P0,P0,P1,P1,P0")
                    .done(),
            view("show", "show", "the whole frame again", EVERYWHERE, LineParser.fixed(new Command.View.Show())).done(),
            view("queue", "queue", "the queue's slots and the tasks waiting in get()/put()", EVERYWHERE,
                    LineParser.fixed(new Command.View.Queue())).done(),
            view("tasks", "tasks", "every task: state, what it awaits, progress", EVERYWHERE,
                    LineParser.fixed(new Command.View.Tasks())).done(),
            view("ready", "ready", "the ready queue, in the order it will run", EVERYWHERE,
                    LineParser.fixed(new Command.View.Ready())).done(),
            view("timers", "timers", "the timers, earliest first", EVERYWHERE, LineParser.fixed(new Command.View.Timers())).done(),
            view("where", "where TASK", "the task's code, marked where it is suspended", INTERACTIVE,
                    LineParser::parseWhere)
                    .examples("where P0")
                    .operand(Operand.TASK)
                    .done(),
            view("why", "why", "the last command's last step, explained", INTERACTIVE,
                    LineParser.fixed(new Command.View.Why())).done(),
            view("trace", "trace [N]", "the JSON Lines trace of this session (the last 50 lines, or the last N)", EVERYWHERE,
                    LineParser::parseTrace)
                    .examples("trace", "trace 5")
                    .operand(Operand.NUMBER)
                    .done(),
            view("export", "export KIND FILE", "write the whole run to FILE: KIND perfetto (a trace) or html (a replay page)",
                    INTERACTIVE, LineParser::parseExport)
                    .details("perfetto: Trace Event Format JSON; open it at ui.perfetto.dev or in chrome://tracing.",
                            "html: one self-contained page that replays the run step by step in any browser.",
                            "Both replay what this session applied; the world does not change.")
                    .examples("export html run.html", "export perfetto run.json")
                    .forms(new Form("perfetto", "export perfetto FILE", List.of()),
                            new Form("html", "export html FILE", List.of()))
                    .done(),
            view("history", "history", "the commands typed in this session", EVERYWHERE,
                    LineParser.fixed(new Command.View.History())).done(),
            view("help", "help [CMD]", "this list, or one command in detail", EVERYWHERE, LineParser::parseHelp)
                    .examples("help step")
                    .operand(Operand.TOPIC)
                    .done(),
            view("timeline", "timeline [FROM..TO] [by=step|iteration|time]", "the run as swimlanes: one row per task",
                    INTERACTIVE, LineParser::parseTimeline)
                    .details("One column per task step (by=iteration: per iteration, by=time: per slice of virtual",
                            "time); each cell what the task was doing: running, ready, waiting in get() or put(),",
                            "sleeping, done, cancelled, failed. Marks where iterations begin and the step shown;",
                            "the queue's length below. FROM..TO picks the columns (steps, iterations or times);",
                            "without it, the latest that fit the terminal's width.")
                    .examples("timeline", "timeline 1..20", "timeline by=iteration", "timeline 0..1.5 by=time")
                    .options(Option.oneOf("by", "step", "iteration", "time"))
                    .done(),
            view("watch", "watch", "full screen: the world redrawn in place after every key", INTERACTIVE,
                    LineParser.fixed(new Command.View.Watch()))
                    .details("space or s steps, t ticks, r runs (any key stops it; + and - change its pace), b and f",
                            "go back and forward, : types a command, ? lists the keys, q comes back here.",
                            "Needs a terminal: in a pipe, a file or a dumb terminal it is refused. --watch starts in it.")
                    .done(),
            view("explore", "explore [loop|threads]", "every schedule of this world, checked", INTERACTIVE,
                    LineParser::parseExplore)
                    .details("loop (the default): every order of each iteration's batch of ready handles, reduced",
                            "  by partial order (DPOR with sleep sets; reduce=none counts them all); then the same",
                            "  tasks as threads, without and with a lock, side by side.",
                            "threads: the producers and consumers as threads over an unsynchronised buffer, put and",
                            "  get in their real steps (read the index, store or load the slot, write the index);",
                            "  lock=on wraps each in a lock; at most preemptions=N switches away from a running thread.",
                            "Checked on every schedule: no item lost or taken twice, each producer's items in order,",
                            "  no task failed, no deadlock (deadlock=ok when the script means one). Bounds: depth=N",
                            "  steps per schedule, budget=N schedules. Ctrl-C stops it with what it covered.")
                    .examples("explore", "explore threads", "explore threads lock=on")
                    .forms(new Form("loop", "explore [loop] [reduce=dpor|none] [depth=N] [budget=N] [deadlock=ok|error]",
                                    List.of(Option.oneOf("reduce", "dpor", "none"), Option.free("depth", "N"),
                                            Option.free("budget", "N"), Option.oneOf("deadlock", "ok", "error"))),
                            new Form("threads", "explore threads [lock=on|off] [preemptions=N|all] [reduce=dpor|none]"
                                    + " [depth=N] [budget=N] [deadlock=ok|error]",
                                    List.of(Option.oneOf("lock", "on", "off"), Option.free("preemptions", "N|all"),
                                            Option.oneOf("reduce", "dpor", "none"), Option.free("depth", "N"),
                                            Option.free("budget", "N"), Option.oneOf("deadlock", "ok", "error"))))
                    .done(),
            view("quit", "quit | exit", "leave (Ctrl-D too)", INTERACTIVE, LineParser.fixed(new Command.View.Quit()))
                    .aliases("exit")
                    .done());

    private static final List<CommandSpec> SPECS = ENTRIES.stream().map(Entry::spec).toList();

    private Commands() {
    }

    /** Every command, in {@code help}'s order. */
    public static List<CommandSpec> all() {
        return SPECS;
    }

    /** The command called {@code word} (its word or an alias), wherever it is valid. */
    public static Optional<CommandSpec> find(String word) {
        return entry(word).map(Entry::spec);
    }

    /** The command called {@code word} if it is a command in {@code context}. */
    public static Optional<CommandSpec> find(String word, Context context) {
        return find(word).filter(s -> s.isValidIn(context));
    }

    /**
     * Every word (aliases after their command) that is a command in {@code context}: those that
     * change the world, then the views scripts know too, then the console's own. A "did you mean"
     * tie goes to the earlier word, so this order is part of the console's behaviour.
     */
    public static List<String> words(Context context) {
        return SPECS.stream().filter(s -> s.isValidIn(context))
                .sorted(Comparator.comparing((CommandSpec s) -> !s.changesWorld())
                        .thenComparing(s -> !s.isValidIn(Context.SCRIPT)))
                .flatMap(s -> s.words().stream()).toList();
    }

    /** What an unknown command suggests: the commands of the language that change the world, and help. */
    public static String commandsHint() {
        return "try: " + SPECS.stream().filter(s -> s.changesWorld() && s.isValidIn(Context.SCRIPT)).map(CommandSpec::word)
                .collect(Collectors.joining(", ")) + ", or help";
    }

    /**
     * The word of {@code context} nearest to a misspelt {@code word}, if one is at most two
     * edits away (the first of the nearest, in {@link #words} order).
     */
    public static Optional<String> closest(String word, Context context) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : words(context)) {
            if (Math.abs(word.length() - candidate.length()) >= bestDistance) {
                continue;        // too far already (and a long word costs nothing)
            }
            int d = distance(word, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, with a swap of two neighbours counting one (Damerau). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The entry of the command called {@code word}. */
    static Optional<Entry> entry(String word) {
        return ENTRIES.stream().filter(e -> e.spec().isCalled(word)).findFirst();
    }

    /** Parses the words after a command word into its command. */
    @FunctionalInterface
    interface Rule {
        Command parse(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
                throws ScriptError;
    }

    /** A command's spec and the rule that parses its lines. */
    record Entry(CommandSpec spec, Rule rule) {
    }

    private static Builder change(String word, String usage, String usageNote, String summary, Rule rule) {
        return new Builder(word, EVERYWHERE, true, usage, usageNote, summary, rule);
    }

    // A move in time changes what is shown, not the world; scripts do not know it (the oracle refuses it).
    private static Builder travel(String word, String usage, String usageNote, String summary, Rule rule) {
        return new Builder(word, INTERACTIVE, false, usage, usageNote, summary, rule);
    }

    private static Builder interactiveChange(String word, String usage, String usageNote, String summary, Rule rule) {
        return new Builder(word, INTERACTIVE, true, usage, usageNote, summary, rule);
    }

    private static Builder view(String word, String usage, String summary, Set<Context> validIn, Rule rule) {
        return new Builder(word, validIn, false, usage, "", summary, rule).examples(word);
    }

    /** Keeps the table above readable: the parts a command lacks stay empty. */
    private static final class Builder {
        private final String word;
        private final Set<Context> validIn;
        private final boolean changes;
        private final String usage;
        private final String usageNote;
        private final String summary;
        private final Rule rule;
        private List<String> aliases = List.of();
        private List<String> details = List.of();
        private List<String> examples = List.of();
        private Operand operand = Operand.NONE;
        private List<Option> options = List.of();
        private final List<Form> forms = new ArrayList<>();

        Builder(String word, Set<Context> validIn, boolean changes, String usage, String usageNote, String summary,
                Rule rule) {
            this.word = word;
            this.validIn = validIn;
            this.changes = changes;
            this.usage = usage;
            this.usageNote = usageNote;
            this.summary = summary;
            this.rule = rule;
        }

        Builder aliases(String... words) {
            aliases = List.of(words);
            return this;
        }

        Builder details(String... lines) {
            details = List.of(lines);
            return this;
        }

        Builder examples(String... lines) {
            examples = List.of(lines);
            return this;
        }

        Builder operand(Operand o) {
            operand = o;
            return this;
        }

        Builder options(Option... opts) {
            options = List.of(opts);
            return this;
        }

        Builder forms(Form... fs) {
            forms.addAll(List.of(fs));
            operand = Operand.FORM;
            return this;
        }

        Entry done() {
            return new Entry(new CommandSpec(word, aliases, validIn, changes, usage, usageNote, summary, details,
                    examples, operand, options, forms), rule);
        }
    }
}
