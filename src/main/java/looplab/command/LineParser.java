package looplab.command;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import looplab.command.Command.Role;
import looplab.command.CommandSpec.Context;
import looplab.command.CommandSpec.Form;
import looplab.command.CommandSpec.Option;

/**
 * Turns the words of one line into a {@link Command}: the command word picks its entry in
 * {@link Commands}, whose rule (one of the methods here) parses the rest, following the
 * oracle's {@code parse_line} and {@code _check_priority_sentinel} check for check.
 */
final class LineParser {

    private LineParser() {
    }

    /**
     * @param kind    the kind of the world in force at this line
     * @param context where the line is read; in a script the console-only views
     *                ({@code where}, {@code quit}, ...) are unknown, as the oracle has them
     */
    static Optional<Command> parse(List<Token> tokens, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Token head = tokens.get(0);
        List<Token> rest = tokens.subList(1, tokens.size());
        String name = head.text();
        if (head.quoted()) {
            throw ScriptError.unknownCommand(lineNo, name, " (a quoted word is never a command)");
        }
        Commands.Entry entry = Commands.entry(name).filter(e -> e.spec().isValidIn(context))
                .orElseThrow(() -> ScriptError.unknownCommand(lineNo, name, ""));
        return Optional.of(entry.rule().parse(entry.spec(), rest, lineNo, kind, context));
    }

    /** The option keys of {@code opts}, for {@link Options#split}. */
    private static Set<String> keys(List<Option> opts) {
        return opts.stream().map(Option::key).collect(Collectors.toSet());
    }

    static Command parseNew(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        String hint = spec.hint();
        Options opts = Options.split(rest, keys(spec.options()), lineNo, hint);
        if (!opts.positional().isEmpty()) {
            throw new ScriptError(lineNo, "unexpected word " + ScriptError.quote(opts.positional().get(0).text())
                    + " (new takes only options)", hint);
        }
        BigInteger maxsize = BigInteger.ZERO;
        BigInteger seed = BigInteger.ZERO;
        QueueKind queueKind = QueueKind.FIFO;
        if (opts.has("maxsize")) {
            String v = opts.get("maxsize");
            if (!Values.isInt(v)) {
                throw new ScriptError(lineNo, "maxsize must be an integer >= 0, not " + ScriptError.quote(v), hint);
            }
            maxsize = new BigInteger(v);
            // asyncio takes any size, and so does a script (the trace echoes it; no run reaches
            // 2^31 - 1 items, so the queue's int bound behaves the same). Typed, such a bound
            // would be shown as 2^31 - 1: refused there rather than shown wrong.
            if (context != Context.SCRIPT && maxsize.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new ScriptError(lineNo, "maxsize too large: at most " + Integer.MAX_VALUE
                        + " (0 is unbounded)", hint);
            }
        }
        if (opts.has("seed")) {
            String v = opts.get("seed");
            if (!Values.isSeed(v)) {
                throw new ScriptError(lineNo, "seed must be an integer, not " + ScriptError.quote(v), hint);
            }
            seed = new BigInteger(v);
        }
        if (opts.has("kind")) {
            String v = opts.get("kind");
            queueKind = QueueKind.fromWord(v).orElseThrow(() -> new ScriptError(lineNo,
                    "kind must be fifo, lifo or priority, not " + ScriptError.quote(v), hint));
        }
        boolean debug = false;
        if (opts.has("debug")) {
            String v = opts.get("debug");
            if (!v.equals("on") && !v.equals("off")) {
                throw new ScriptError(lineNo, "debug must be on or off, not " + ScriptError.quote(v), hint);
            }
            debug = v.equals("on");
        }
        QueueAlgorithm algorithm = QueueAlgorithm.PY311;
        if (opts.has("queue")) {
            String v = opts.get("queue");
            if (context == Context.SCRIPT) {
                // The oracle runs today's asyncio only: in a script the option is unknown to it.
                throw new ScriptError(lineNo, "queue= is not in the script language (the oracle runs today's asyncio)",
                        "try: new queue=py34 in the console or in JShell (Lab.of(\"queue=py34\"))");
            }
            algorithm = QueueAlgorithm.fromWord(v).orElseThrow(() -> new ScriptError(lineNo,
                    "queue must be py311 or py34, not " + ScriptError.quote(v), hint));
        }
        return new Command.New(maxsize, seed, queueKind, debug, algorithm);
    }

