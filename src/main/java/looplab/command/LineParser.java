package looplab.command;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import looplab.command.Command.Role;

/**
 * Turns the words of one line into a {@link Command}, following the oracle's
 * {@code parse_line} and {@code _check_priority_sentinel} check for check.
 */
final class LineParser {

    private static final Set<String> NEW_KEYS = Set.of("maxsize", "seed", "kind");
    private static final Set<String> PRODUCER_KEYS = Set.of("count", "delay", "sentinel");
    private static final Set<String> CONSUMER_KEYS = Set.of("delay");
    private static final Set<String> RUN_KEYS = Set.of("until");

    private static final String COMMANDS_HINT =
            "try: new, spawn, put, get, cancel, step, tick, run, or help";

    private LineParser() {
    }

    /**
     * @param kind         the kind of the world in force at this line
     * @param consoleViews whether the console-only views ({@code where}, {@code quit}, ...)
     *                     are commands here; in scripts the oracle rejects them
     */
    static Optional<Command> parse(List<Token> tokens, int lineNo, QueueKind kind, boolean consoleViews)
            throws ScriptError {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Token head = tokens.get(0);
        List<Token> rest = tokens.subList(1, tokens.size());
        String name = head.text();
        if (head.quoted()) {
            throw new ScriptError(lineNo,
                    "unknown command " + Words.quote(name) + " (a quoted word is never a command)",
                    COMMANDS_HINT);
        }
        if (Words.SCRIPT_VIEWS.contains(name) || consoleViews && Words.CONSOLE_VIEWS.contains(name)) {
            return Optional.of(new Command.View(name, rest.stream().map(Token::text).toList()));
        }
        Command command = switch (name) {
            case "new" -> parseNew(rest, lineNo);
            case "spawn" -> parseSpawn(rest, lineNo, kind);
            case "put" -> parsePut(rest, lineNo, kind);
            case "get" -> parseGet(rest, lineNo);
            case "cancel" -> parseCancel(rest, lineNo);
            case "step" -> new Command.Step(optionalCount(rest, lineNo, "step", Words.STEP));
            case "tick" -> new Command.Tick(optionalCount(rest, lineNo, "tick", Words.TICK));
            case "run" -> parseRun(rest, lineNo);
            default -> throw new ScriptError(lineNo, "unknown command " + Words.quote(name), COMMANDS_HINT);
        };
        return Optional.of(command);
    }

    private static Command parseNew(List<Token> rest, int lineNo) throws ScriptError {
        String hint = Words.tryThis(Words.NEW);
        Options opts = Options.split(rest, NEW_KEYS, lineNo, hint);
        if (!opts.positional().isEmpty()) {
            throw new ScriptError(lineNo, "unexpected word " + Words.quote(opts.positional().get(0).text())
                    + " (new takes only options)", hint);
        }
        BigInteger maxsize = BigInteger.ZERO;
        BigInteger seed = BigInteger.ZERO;
        QueueKind kind = QueueKind.FIFO;
        if (opts.has("maxsize")) {
            String v = opts.get("maxsize");
            if (!Values.isInt(v)) {
                throw new ScriptError(lineNo, "maxsize must be an integer >= 0, not " + Words.quote(v), hint);
            }
            maxsize = new BigInteger(v);
        }
        if (opts.has("seed")) {
            String v = opts.get("seed");
            if (!Values.isSeed(v)) {
                throw new ScriptError(lineNo, "seed must be an integer, not " + Words.quote(v), hint);
            }
            seed = new BigInteger(v);
        }
        if (opts.has("kind")) {
            String v = opts.get("kind");
            kind = QueueKind.fromWord(v).orElseThrow(() -> new ScriptError(lineNo,
                    "kind must be fifo, lifo or priority, not " + Words.quote(v), hint));
        }
        return new Command.New(maxsize, seed, kind);
    }

