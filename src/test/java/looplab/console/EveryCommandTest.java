package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import looplab.command.Command;
import looplab.command.Command.View;
import looplab.command.CommandSpec;
import looplab.command.CommandSpec.Context;
import looplab.command.CommandSpec.Form;
import looplab.command.CommandSpec.Operand;
import looplab.command.CommandSpec.Option;
import looplab.command.Commands;
import looplab.command.Parser;
import looplab.command.QueueKind;
import looplab.command.ScriptError;
import looplab.view.HelpView;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered command has help, completion and a parse round trip, and every view record
 * has a registered word: what {@link Commands} says is what the console does.
 */
class EveryCommandTest {
    private static final List<String> TASKS = List.of("P0", "C 1");
    private final ConsoleCompleter completer = new ConsoleCompleter(() -> TASKS);

    @TestFactory
    List<DynamicTest> everyCommand() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CommandSpec spec : Commands.all()) {
            tests.add(DynamicTest.dynamicTest(spec.word() + ": help", () -> help(spec)));
            tests.add(DynamicTest.dynamicTest(spec.word() + ": completion", () -> completion(spec)));
            tests.add(DynamicTest.dynamicTest(spec.word() + ": round trip", () -> roundTrip(spec)));
        }
        return tests;
    }

    private static void help(CommandSpec spec) {
        String index = HelpView.plain().index().toString();
        assertThat(index).contains(spec.usage()).contains(spec.summary());
        assertThat(spec.examples()).isNotEmpty();
        for (String word : spec.words()) {
            String topic = HelpView.plain().topic(word) + "\n";
            assertThat(topic).startsWith(spec.usage() + "\n  " + spec.summary() + "\n");
            spec.details().forEach(line -> assertThat(topic).contains("\n  " + line + "\n"));
            spec.examples().forEach(ex -> assertThat(topic).contains("\n  " + ex + "\n"));
        }
        for (Option o : allOptions(spec)) {
            assertThat(spec.usage() + " " + spec.forms().stream().map(Form::usage).toList())
                    .as("usage shows %s", o.key()).contains("[" + o.keyword() + o.placeholder() + "]");
        }
    }

    private void completion(CommandSpec spec) {
        for (String word : spec.words()) {
            assertThat(complete("")).contains(word);
            assertThat(complete(word.substring(0, 1))).contains(word);
            assertThat(complete("help ")).contains(word);
        }
        switch (spec.operand()) {
            case FORM -> assertThat(complete(spec.word() + " "))
                    .containsExactlyElementsOf(spec.forms().stream().map(Form::word).toList());
            case TASK -> assertThat(complete(spec.word() + " ")).containsExactly("P0", "\"C 1\"");
            case TOPIC -> assertThat(complete(spec.word() + " ")).containsExactlyElementsOf(Commands.words(Context.CONSOLE));
            default -> assertThat(complete(spec.word() + " "))
                    .containsExactlyElementsOf(spec.options().stream().map(Option::keyword).toList());
        }
        List<String> heads = spec.forms().isEmpty() ? List.of(spec.word())
                : spec.forms().stream().map(f -> spec.word() + " " + f.word()).toList();
        for (String head : heads) {
            String form = spec.forms().isEmpty() ? null : head.substring(head.indexOf(' ') + 1);
            for (Option o : spec.options(form)) {
                assertThat(complete(head + " " + o.keyword()))
                        .containsExactlyElementsOf(o.values().stream().map(v -> o.keyword() + v).toList());
                assertThat(complete(head + " " + o.keyword() + "x ")).doesNotContain(o.keyword());
            }
        }
    }

    private static void roundTrip(CommandSpec spec) throws ScriptError {
        for (String example : spec.examples()) {
            Command c = parse(example);
            assertThat(c instanceof View || c instanceof Command.Travel).as(example).isEqualTo(!spec.changesWorld());
            assertThat(parse(line(c))).as(example + " -> " + line(c)).isEqualTo(c);
            for (String word : spec.words()) {
                String other = word + example.substring(spec.word().length());
                assertThat(parse(other)).as(other).isEqualTo(c);
            }
            byte[] script = (example + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ScriptError e = catchThrowableOfType(ScriptError.class, () -> Parser.parseScript(script));
            if (spec.isValidIn(Context.SCRIPT)) {
                assertThat(e).as(example).isNull();
            } else {
                assertThat(e.reason()).isEqualTo("unknown command '" + spec.word() + "'");
            }
        }
    }

    @Test
    void commandsThatAreNotExamplesRoundTripToo() throws ScriptError {
        for (String text : List.of("spawn producer \"a b\" count=2..9 delay=0.25 sentinel=off",
                "spawn consumer \"#c\" delay=1..1", "new maxsize=3 seed=-123456789012345678901234567890 kind=priority",
                "new queue=py34 kind=lifo",
                "put \"None\"", "put \"\"", "run until=0.1", "step 0", "tick 99999999999999999999",
                "where \"C 1\"", "trace 0", "help nope", "back 0", "goto 99999999999999999999", "goto t=2.50")) {
            Command c = parse(text);
            assertThat(parse(line(c))).as(text).isEqualTo(c);
        }
    }

    @Test
    void everyViewAndMoveInTimeHasARegisteredWord() throws ScriptError {
        Set<Class<?>> parsed = new HashSet<>();
        for (CommandSpec spec : Commands.all()) {
            if (!spec.changesWorld()) {
                for (String example : spec.examples()) {
                    parsed.add(parse(example).getClass());
                }
            }
        }
        assertThat(parsed).containsAll(List.of(View.class.getPermittedSubclasses()))
                .containsAll(List.of(Command.Travel.class.getPermittedSubclasses()));
    }

    @Test
    void theRegistryHasOneSpecPerWord() {
        List<String> words = Commands.words(Context.CONSOLE);
        assertThat(words).doesNotHaveDuplicates().hasSize(Commands.all().stream().mapToInt(s -> s.words().size()).sum());
        for (CommandSpec spec : Commands.all()) {
            assertThat(spec.isValidIn(Context.CONSOLE)).isTrue();
            assertThat(spec.isValidIn(Context.JSHELL)).isTrue();
            spec.words().forEach(w -> assertThat(Commands.find(w)).contains(spec));
            assertThat(spec.operand() == Operand.FORM).isEqualTo(!spec.forms().isEmpty());
        }
    }

    private List<String> complete(String line) {
        List<String> words = new ArrayList<>(List.of(line.split(" ", -1)));
        int index = words.size() - 1;
        return completer.candidates(words, index, words.get(index)).stream().map(Candidate::value).toList();
    }

    private static Command parse(String line) throws ScriptError {
        return Parser.parseLine(line, 0, QueueKind.FIFO).orElseThrow();
    }

    private static List<Option> allOptions(CommandSpec spec) {
        List<Option> all = new ArrayList<>(spec.options());
        spec.forms().forEach(f -> all.addAll(f.options()));
        return all;
    }

    /** A line that writes {@code c} back, quoting every word a user chose. */
    private static String line(Command c) {
        if (c instanceof View v) {
            return v.accept(VIEW_LINE);
        } else if (c instanceof Command.Travel.Back b) {
            return "back " + b.n();
        } else if (c instanceof Command.Travel.Forward f) {
            return "forward " + f.n();
        } else if (c instanceof Command.Travel.GoTo g) {
            return "goto " + g.step();
        } else if (c instanceof Command.Travel.GoToTime g) {
            return "goto t=" + number(g.time());
        } else if (c instanceof Command.New n) {
            return "new maxsize=" + n.maxsize() + " seed=" + n.seed() + " kind=" + n.kind().word()
                    + " debug=" + (n.debug() ? "on" : "off")
                    + " queue=" + n.algorithm().word();
        } else if (c instanceof Command.Spawn s) {
            String name = s.name() == null ? "" : " \"" + s.name() + "\"";
            String delay = " delay=" + number(s.delay().lo()) + (s.delay().range() ? ".." + number(s.delay().hi()) : "");
            if (s.role() == Command.Role.CONSUMER) {
                return "spawn consumer" + name + delay;
            }
            return "spawn producer" + name + " count=" + s.count() + delay + " sentinel=" + (s.sentinel() ? "on" : "off");
        } else if (c instanceof Command.Put p) {
            return p.isSentinel() ? "put None" : "put \"" + p.item() + "\"";
        } else if (c instanceof Command.ThreadPut p) {
            return p.item() == null ? "thread put None" : "thread put \"" + p.item() + "\"";
        } else if (c instanceof Command.ThreadsafePut p) {
            return p.item() == null ? "threadsafe put None" : "threadsafe put \"" + p.item() + "\"";
        } else if (c instanceof Command.Get) {
            return "get";
        } else if (c instanceof Command.Cancel k) {
            return "cancel \"" + k.name() + "\"";
        } else if (c instanceof Command.Step s) {
            return "step " + s.n();
        } else if (c instanceof Command.Tick t) {
            return "tick " + t.n();
        } else if (c instanceof Command.Run r) {
            return r.until().isPresent() ? "run until=" + number(r.until().getAsDouble()) : "run";
        } else if (c instanceof Command.Replay r) {
            return "replay \"" + r.schedule() + "\"";
        }
        throw new AssertionError(c);
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).toPlainString();
    }

    private static final View.Visitor<String> VIEW_LINE = new View.Visitor<>() {
        @Override public String show(View.Show v) { return "show"; }
        @Override public String queue(View.Queue v) { return "queue"; }
        @Override public String tasks(View.Tasks v) { return "tasks"; }
        @Override public String ready(View.Ready v) { return "ready"; }
        @Override public String timers(View.Timers v) { return "timers"; }
        @Override public String where(View.Where v) { return v.task() == null ? "where" : "where \"" + v.task() + "\""; }
        @Override public String why(View.Why v) { return "why"; }
        @Override public String trace(View.Trace v) { return v.lines().isEmpty() ? "trace" : "trace " + v.lines().getAsInt(); }
        @Override public String history(View.History v) { return "history"; }
        @Override public String help(View.Help v) { return v.topic() == null ? "help" : "help \"" + v.topic() + "\""; }
        @Override public String export(View.Export v) {
            return v.format() == null ? "export" : "export " + v.format() + (v.file() == null ? "" : " \"" + v.file() + "\"");
        }
        @Override public String quit(View.Quit v) { return "quit"; }
        @Override public String watch(View.Watch v) { return "watch"; }
        @Override public String explore(View.Explore v) {
            var o = v.options();
            boolean threads = o.mode() == looplab.command.ExploreOptions.Mode.THREADS;
            return "explore " + (threads ? "threads lock=" + (o.lock() ? "on" : "off") + " preemptions="
                    + (o.preemptions() < 0 ? "all" : o.preemptions()) : "loop")
                    + " reduce=" + (o.reduce() ? "dpor" : "none") + " depth=" + o.depth() + " budget=" + o.budget()
                    + " deadlock=" + (o.deadlockExpected() ? "ok" : "error");
        }
    };
}