    static Command parseSpawn(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        Token first = rest.isEmpty() ? null : rest.get(0);
        Optional<Role> maybeRole = first == null || first.quoted() ? Optional.empty() : Role.fromWord(first.text());
        if (maybeRole.isEmpty()) {
            String reason = first == null ? "spawn needs producer or consumer"
                    : "spawn needs producer or consumer, not " + ScriptError.quote(first.text());
            throw new ScriptError(lineNo, reason, spec.hint());
        }
        Role role = maybeRole.get();
        boolean producer = role == Role.PRODUCER;
        Form form = spec.form(role.word()).orElseThrow();
        String hint = "try: " + form.usage();
        Options opts = Options.split(rest.subList(1, rest.size()), keys(form.options()), lineNo, hint);
        List<Token> pos = opts.positional();
        if (pos.size() > 1) {
            throw new ScriptError(lineNo, "unexpected word " + ScriptError.quote(pos.get(1).text())
                    + " (a task has one name)", hint);
        }
        String name = pos.isEmpty() ? null : pos.get(0).text();
        if (name != null && name.isEmpty()) {
            throw new ScriptError(lineNo, "a task name cannot be empty", hint);
        }
        if (!producer) {
            DelaySpec delay = opts.has("delay") ? Values.delay(opts.get("delay"), lineNo, hint)
                    : Command.Spawn.DEFAULT_CONSUMER_DELAY;
            return new Command.Spawn(role, name, null, delay, false);
        }
        CountSpec count = opts.has("count") ? Values.count(opts.get("count"), lineNo, hint)
                : Command.Spawn.DEFAULT_COUNT;
        DelaySpec delay = opts.has("delay") ? Values.delay(opts.get("delay"), lineNo, hint)
                : Command.Spawn.DEFAULT_PRODUCER_DELAY;
        String s = opts.has("sentinel") ? opts.get("sentinel") : "on";
        if (!s.equals("on") && !s.equals("off")) {
            throw new ScriptError(lineNo, "sentinel must be on or off, not " + ScriptError.quote(s), hint);
        }
        boolean sentinel = s.equals("on");
        // None cannot be ordered among strings, so a priority world has no sentinel.
        if (kind == QueueKind.PRIORITY) {
            if (sentinel && opts.has("sentinel")) {
                throw new ScriptError(lineNo,
                        "sentinel=on is not allowed in a priority world (None does not compare with str)",
                        "try: sentinel=off, the default in a priority world");
            }
            sentinel = false;
        }
        return new Command.Spawn(role, name, count, delay, sentinel);
    }

    static Command parsePut(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        if (rest.size() != 1) {
            String reason = rest.isEmpty() ? "put needs an item"
                    : "put takes one item, not " + rest.size() + " words";
            throw new ScriptError(lineNo, reason, spec.hint());
        }
        Token t = rest.get(0);
        boolean sentinel = !t.quoted() && t.text().equals("None");
        if (sentinel && kind == QueueKind.PRIORITY) {
            throw new ScriptError(lineNo, "a priority queue cannot hold None",
                    "try: put a string instead, e.g. put \"None\"");
        }
        return new Command.Put(sentinel ? null : t.text());
    }

    /**
     * {@code thread put ITEM} and {@code threadsafe put ITEM} (spec §6): the word {@code put},
     * then one item, as for {@code put}.
     */
    static Command parseOtherThread(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        String word = spec.word();
        Token first = rest.isEmpty() ? null : rest.get(0);
        if (first == null || first.quoted() || !first.text().equals("put")) {
            String reason = first == null ? word + " needs put and an item"
                    : word + " can only put, not " + (first.quoted() ? "the quoted word " : "")
                            + ScriptError.quote(first.text());
            throw new ScriptError(lineNo, reason, spec.hint());
        }
        if (rest.size() != 2) {
            String reason = rest.size() == 1 ? word + " put needs an item"
                    : word + " put takes one item, not " + (rest.size() - 1) + " words";
            throw new ScriptError(lineNo, reason, spec.hint());
        }
        Token t = rest.get(1);
        boolean sentinel = !t.quoted() && t.text().equals("None");
        if (sentinel && kind == QueueKind.PRIORITY) {
            throw new ScriptError(lineNo, "a priority queue cannot hold None",
                    "try: " + word + " put a string instead, e.g. " + word + " put \"None\"");
        }
        String item = sentinel ? null : t.text();
        return word.equals("thread") ? new Command.ThreadPut(item) : new Command.ThreadsafePut(item);
    }

