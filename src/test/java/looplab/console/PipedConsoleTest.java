package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import looplab.command.Command;
import looplab.command.Commands;
import org.junit.jupiter.api.Test;

/** The console without a terminal: commands from a reader, the transcript as plain text. */
class PipedConsoleTest {
    static final Path GOLDEN = Path.of("src/test/resources/looplab/console/seed42-session.txt");

    record Run(int status, String out) {}

    static Run piped(String input, boolean styled) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Console.piped(new Session(Command.New.DEFAULT, styled), new BufferedReader(new StringReader(input)), out);
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSeedExampleStepByStepIsGolden() throws Exception {
        String script = String.join("\n", "new seed=42",
                "spawn producer count=3..7 delay=0.1..0.5", "spawn producer count=3..7 delay=0.1..0.5",
                "spawn consumer", "spawn consumer", "step", "step", "step", "step", "step", "why", "where C1",
                "history", "trace 3") + "\n";
        Run run = piped(script, false);
        assertThat(run.status()).isZero();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        // Same seed and commands: the same bytes.
        assertThat(piped(script, false).out()).isEqualTo(run.out());
    }

    @Test
    void pipedOutputNeverCarriesEscapeCodesEvenFromAStyledSession() throws Exception {
        Run run = piped("spawn producer\nspawn consumer\nstep 3\nwhy\nwhere P0\nnope\nhelp\n", true);
        assertThat(run.out()).doesNotContain("\u001b");
    }

    @Test
    void badLinesSayWhatToTypeChangeNothingAndTheSessionGoesOn() throws Exception {
        Run run = piped("spawn producer\nspawn producer P0\nspawn producer count=7..3\ncancel nobody\nstep x\n"
                + "spawn consumer count=3\nwhere nobody\ntasks\n", false);
        assertThat(run.status()).isEqualTo(Console.INVALID);
        assertThat(run.out())
                .contains("error: a task named 'P0' already exists in this world; choose another name, or leave it out to get P1")
                .contains("error: empty count range '7..3'; try: spawn producer")
                .contains("error: no task named 'nobody' in this world; one of: P0")
                .contains("error: step needs an integer >= 0, not 'x'; try: step [N]")
                .contains("error: unknown option 'count'; try: spawn consumer [NAME] [delay=D|LO..HI]")
                .contains("error: no task named 'nobody' in this world; one of: P0");
        // Every error is one line.
        run.out().lines().filter(l -> l.startsWith("error:")).forEach(l -> assertThat(l).doesNotContain("\n"));
        String tasks = run.out().substring(run.out().lastIndexOf("looplab> tasks"));
        assertThat(tasks).contains("1 producer, 0 consumers");
    }

    @Test
    void quitStopsReading() throws Exception {
        Run run = piped("spawn producer\nquit\nspawn consumer\n", false);
        assertThat(run.out()).contains("looplab> quit").doesNotContain("spawn consumer");
    }

    @Test
    void historyAndTraceViews() throws Exception {
        Run run = piped("spawn producer count=1 delay=0\nrun\nhistory\ntrace\ntrace nope\n", false);
        assertThat(run.out())
                .contains("   1  spawn producer count=1 delay=0\n   2  run\n   3  history")
                .contains("{\"type\":\"new\",\"maxsize\":0,\"seed\":0,\"kind\":\"fifo\"}")
                .contains("{\"type\":\"spawn\",\"task\":\"P0\",\"role\":\"producer\",\"count\":1}")
                .contains("\"type\":\"step\"")
                .contains("error: trace takes a number of lines");
    }

    @Test
    void didYouMean() {
        assertThat(Commands.distance("stpe", "step")).isEqualTo(1);
        assertThat(Commands.distance("spwan", "spawn")).isEqualTo(1);
        assertThat(Commands.distance("xyz", "step")).isGreaterThan(2);
    }
}
