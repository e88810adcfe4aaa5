package looplab.command;

import java.util.List;

/** The language's vocabulary and usage lines, shared by the parser, its hints and TAB completion. */
final class Words {

    /** Commands that change the world, in the order of the contract's table. */
    static final List<String> COMMANDS =
            List.of("new", "spawn", "put", "get", "cancel", "step", "tick", "run");
    /** Views that conformance scripts may use (the oracle ignores them). */
    static final List<String> SCRIPT_VIEWS =
            List.of("show", "queue", "tasks", "ready", "timers", "help", "trace", "history");
    /** Views only the console knows; the oracle rejects them in a script. */
    static final List<String> CONSOLE_VIEWS = List.of("where", "why", "quit", "exit");

    static final String NEW = "new [maxsize=N] [seed=S] [kind=fifo|lifo|priority]";
    static final String SPAWN = "spawn producer|consumer [NAME] [options]";
    static final String PRODUCER =
            "spawn producer [NAME] [count=N|LO..HI] [delay=D|LO..HI] [sentinel=on|off]";
    static final String CONSUMER = "spawn consumer [NAME] [delay=D|LO..HI]";
    static final String PUT = "put ITEM (quote an item with blanks: put \"a b\"; bare None is the sentinel)";
    static final String GET = "get";
    static final String CANCEL = "cancel NAME";
    static final String STEP = "step [N] (N an integer >= 0)";
    static final String TICK = "tick [N] (N an integer >= 0)";
    static final String RUN = "run [until=T] (T a decimal >= 0)";

    private Words() {
    }

    static String tryThis(String usage) {
        return "try: " + usage;
    }

    /**
     * A word as Python's {@code repr} would show it in the oracle's messages, close enough:
     * single quotes unless the word holds one, control characters escaped so that the
     * message stays on one line.
     */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c == q) {
                        b.append('\\').append(c);
                    } else if (Character.isISOControl(c)) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(q).toString();
    }
}