    static Command parseGet(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        if (!rest.isEmpty()) {
            throw new ScriptError(lineNo, "get takes no words, not " + ScriptError.quote(rest.get(0).text()),
                    spec.hint());
        }
        return new Command.Get();
    }

    static Command parseCancel(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        if (rest.size() != 1) {
            String reason = rest.isEmpty() ? "cancel needs a task name"
                    : "cancel takes one task name, not " + rest.size() + " words";
            throw new ScriptError(lineNo, reason, spec.hint());
        }
        return new Command.Cancel(rest.get(0).text());
    }

    /** The oracle's {@code _optional_int}: nothing means 1, else one unquoted integer. */
    static long optionalCount(CommandSpec spec, List<Token> rest, int lineNo) throws ScriptError {
        if (rest.isEmpty()) {
            return 1;
        }
        String what = spec.word();
        String hint = spec.hint();
        if (rest.size() > 1) {
            throw new ScriptError(lineNo, what + " takes at most one number, not " + rest.size() + " words", hint);
        }
        Token t = rest.get(0);
        if (t.quoted() || !Values.isInt(t.text())) {
            throw new ScriptError(lineNo, what + " needs an integer >= 0, not "
                    + (t.quoted() ? "the quoted word " : "") + ScriptError.quote(t.text()), hint);
        }
        return Values.clampedLong(t.text());
    }

    static Command parseRun(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        String hint = spec.hint();
        Options opts = Options.split(rest, keys(spec.options()), lineNo, hint);
        if (!opts.positional().isEmpty()) {
            throw new ScriptError(lineNo, "unexpected word " + ScriptError.quote(opts.positional().get(0).text())
                    + " (run takes only until=T)", hint);
        }
        if (!opts.has("until")) {
            return new Command.Run(OptionalDouble.empty());
        }
        String v = opts.get("until");
        if (!Values.isDecimal(v)) {
            throw new ScriptError(lineNo, "until must be a decimal >= 0, not " + ScriptError.quote(v), hint);
        }
        return new Command.Run(OptionalDouble.of(Double.parseDouble(v)));
    }

    /** {@code timeline [FROM..TO] [by=step|iteration|time]}. */
    static Command parseTimeline(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        String hint = spec.hint();
        Options opts = Options.split(rest, keys(spec.options()), lineNo, hint);
        String by = opts.has("by") ? opts.get("by") : "step";
        if (!by.equals("step") && !by.equals("iteration") && !by.equals("time")) {
            throw new ScriptError(lineNo, "by must be step, iteration or time, not " + ScriptError.quote(by), hint);
        }
        List<Token> pos = opts.positional();
        if (pos.size() > 1) {
            throw new ScriptError(lineNo, "unexpected word " + ScriptError.quote(pos.get(1).text())
                    + " (timeline takes one FROM..TO)", hint);
        }
        if (pos.isEmpty()) {
            return new Command.View.Timeline(OptionalDouble.empty(), OptionalDouble.empty(), by);
        }
        String range = pos.get(0).text();
        int dots = range.indexOf("..");
        String lo = dots < 0 ? "" : range.substring(0, dots);
        String hi = dots < 0 ? "" : range.substring(dots + 2);
        boolean decimals = by.equals("time");
        boolean ok = decimals ? Values.isDecimal(lo) && Values.isDecimal(hi) : Values.isInt(lo) && Values.isInt(hi);
        if (pos.get(0).quoted() || !ok) {
            throw new ScriptError(lineNo, "timeline needs FROM..TO, two " + (decimals ? "times" : "numbers (integers >= 0)")
                    + ", not " + ScriptError.quote(range), hint);
        }
        double from = decimals ? Double.parseDouble(lo) : Values.clampedLong(lo);
        double to = decimals ? Double.parseDouble(hi) : Values.clampedLong(hi);
        if (from > to) {
            throw new ScriptError(lineNo, "timeline " + range + " ends before it begins", "try: timeline " + hi + ".." + lo);
        }
        return new Command.View.Timeline(OptionalDouble.of(from), OptionalDouble.of(to), by);
    }

