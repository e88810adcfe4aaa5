package looplab.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import looplab.command.Command.Role;
import looplab.command.CommandSpec.Context;

/** Unit tests of {@link Parser}: each command's valid forms, and each invalid form's error. */
class ParserTest {

    private static Command parse(String line) throws ScriptError {
        return parse(line, QueueKind.FIFO);
    }

    private static Command parse(String line, QueueKind kind) throws ScriptError {
        return Parser.parseLine(line, 7, kind).orElseThrow();
    }

    /** The error for {@code line}, parsed as line 7 in a fifo world. */
    private static ScriptError error(String line) {
        return error(line, QueueKind.FIFO);
    }

    private static ScriptError error(String line, QueueKind kind) {
        ScriptError e = catchThrowableOfType(ScriptError.class, () -> Parser.parseLine(line, 7, kind));
        assertThat(e).as("%s should be invalid", line).isNotNull();
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).isEqualTo("line 7: " + e.reason()).doesNotContain("\n");
        assertThat(e.hint()).startsWith("try: ").doesNotContain("\n");
        return e;
    }

    private static List<Line> script(String text) throws ScriptError {
        return Parser.parseScript(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ScriptError scriptError(byte[] bytes) {
        ScriptError e = catchThrowableOfType(ScriptError.class, () -> Parser.parseScript(bytes));
        assertThat(e).isNotNull();
        return e;
    }

    @Nested
    class Tokenizing {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t\f\u000B\r", "# comment", "  #", "#\"unbalanced"})
        void blankAndCommentLinesAreNothing(String line) throws ScriptError {
            assertThat(Parser.parseLine(line, 1, QueueKind.FIFO)).isEmpty();
        }

        @Test
        void quotedWordsStandAloneAndKeepBlanksAndHashes() throws ScriptError {
            assertThat(parse("put \"a b # c\"")).isEqualTo(new Command.Put("a b # c"));
            assertThat(parse("put \"x\"#comment")).isEqualTo(new Command.Put("x"));
            assertThat(parse("put \"\"")).isEqualTo(new Command.Put(""));
            assertThat(parse("put \"\\\"")).as("no escapes").isEqualTo(new Command.Put("\\"));
        }

        @Test
        void anUnquotedHashStartsACommentEvenMidWord() throws ScriptError {
            assertThat(parse("put ab#cd e f")).isEqualTo(new Command.Put("ab"));
            assertThat(parse("step#5")).isEqualTo(new Command.Step(1));
        }

        @Test
        void blanksAreOnlyTheAsciiOnes() throws ScriptError {
            assertThat(parse("\u000Bput\fx\r")).isEqualTo(new Command.Put("x"));
            assertThat(parse("put a\u00a0b")).isEqualTo(new Command.Put("a\u00a0b"));
            assertThat(error("put\u3000x").reason()).startsWith("unknown command");
        }

        @Test
        void quoteErrors() {
            assertThat(error("put \"a").reason()).isEqualTo("unterminated quote");
            assertThat(error("put \"a\"b").reason()).isEqualTo("a closing quote must end the word");
            assertThat(error("put \"a\"\"b\"").reason()).isEqualTo("a closing quote must end the word");
            assertThat(error("put ab\"c\"").reason()).isEqualTo("a quote must start a word");
            assertThat(error("put x\"").reason()).isEqualTo("a quote must start a word");
            assertThat(error("show \"x").reason()).as("even after a view").isEqualTo("unterminated quote");
        }

        @Test
        void aQuotedFirstWordIsNeverACommand() {
            assertThat(error("\"spawn\" producer").reason()).startsWith("unknown command 'spawn'");
            assertThat(error("\"\"").reason()).startsWith("unknown command ''");
        }

        @ParameterizedTest
        @ValueSource(strings = {"frob", "Spawn producer", "PUT x", "NEW", "Show", "views"})
        void keywordsAreCaseSensitive(String line) {
            assertThat(error(line).reason()).startsWith("unknown command");
        }
    }

    @Nested
    class New {

        @Test
        void defaults() throws ScriptError {
            assertThat(parse("new")).isEqualTo(Command.New.DEFAULT)
                    .isEqualTo(new Command.New(BigInteger.ZERO, BigInteger.ZERO, QueueKind.FIFO));
        }

        @Test
        void queuePy34IsAConsoleAndJShellOption() throws ScriptError {
            assertThat(parse("new queue=py34 maxsize=1"))
                    .isEqualTo(new Command.New(BigInteger.ONE, BigInteger.ZERO, QueueKind.FIFO, QueueAlgorithm.PY34));
            assertThat(parse("new queue=py311")).isEqualTo(Command.New.DEFAULT);
            assertThat(error("new queue=py35").reason()).isEqualTo("queue must be py311 or py34, not 'py35'");
            // The oracle runs today's asyncio only: a script that asks for 3.4's queue is invalid, as there.
            ScriptError e = scriptError("new queue=py34\n".getBytes(StandardCharsets.UTF_8));
            assertThat(e.reason()).isEqualTo("queue= is not in the script language (the oracle runs today's asyncio)");
            assertThat(e.hint()).contains("new queue=py34 in the console");
        }

        @Test
        void optionsInAnyOrderAndOfAnySize() throws ScriptError {
            assertThat(script("new kind=priority seed=-123456789012345678901234567890 maxsize=99999999999999999999\n")
                    .get(0).command())
                    .isEqualTo(new Command.New(new BigInteger("99999999999999999999"),
                            new BigInteger("-123456789012345678901234567890"), QueueKind.PRIORITY));
            assertThat(parse("new maxsize=007 kind=lifo#c"))
                    .isEqualTo(new Command.New(BigInteger.valueOf(7), BigInteger.ZERO, QueueKind.LIFO));
        }

        @Test
        void debugIsOnOrOff() throws ScriptError {
            assertThat(parse("new debug=on")).isEqualTo(new Command.New(BigInteger.ZERO, BigInteger.ZERO,
                    QueueKind.FIFO, true));
            assertThat(parse("new debug=off seed=3")).isEqualTo(new Command.New(BigInteger.ZERO, BigInteger.valueOf(3),
                    QueueKind.FIFO, false));
        }

        /** A script takes any bound, as the oracle does; typed, one the console cannot show is refused. */
        @Test
        void aBoundAboveTheIntRangeIsRefusedWhenTyped() throws ScriptError {
            assertThat(error("new maxsize=99999999999999999999").reason())
                    .isEqualTo("maxsize too large: at most 2147483647 (0 is unbounded)");
            assertThat(parse("new maxsize=2147483647"))
                    .isEqualTo(new Command.New(BigInteger.valueOf(Integer.MAX_VALUE), BigInteger.ZERO, QueueKind.FIFO));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "new foo=1               | unknown option 'foo'",
            "new Kind=fifo           | unknown option 'Kind'",
            "new =5                  | unknown option ''",
            "new maxsize=1 maxsize=2 | option 'maxsize' given twice",
            "new kind=               | option 'kind' needs a value",
            "new x                   | unexpected word 'x' (new takes only options)",
            "new \"kind=lifo\"       | unexpected word 'kind=lifo' (new takes only options)",
            "new maxsize=-1          | maxsize must be an integer >= 0, not '-1'",
            "new maxsize==1          | maxsize must be an integer >= 0, not '=1'",
            "new maxsize=1.0         | maxsize must be an integer >= 0, not '1.0'",
            "new seed=1.5            | seed must be an integer, not '1.5'",
            "new seed=+1             | seed must be an integer, not '+1'",
            "new seed=--1            | seed must be an integer, not '--1'",
            "new kind=FIFO           | kind must be fifo, lifo or priority, not 'FIFO'",
            "new kind=heap           | kind must be fifo, lifo or priority, not 'heap'",
            "new debug=maybe         | debug must be on or off, not 'maybe'",
            "new debug=ON            | debug must be on or off, not 'ON'",
        })
        void errors(String line, String reason) {
            ScriptError e = error(line);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.hint()).isEqualTo("try: new [maxsize=N] [seed=S] [kind=fifo|lifo|priority] [debug=on|off] [queue=py311|py34]");
        }
    }

    @Nested
    class Spawn {

        @Test
        void producerDefaults() throws ScriptError {
            assertThat(parse("spawn producer")).isEqualTo(new Command.Spawn(Role.PRODUCER, null,
                    CountSpec.range(3, 7), DelaySpec.range(0.1, 0.5), true));
        }

        @Test
        void consumerDefaults() throws ScriptError {
            assertThat(parse("spawn consumer")).isEqualTo(new Command.Spawn(Role.CONSUMER, null,
                    null, DelaySpec.range(0.1, 0.3), false));
        }

        @Test
        void theNameMayStandAmongOptions() throws ScriptError {
            assertThat(parse("spawn producer count=2 alpha delay=0 sentinel=off"))
                    .isEqualTo(new Command.Spawn(Role.PRODUCER, "alpha", CountSpec.fixed(2),
                            DelaySpec.fixed(0.0), false));
            assertThat(parse("spawn consumer delay=0.25..0.25 \"two words\""))
                    .isEqualTo(new Command.Spawn(Role.CONSUMER, "two words", null,
                            DelaySpec.range(0.25, 0.25), false));
        }

        @Test
        void aQuotedOptionIsAName() throws ScriptError {
            assertThat(((Command.Spawn) parse("spawn producer \"count=3\"")).name()).isEqualTo("count=3");
            assertThat(((Command.Spawn) parse("spawn producer None")).name()).isEqualTo("None");
        }

        @Test
        void countsAndDelays() throws ScriptError {
            Command.Spawn s = (Command.Spawn) parse("spawn producer count=3..3 delay=0.1..0.10000000000000000001");
            assertThat(s.count()).isEqualTo(CountSpec.range(3, 3));
            assertThat(s.count().range()).as("LO..LO still draws").isTrue();
            assertThat(s.delay()).isEqualTo(DelaySpec.range(0.1, 0.1));
            s = (Command.Spawn) parse("spawn producer count=0 delay=2.5");
            assertThat(s.count()).isEqualTo(CountSpec.fixed(0));
            assertThat(s.delay()).isEqualTo(DelaySpec.fixed(2.5));
            s = (Command.Spawn) parse("spawn producer count=2147483647 delay=" + "9".repeat(400));
            assertThat(s.count().lo()).isEqualTo(Integer.MAX_VALUE);
            assertThat(s.delay().lo()).as("as Python's float()").isInfinite();
        }

        @Test
        void delaysRoundCorrectly() throws ScriptError {
            // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: round half to even gives 2^53
            Command.Spawn s = (Command.Spawn) parse("spawn consumer delay=9007199254740993");
            assertThat(s.delay().lo()).isEqualTo(9007199254740992.0);
            s = (Command.Spawn) parse("spawn consumer delay=0.30000000000000004");
            assertThat(s.delay().lo()).isEqualTo(0.1 + 0.2);
        }

        @Test
        void countsAboveAnIntAreRefused() {
            for (String c : List.of("2147483648", "0..99999999999999999999", "2147483648..2147483648")) {
                ScriptError e = error("spawn producer count=" + c);
                assertThat(e.reason()).isEqualTo("count too large: at most 2147483647");
                assertThat(e.hint()).isEqualTo(
                        "try: spawn producer [NAME] [count=N|LO..HI] [delay=D|LO..HI] [sentinel=on|off]");
            }
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "spawn                               | spawn needs producer or consumer",
            "spawn worker                        | spawn needs producer or consumer, not 'worker'",
            "spawn Producer                      | spawn needs producer or consumer, not 'Producer'",
            "spawn \"producer\"                  | spawn needs producer or consumer, not 'producer'",
            "spawn producer=1                    | spawn needs producer or consumer, not 'producer=1'",
        })
        void roleErrors(String line, String reason) {
            ScriptError e = error(line);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.hint()).isEqualTo("try: spawn producer|consumer [NAME] [options]");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "spawn producer a b                  | unexpected word 'b' (a task has one name)",
            "spawn producer \"\" x               | unexpected word 'x' (a task has one name)",
            "spawn producer \"\"                 | a task name cannot be empty",
            "spawn producer count=1 count=2      | option 'count' given twice",
            "spawn producer Count=1              | unknown option 'Count'",
            "spawn producer name=x               | unknown option 'name'",
            "spawn producer count=               | option 'count' needs a value",
            "spawn producer count=5..2           | empty count range '5..2'",
            "spawn producer count=-1             | count must be N or LO..HI (integers >= 0), not '-1'",
            "spawn producer count=1.5            | count must be N or LO..HI (integers >= 0), not '1.5'",
            "spawn producer count=3...7          | count must be N or LO..HI (integers >= 0), not '3...7'",
            "spawn producer delay=0.5..0.1       | empty delay range '0.5..0.1'",
            "spawn producer delay=.5             | delay must be D or LO..HI (decimals >= 0), not '.5'",
            "spawn producer delay=5.             | delay must be D or LO..HI (decimals >= 0), not '5.'",
            "spawn producer delay=1e3            | delay must be D or LO..HI (decimals >= 0), not '1e3'",
            "spawn producer delay=nan            | delay must be D or LO..HI (decimals >= 0), not 'nan'",
            "spawn producer sentinel=yes         | sentinel must be on or off, not 'yes'",
            "spawn producer sentinel=ON          | sentinel must be on or off, not 'ON'",
        })
        void producerErrors(String line, String reason) {
            ScriptError e = error(line);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.hint()).isEqualTo(
                    "try: spawn producer [NAME] [count=N|LO..HI] [delay=D|LO..HI] [sentinel=on|off]");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "spawn consumer count=3              | unknown option 'count'",
            "spawn consumer sentinel=off         | unknown option 'sentinel'",
            "spawn consumer a b                  | unexpected word 'b' (a task has one name)",
            "spawn consumer delay=1 delay=2      | option 'delay' given twice",
        })
        void consumerErrors(String line, String reason) {
            ScriptError e = error(line);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.hint()).isEqualTo("try: spawn consumer [NAME] [delay=D|LO..HI]");
        }
    }

    /** Spec §6, and the oracle's rejected lines of scenarios-threads/rejected. */
    @Nested
    class OtherThreads {

        @Test
        void threadAndThreadsafePutTakeOneItem() throws ScriptError {
            assertThat(parse("thread put x")).isEqualTo(new Command.ThreadPut("x"));
            assertThat(parse("threadsafe put \"two words\"")).isEqualTo(new Command.ThreadsafePut("two words"));
            assertThat(parse("thread put None")).isEqualTo(new Command.ThreadPut(null));
            assertThat(parse("threadsafe put \"None\"")).isEqualTo(new Command.ThreadsafePut("None"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "thread get            | thread can only put, not 'get'",
            "thread                | thread needs put and an item",
            "thread put            | thread put needs an item",
            "threadsafe \"put\" x  | threadsafe can only put, not the quoted word 'put'",
            "thread put a b        | thread put takes one item, not 2 words",
            "threadsafe Put x      | threadsafe can only put, not 'Put'",
        })
        void errors(String line, String reason) {
            ScriptError e = error(line);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.hint()).startsWith("try: " + line.split(" ")[0] + " put ITEM");
        }

        @Test
        void aPriorityWorldRefusesNoneFromAnotherThreadToo() throws ScriptError {
            assertThat(error("thread put None", QueueKind.PRIORITY).reason()).isEqualTo("a priority queue cannot hold None");
            assertThat(error("threadsafe put None", QueueKind.PRIORITY).reason()).isEqualTo("a priority queue cannot hold None");
            assertThat(parse("thread put \"None\"", QueueKind.PRIORITY)).isEqualTo(new Command.ThreadPut("None"));
            assertThat(scriptError("new kind=priority\nthread put None\n".getBytes(StandardCharsets.UTF_8)).line())
                    .isEqualTo(2);
        }
    }

    @Nested
    class PriorityWorld {

        @Test
        void producersHaveNoSentinel() throws ScriptError {
            assertThat(((Command.Spawn) parse("spawn producer", QueueKind.PRIORITY)).sentinel()).isFalse();
            assertThat(((Command.Spawn) parse("spawn producer sentinel=off", QueueKind.PRIORITY)).sentinel())
                    .isFalse();
            assertThat(((Command.Spawn) parse("spawn producer \"sentinel=on\"", QueueKind.PRIORITY)).name())
                    .isEqualTo("sentinel=on");
        }

        @Test
        void sentinelOnIsRefused() {
            ScriptError e = error("spawn producer sentinel=on", QueueKind.PRIORITY);
            assertThat(e.reason()).startsWith("sentinel=on is not allowed in a priority world");
            assertThat(e.hint()).contains("sentinel=off");
        }

        @Test
        void putNoneIsRefusedButTheStringNoneIsFine() throws ScriptError {
            assertThat(error("put None", QueueKind.PRIORITY).reason()).isEqualTo("a priority queue cannot hold None");
            assertThat(parse("put \"None\"", QueueKind.PRIORITY)).isEqualTo(new Command.Put("None"));
        }

        @Test
        void otherKindsAllowTheSentinel() throws ScriptError {
            assertThat(parse("put None", QueueKind.LIFO)).isEqualTo(new Command.Put(null));
            assertThat(((Command.Spawn) parse("spawn producer sentinel=on", QueueKind.LIFO)).sentinel()).isTrue();
        }

        @Test
        void aScriptTracksTheKindAcrossNewLines() throws ScriptError {
            assertThat(scriptError("new kind=priority\nshow\nput None\n".getBytes(StandardCharsets.UTF_8)).line())
                    .isEqualTo(3);
            assertThat(script("new kind=priority\nnew\nput None\n")).hasSize(3);
            assertThat(scriptError("put None\nnew kind=priority\nput x\nput None\n".getBytes(StandardCharsets.UTF_8))
                    .line()).isEqualTo(4);
            List<Line> lines = script("new kind=priority\nspawn producer\nnew kind=lifo\nspawn producer\n");
            assertThat(((Command.Spawn) lines.get(1).command()).sentinel()).isFalse();
            assertThat(((Command.Spawn) lines.get(3).command()).sentinel()).isTrue();
        }
    }

    @Nested
    class QueueCommands {

        @Test
        void put() throws ScriptError {
            assertThat(parse("put x")).isEqualTo(new Command.Put("x"));
            assertThat(parse("put None")).isEqualTo(new Command.Put(null));
            assertThat(((Command.Put) parse("put None")).isSentinel()).isTrue();
            assertThat(parse("put \"None\"")).isEqualTo(new Command.Put("None"));
            assertThat(parse("put none")).isEqualTo(new Command.Put("none"));
            assertThat(parse("put a=b")).as("put has no options").isEqualTo(new Command.Put("a=b"));
            assertThat(parse("put \ud83d\ude00")).isEqualTo(new Command.Put("\ud83d\ude00"));
        }

        @Test
        void putErrors() {
            assertThat(error("put").reason()).isEqualTo("put needs an item");
            assertThat(error("put a b").reason()).isEqualTo("put takes one item, not 2 words");
            assertThat(error("put 'a b'").reason()).isEqualTo("put takes one item, not 2 words");
            assertThat(error("put").hint()).startsWith("try: put ITEM");
        }

        @Test
        void get() throws ScriptError {
            assertThat(parse("get # nothing")).isEqualTo(new Command.Get());
            assertThat(error("get x").reason()).isEqualTo("get takes no words, not 'x'");
            assertThat(error("get \"\"").hint()).isEqualTo("try: get");
        }

        @Test
        void cancel() throws ScriptError {
            assertThat(parse("cancel P0")).isEqualTo(new Command.Cancel("P0"));
            assertThat(parse("cancel \"two words\"")).isEqualTo(new Command.Cancel("two words"));
            assertThat(parse("cancel nobody")).as("checked when the line runs").isEqualTo(new Command.Cancel("nobody"));
            assertThat(error("cancel").reason()).isEqualTo("cancel needs a task name");
            assertThat(error("cancel a b").reason()).isEqualTo("cancel takes one task name, not 2 words");
            assertThat(error("cancel").hint()).isEqualTo("try: cancel NAME");
        }
    }

    @Nested
    class Stepping {

        @Test
        void stepAndTickDefaultToOne() throws ScriptError {
            assertThat(parse("step")).isEqualTo(new Command.Step(1));
            assertThat(parse("tick")).isEqualTo(new Command.Tick(1));
            assertThat(parse("step 0")).isEqualTo(new Command.Step(0));
            assertThat(parse("tick 007")).isEqualTo(new Command.Tick(7));
        }

        @Test
        void hugeCountsAreClamped() throws ScriptError {
            assertThat(parse("step 9223372036854775807")).isEqualTo(new Command.Step(Long.MAX_VALUE));
            assertThat(parse("step 9223372036854775808")).isEqualTo(new Command.Step(Long.MAX_VALUE));
            assertThat(parse("tick 99999999999999999999999")).isEqualTo(new Command.Tick(Long.MAX_VALUE));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "step x      | step needs an integer >= 0, not 'x'",
            "step -1     | step needs an integer >= 0, not '-1'",
            "step 1.5    | step needs an integer >= 0, not '1.5'",
            "step +1     | step needs an integer >= 0, not '+1'",
            "step \"3\"  | step needs an integer >= 0, not the quoted word '3'",
            "step 1 2    | step takes at most one number, not 2 words",
            "tick n=3    | tick needs an integer >= 0, not 'n=3'",
            "tick \uff13 | tick needs an integer >= 0, not '\uff13'",
        })
        void errors(String line, String reason) {
            ScriptError e = error(line);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.hint()).matches("try: (step|tick) \\[N\\] \\(N an integer >= 0\\)");
        }

        @Test
        void run() throws ScriptError {
            assertThat(parse("run")).isEqualTo(new Command.Run(OptionalDouble.empty()));
            assertThat(parse("run until=1.5")).isEqualTo(new Command.Run(OptionalDouble.of(1.5)));
            assertThat(parse("run until=00.50")).isEqualTo(new Command.Run(OptionalDouble.of(0.5)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "run 5                | unexpected word '5' (run takes only until=T)",
            "run \"until=1\"      | unexpected word 'until=1' (run takes only until=T)",
            "run foo=1            | unknown option 'foo'",
            "run UNTIL=1          | unknown option 'UNTIL'",
            "run until=           | option 'until' needs a value",
            "run until=1 until=2  | option 'until' given twice",
            "run until=x          | until must be a decimal >= 0, not 'x'",
            "run until=.5         | until must be a decimal >= 0, not '.5'",
            "run until=-1         | until must be a decimal >= 0, not '-1'",
            "run until=1..2       | until must be a decimal >= 0, not '1..2'",
            "run until=1e2        | until must be a decimal >= 0, not '1e2'",
        })
        void runErrors(String line, String reason) {
            ScriptError e = error(line);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.hint()).isEqualTo("try: run [until=T] (T a decimal >= 0)");
        }
    }

    @Nested
    class Views {

        @Test
        void viewsAreTyped() throws ScriptError {
            assertThat(parse("show")).isEqualTo(new Command.View.Show());
            assertThat(parse("help spawn")).isEqualTo(new Command.View.Help("spawn"));
            assertThat(parse("help")).isEqualTo(new Command.View.Help(null));
            assertThat(parse("where \"P 0\"")).isEqualTo(new Command.View.Where("P 0"));
            assertThat(parse("where")).isEqualTo(new Command.View.Where(null));
            assertThat(parse("trace \"5\"")).isEqualTo(new Command.View.Trace(OptionalInt.of(5)));
            assertThat(parse("trace")).isEqualTo(new Command.View.Trace(OptionalInt.empty()));
        }

        /** In a script the words after a view are ignored, as the oracle ignores them. */
        @Test
        void inAScriptAViewIgnoresItsWords() throws ScriptError {
            assertThat(script("tasks count=3 \"a b\" x#c\nhelp spawn extra\ntrace 5 6\nqueue x\n"))
                    .extracting(Line::command).containsExactly(new Command.View.Tasks(), new Command.View.Help(null),
                            new Command.View.Trace(OptionalInt.empty()), new Command.View.Queue());
        }

        /** Typed, a word a view does not take is an error that says what to type. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "show everything        | show takes no words, not 'everything' | try: show",
            "tasks count=3          | tasks takes no words, not 'count=3'   | try: tasks",
            "quit now               | quit takes no words, not 'now'        | try: quit",
            "help spawn extra       | help takes one command word, not 'extra' after it | try: help step",
            "where \"P 0\" x         | where takes one task name, not 'x' after it | try: where P0",
            "trace 5 6              | trace takes one number of lines, not '6' after it | try: trace 10",
        })
        void typedAViewRefusesTheWordsItDoesNotTake(String line, String reason, String hint) {
            ScriptError e = error(line);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.hint()).isEqualTo(hint);
        }

        @ParameterizedTest
        @CsvSource({"show, Show", "queue, Queue", "tasks, Tasks", "ready, Ready", "timers, Timers",
            "help, Help", "trace, Trace", "history, History", "where, Where", "why, Why", "quit, Quit",
            "exit, Quit"})
        void everyViewAtTheConsole(String word, String record) throws ScriptError {
            assertThat(parse(word)).isInstanceOf(Command.View.class)
                    .extracting(c -> c.getClass().getSimpleName()).isEqualTo(record);
        }

        @ParameterizedTest
        @ValueSource(strings = {"trace abc", "trace -1", "trace 1234567890", "trace 1.5"})
        void traceTakesANumberOfLinesAtTheConsole(String line) {
            ScriptError e = catchThrowableOfType(ScriptError.class, () -> Parser.parseLine(line, 0, QueueKind.FIFO));
            assertThat(e.getMessage()).isEqualTo("trace takes a number of lines, not '" + line.substring(6) + "'");
            assertThat(e.hint()).isEqualTo("try: trace 10");
        }

        @Test
        void consoleOnlyViewsAreUnknownInScripts() throws ScriptError {
            for (String word : List.of("where", "why", "quit", "exit")) {
                ScriptError e = scriptError(("show\n" + word + "\n").getBytes(StandardCharsets.UTF_8));
                assertThat(e.getMessage()).isEqualTo("line 2: unknown command '" + word + "'");
            }
            assertThat(script("trace\nhistory x y\n")).extracting(Line::number).containsExactly(1, 2);
        }

        @Test
        void inScriptsAViewsWordsAreIgnoredAsTheOracleIgnoresThem() throws ScriptError {
            assertThat(script("trace abc\nhelp spawn\nshow 1 2\n")).extracting(Line::command).containsExactly(
                    new Command.View.Trace(OptionalInt.empty()), new Command.View.Help(null), new Command.View.Show());
        }
    }

    @Nested
    class Scripts {

        @Test
        void linesAreNumberedFromOneAndBlankLinesSkipped() throws ScriptError {
            assertThat(script("# c\n\nspawn consumer\n  \nget\n")).containsExactly(
                    new Line(3, new Command.Spawn(Role.CONSUMER, null, null, DelaySpec.range(0.1, 0.3), false)),
                    new Line(5, new Command.Get()));
        }

        @Test
        void windowsLineEndsAndAMissingFinalNewline() throws ScriptError {
            assertThat(script("put a\r\nget\r\nrun")).extracting(Line::number).containsExactly(1, 2, 3);
            assertThat(script("")).isEmpty();
            assertThat(script("\n")).isEmpty();
        }

        @Test
        void onlyNewlineSplitsLines() {
            // a lone \r is a blank, so this is the one line "step step"
            ScriptError e = scriptError("step\rstep\n".getBytes(StandardCharsets.UTF_8));
            assertThat(e.getMessage()).isEqualTo("line 1: step needs an integer >= 0, not 'step'");
        }

        @Test
        void theFirstBadLineIsReported() {
            ScriptError e = scriptError("new\nspawn producer\nspawn producer count=x\nfrob\n"
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).startsWith("line 3: count must be N or LO..HI");
        }

        @Test
        void invalidUtf8() {
            byte[][] bad = {
                {'p', 'u', 't', ' ', (byte) 0xff},
                {'s', 'h', 'o', 'w', '\n', '#', ' ', (byte) 0xed, (byte) 0xa0, (byte) 0x80},  // a surrogate
                {'s', 'h', 'o', 'w', '\n', 'p', 'u', 't', ' ', (byte) 0xc0, (byte) 0x80},      // overlong
                {'\n', 'p', 'u', 't', ' ', 'a', (byte) 0xc3},                                  // truncated
            };
            int[] lines = {1, 2, 2, 2};
            for (int i = 0; i < bad.length; i++) {
                ScriptError e = scriptError(bad[i]);
                assertThat(e.getMessage()).isEqualTo("line " + lines[i] + ": not valid UTF-8");
                assertThat(e.hint()).isEqualTo("try: save the script as UTF-8");
            }
        }

        @Test
        void aByteOrderMarkIsNamed() throws ScriptError {
            // The oracle refuses it too (as part of an unknown first word): here it is named.
            byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'n', 'e', 'w', '\n'};
            assertThat(scriptError(bom).getMessage()).isEqualTo(
                    "line 1: the script starts with a UTF-8 byte-order mark (U+FEFF): save it as UTF-8 without a BOM");
            assertThat(error("\ufeff# a comment").reason()).contains("byte-order mark (U+FEFF)");
            assertThat(script("put \ufeffx\n").get(0).command()).isEqualTo(new Command.Put("\ufeffx"));
        }

        @Test
        void theResultIsImmutable() throws ScriptError {
            List<Line> lines = script("get\n");
            assertThatThrownBy(() -> lines.add(new Line(2, new Command.Get())))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class ConsoleLines {

        @Test
        void lineZeroHasNoPrefix() {
            ScriptError e = catchThrowableOfType(ScriptError.class,
                    () -> Parser.parseLine("frob", 0, QueueKind.FIFO));
            assertThat(e.line()).isZero();
            assertThat(e.getMessage()).isEqualTo("unknown command 'frob'").isEqualTo(e.reason());
            assertThat(e.hint()).isEqualTo("try: new, spawn, put, get, cancel, step, tick, run, thread, threadsafe, or help");
        }

        @Test
        void controlCharactersAreEscapedInMessages() {
            ScriptError e = catchThrowableOfType(ScriptError.class,
                    () -> Parser.parseLine("fr\u0001ob", 0, QueueKind.FIFO));
            assertThat(e.getMessage()).isEqualTo("unknown command 'fr\\x01ob'");
            e = catchThrowableOfType(ScriptError.class,
                    () -> Parser.parseLine("frob's", 0, QueueKind.FIFO));
            assertThat(e.getMessage()).isEqualTo("unknown command \"frob's\"");
        }

        @Test
        void blankLinesAreEmpty() throws ScriptError {
            assertThat(Parser.parseLine("   # just a note", 0, QueueKind.PRIORITY)).isEqualTo(Optional.empty());
        }
    }

    @Nested
    class Completion {

        @Test
        void commandWords() {
            assertThat(Commands.words(Context.CONSOLE)).containsExactly(
                    "new", "spawn", "put", "get", "cancel", "step", "tick", "run", "thread", "threadsafe", "replay",
                    "show", "queue", "tasks", "ready", "timers", "trace", "history", "help",
                    "back", "forward", "goto", "where", "why", "export", "timeline", "watch", "explore", "quit", "exit");
            assertThat(Commands.words(Context.JSHELL)).isEqualTo(Commands.words(Context.CONSOLE));
            assertThat(Commands.words(Context.SCRIPT)).containsExactly(
                    "new", "spawn", "put", "get", "cancel", "step", "tick", "run", "thread", "threadsafe",
                    "show", "queue", "tasks", "ready", "timers", "trace", "history", "help");
        }

        @Test
        void everyCommandWordParsesAtTheConsole() {
            for (String w : Commands.words(Context.CONSOLE)) {
                assertThat(catchThrowableOfType(ScriptError.class, () -> Parser.parseLine(w, 0, QueueKind.FIFO)))
                        .as(w).satisfiesAnyOf(
                                e -> assertThat(e).isNull(),
                                e -> assertThat(e.reason()).doesNotStartWith("unknown command"));
            }
        }

        @Test
        void optionKeys() {
            assertThat(keys("new", null)).containsExactly("maxsize=", "seed=", "kind=", "debug=", "queue=");
            assertThat(keys("spawn", "producer")).containsExactly("count=", "delay=", "sentinel=");
            assertThat(keys("spawn", "consumer")).containsExactly("delay=");
            assertThat(keys("spawn", null)).isEmpty();
            assertThat(keys("run", null)).containsExactly("until=");
            assertThat(keys("put", null)).isEmpty();
        }

        private List<String> keys(String command, String form) {
            return Commands.find(command).orElseThrow().options(form).stream()
                    .map(CommandSpec.Option::keyword).toList();
        }

        @Test
        void everyOptionKeyIsAccepted() throws ScriptError {
            assertThat(parse("new maxsize=1 seed=2 kind=lifo")).isInstanceOf(Command.New.class);
            assertThat(parse("spawn producer count=1 delay=1 sentinel=off")).isInstanceOf(Command.Spawn.class);
            assertThat(parse("run until=1")).isInstanceOf(Command.Run.class);
        }
    }
}