    private static Command parseSpawn(List<Token> rest, int lineNo, QueueKind kind) throws ScriptError {
        Token first = rest.isEmpty() ? null : rest.get(0);
        Optional<Role> maybeRole = first == null || first.quoted() ? Optional.empty() : Role.fromWord(first.text());
        if (maybeRole.isEmpty()) {
            String reason = first == null ? "spawn needs producer or consumer"
                    : "spawn needs producer or consumer, not " + Words.quote(first.text());
            throw new ScriptError(lineNo, reason, Words.tryThis(Words.SPAWN));
        }
        Role role = maybeRole.get();
        boolean producer = role == Role.PRODUCER;
        String hint = Words.tryThis(producer ? Words.PRODUCER : Words.CONSUMER);
        Options opts = Options.split(rest.subList(1, rest.size()),
                producer ? PRODUCER_KEYS : CONSUMER_KEYS, lineNo, hint);
        List<Token> pos = opts.positional();
        if (pos.size() > 1) {
            throw new ScriptError(lineNo, "unexpected word " + Words.quote(pos.get(1).text())
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
            throw new ScriptError(lineNo, "sentinel must be on or off, not " + Words.quote(s), hint);
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

    private static Command parsePut(List<Token> rest, int lineNo, QueueKind kind) throws ScriptError {
        if (rest.size() != 1) {
            String reason = rest.isEmpty() ? "put needs an item"
                    : "put takes one item, not " + rest.size() + " words";
            throw new ScriptError(lineNo, reason, Words.tryThis(Words.PUT));
        }
        Token t = rest.get(0);
        boolean sentinel = !t.quoted() && t.text().equals("None");
        if (sentinel && kind == QueueKind.PRIORITY) {
            throw new ScriptError(lineNo, "a priority queue cannot hold None",
                    "try: put a string instead, e.g. put \"None\"");
        }
        return new Command.Put(sentinel ? null : t.text());
    }

    private static Command parseGet(List<Token> rest, int lineNo) throws ScriptError {
        if (!rest.isEmpty()) {
            throw new ScriptError(lineNo, "get takes no words, not " + Words.quote(rest.get(0).text()),
                    Words.tryThis(Words.GET));
        }
        return new Command.Get();
    }

    private static Command parseCancel(List<Token> rest, int lineNo) throws ScriptError {
        if (rest.size() != 1) {
            String reason = rest.isEmpty() ? "cancel needs a task name"
                    : "cancel takes one task name, not " + rest.size() + " words";
            throw new ScriptError(lineNo, reason, Words.tryThis(Words.CANCEL));
        }
        return new Command.Cancel(rest.get(0).text());
    }

    /** The oracle's {@code _optional_int}: nothing means 1, else one unquoted integer. */
    private static long optionalCount(List<Token> rest, int lineNo, String what, String usage)
            throws ScriptError {
        if (rest.isEmpty()) {
            return 1;
        }
        String hint = Words.tryThis(usage);
        if (rest.size() > 1) {
            throw new ScriptError(lineNo, what + " takes at most one number, not " + rest.size() + " words", hint);
        }
        Token t = rest.get(0);
        if (t.quoted() || !Values.isInt(t.text())) {
            throw new ScriptError(lineNo, what + " needs an integer >= 0, not "
                    + (t.quoted() ? "the quoted word " : "") + Words.quote(t.text()), hint);
        }
        return Values.clampedLong(t.text());
    }

    private static Command parseRun(List<Token> rest, int lineNo) throws ScriptError {
        String hint = Words.tryThis(Words.RUN);
        Options opts = Options.split(rest, RUN_KEYS, lineNo, hint);
        if (!opts.positional().isEmpty()) {
            throw new ScriptError(lineNo, "unexpected word " + Words.quote(opts.positional().get(0).text())
                    + " (run takes only until=T)", hint);
        }
        if (!opts.has("until")) {
            return new Command.Run(OptionalDouble.empty());
        }
        String v = opts.get("until");
        if (!Values.isDecimal(v)) {
            throw new ScriptError(lineNo, "until must be a decimal >= 0, not " + Words.quote(v), hint);
        }
        return new Command.Run(OptionalDouble.of(Double.parseDouble(v)));
    }

    /** Option keys with their {@code =}, for TAB completion. */
    static List<String> optionKeys(String command, String role) {
        List<String> keys = new ArrayList<>();
        switch (command == null ? "" : command) {
            case "new" -> keys.addAll(List.of("maxsize=", "seed=", "kind="));
            case "run" -> keys.add("until=");
            case "spawn" -> {
                if ("producer".equals(role)) {
                    keys.addAll(List.of("count=", "delay=", "sentinel="));
                } else if ("consumer".equals(role)) {
                    keys.add("delay=");
                }
            }
            default -> {
            }
        }
        return List.copyOf(keys);
    }
}