    /** {@code goto STEP} or {@code goto t=T}. */
    static Command parseGoto(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        String hint = spec.hint();
        if (rest.size() != 1) {
            String reason = rest.isEmpty() ? "goto needs a step number or t=T"
                    : "goto takes one step number or t=T, not " + rest.size() + " words";
            throw new ScriptError(lineNo, reason, hint);
        }
        Token t = rest.get(0);
        String v = t.text();
        if (!t.quoted() && v.startsWith("t=")) {
            String time = v.substring(2);
            if (!Values.isDecimal(time)) {
                throw new ScriptError(lineNo, "t must be a decimal >= 0, not " + ScriptError.quote(time), hint);
            }
            return new Command.Travel.GoToTime(Double.parseDouble(time));
        }
        if (t.quoted() || !Values.isInt(v)) {
            throw new ScriptError(lineNo, "goto needs a step number (an integer >= 0) or t=T, not "
                    + ScriptError.quote(v), hint);
        }
        return new Command.Travel.GoTo(Values.clampedLong(v));
    }

    // ---- views: in a script their words are ignored, as the oracle ignores them (`queue x` is a
    // valid script line); typed at the console or given to the lab, a word too many is an error.

    /** The rule of a view that takes no words: in a script any words after it are ignored. */
    static Commands.Rule fixed(Command.View view) {
        return (spec, rest, lineNo, kind, context) -> {
            noMoreWords(spec, rest, 0, lineNo, context, "takes no words", spec.word());
            return view;
        };
    }

    static Command parseWhere(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        noMoreWords(spec, rest, 1, lineNo, context, "takes one task name", "where P0");
        return new Command.View.Where(rest.isEmpty() ? null : rest.get(0).text());
    }

    static Command parseHelp(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        noMoreWords(spec, rest, 1, lineNo, context, "takes one command word", "help step");
        return new Command.View.Help(rest.isEmpty() || context == Context.SCRIPT ? null : rest.get(0).text());
    }

    static Command parseExport(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        if (rest.isEmpty()) {
            return new Command.View.Export(null, null);
        }
        String format = rest.get(0).text();
        if (!format.equals("perfetto") && !format.equals("html")) {
            throw new ScriptError(lineNo, "export writes perfetto or html, not '" + format + "'",
                    "try: export html run.html, or export perfetto run.json");
        }
        if (rest.size() > 2) {
            throw new ScriptError(lineNo, "export takes one file name, not " + (rest.size() - 1) + " words",
                    "quote a name with blanks: export " + format + " \"my run." + (format.equals("html") ? "html" : "json") + "\"");
        }
        return new Command.View.Export(format, rest.size() < 2 ? null : rest.get(1).text());
    }

    /** Outside a script, refuses the words after the first {@code allowed} ones. */
    private static void noMoreWords(CommandSpec spec, List<Token> rest, int allowed, int lineNo, Context context,
                                    String takes, String example) throws ScriptError {
        if (context != Context.SCRIPT && rest.size() > allowed) {
            throw new ScriptError(lineNo, spec.word() + " " + takes + ", not " + ScriptError.quote(rest.get(allowed).text())
                    + (allowed == 0 ? "" : " after it"), "try: " + example);
        }
    }

    static Command parseTrace(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        if (rest.isEmpty() || context == Context.SCRIPT) {
            return new Command.View.Trace(OptionalInt.empty());
        }
        noMoreWords(spec, rest, 1, lineNo, context, "takes one number of lines", "trace 10");
        String arg = rest.get(0).text();
        if (!arg.matches("[0-9]{1,9}")) {
            // the console escapes control characters when it prints the message
            throw new ScriptError(lineNo, "trace takes a number of lines, not '" + arg + "'", "try: trace 10");
        }
        return new Command.View.Trace(OptionalInt.of(Integer.parseInt(arg)));
    }

    static Command parseExplore(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        boolean threads = !rest.isEmpty() && !rest.get(0).quoted() && rest.get(0).text().equals("threads");
        boolean loopWord = !rest.isEmpty() && !rest.get(0).quoted() && rest.get(0).text().equals("loop");
        Form form = spec.form(threads ? "threads" : "loop").orElseThrow();
        String hint = "try: " + form.usage();
        List<Token> words = threads || loopWord ? rest.subList(1, rest.size()) : rest;
        Options opts = Options.split(words, keys(form.options()), lineNo, hint);
        if (!opts.positional().isEmpty()) {
            String w = opts.positional().get(0).text();
            throw new ScriptError(lineNo, "unexpected word " + ScriptError.quote(w)
                    + (threads || loopWord ? "" : " (explore's mode is loop or threads)"), hint);
        }
        ExploreOptions base = threads ? ExploreOptions.THREADS : ExploreOptions.LOOP;
        boolean lock = false;
        if (opts.has("lock")) {
            lock = onOff(opts.get("lock"), "lock", lineNo, hint);
        }
        boolean reduce = true;
        if (opts.has("reduce")) {
            String v = opts.get("reduce");
            if (!v.equals("dpor") && !v.equals("none")) {
                throw new ScriptError(lineNo, "reduce must be dpor or none, not " + ScriptError.quote(v), hint);
            }
            reduce = v.equals("dpor");
        }
        int preemptions = base.preemptions();
        if (opts.has("preemptions")) {
            String v = opts.get("preemptions");
            preemptions = v.equals("all") ? -1 : (int) positive(v, "preemptions", 0, 64, lineNo, hint);
        }
        int depth = opts.has("depth") ? (int) positive(opts.get("depth"), "depth", 1, 10_000_000, lineNo, hint)
                : base.depth();
        long budget = opts.has("budget") ? positive(opts.get("budget"), "budget", 1, Long.MAX_VALUE, lineNo, hint)
                : base.budget();
        boolean deadlockOk = false;
        if (opts.has("deadlock")) {
            String v = opts.get("deadlock");
            if (!v.equals("ok") && !v.equals("error")) {
                throw new ScriptError(lineNo, "deadlock must be ok or error, not " + ScriptError.quote(v), hint);
            }
            deadlockOk = v.equals("ok");
        }
        return new Command.View.Explore(new ExploreOptions(base.mode(), lock, reduce, preemptions, depth, budget,
                deadlockOk));
    }

    private static boolean onOff(String v, String key, int lineNo, String hint) throws ScriptError {
        if (!v.equals("on") && !v.equals("off")) {
            throw new ScriptError(lineNo, key + " must be on or off, not " + ScriptError.quote(v), hint);
        }
        return v.equals("on");
    }

    private static long positive(String v, String key, long min, long max, int lineNo, String hint)
            throws ScriptError {
        if (!Values.isInt(v) || v.length() > 18 || Long.parseLong(v) < min || Long.parseLong(v) > max) {
            throw new ScriptError(lineNo, key + " must be an integer from " + min + " to "
                    + (max == Long.MAX_VALUE ? "10^18" : String.valueOf(max)) + ", not " + ScriptError.quote(v), hint);
        }
        return Long.parseLong(v);
    }

    static Command parseReplay(CommandSpec spec, List<Token> rest, int lineNo, QueueKind kind, Context context)
            throws ScriptError {
        String hint = "try: replay followed by the schedule explore printed, e.g. replay loop@0:1.0";
        if (rest.size() != 1) {
            throw new ScriptError(lineNo, rest.isEmpty() ? "replay needs a schedule"
                    : "replay takes one schedule, not " + rest.size() + " words", hint);
        }
        String text = rest.get(0).text();
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("threads:lock=(on|off):([^,\\s]+(?:,[^,\\s]+)*)")
                .matcher(text);
        if (t.matches()) {
            return new Command.Replay(text, 0, List.of(), true, t.group(1).equals("on"), List.of(t.group(2).split(",")));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("loop@([0-9]{1,18}):((?:[0-9]{1,2}(?:\\.[0-9]{1,2})*)?)")
                .matcher(text);
        if (!m.matches()) {
            throw new ScriptError(lineNo, "not a schedule: " + ScriptError.quote(text)
                    + " (explore prints them as loop@H:C.C.C or threads:lock=off:P0,P1,...)", hint);
        }
        List<Integer> choices = new java.util.ArrayList<>();
        if (!m.group(2).isEmpty()) {
            for (String c : m.group(2).split("\\.")) {
                choices.add(Integer.parseInt(c));
            }
        }
        return new Command.Replay(text, Long.parseLong(m.group(1)), choices, false, false, List.of());
    }
}
