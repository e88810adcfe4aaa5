package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code java -jar target/looplab.jar} as a process, standard input and output not terminals. */
@Timeout(120)
class MainIT {
    record Result(int status, String out, String err) {}

    static Result run(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", Path.of("target/looplab.jar").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path in = Files.createTempFile("looplab-in", ".txt");
        Path out = Files.createTempFile("looplab-out", ".txt");
        Path err = Files.createTempFile("looplab-err", ".txt");
        Files.writeString(in, stdin, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        pb.environment().put("TERM", "xterm-256color");   // colours would be possible, but stdout is a file
        Process p = pb.start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void standardInputNotATerminalIsReadAsAScriptAndPrintedPlain() throws Exception {
        Result r = run("spawn producer count=2 delay=0\nspawn consumer delay=0\nstep\nwhy\n", "--seed", "42");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("looplab> spawn producer count=2 delay=0\n")
                .contains(">> P0 ran").contains("Why no lock").doesNotContain("\u001b");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void optionsSetUpTheFirstWorld() throws Exception {
        Result r = run("show\n", "--maxsize", "3", "--kind", "lifo", "--seed", "-7", "--no-color");
        assertThat(r.out()).contains("QUEUE   lifo, 0/3 slots used");
        Result trace = run("trace\n", "--seed", "99999999999999999999");
        assertThat(trace.out()).contains("\"seed\":99999999999999999999");
    }

    @Test
    void badOptionsExitTwoWithAMessage() throws Exception {
        Result r = run("", "--kind", "stack");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("invalid option: kind must be fifo, lifo or priority");
        assertThat(run("", "--maxsize", "-1").status()).isEqualTo(2);
        assertThat(run("", "--trace", "-").status()).isEqualTo(2);
    }

    @Test
    void anInvalidLineInAPipeExitsTwoAfterTheRest() throws Exception {
        Result r = run("stpe\nspawn producer\n");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("error: unknown command 'stpe'").contains("spawned P0");
    }

    @Test
    void helpAndVersion() throws Exception {
        Result help = run("", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--seed").contains("--maxsize").contains("--kind").contains("--no-color")
                .contains("--script").contains("NO_COLOR");
        Result version = run("", "--version");
        assertThat(version.out()).startsWith("looplab ");
    }

    @Test
    void scriptModeIsUnchanged() throws Exception {
        File script = Files.createTempFile("s", ".loop").toFile();
        Files.writeString(script.toPath(), "spawn producer count=1 delay=0\nrun\n");
        Result r = run("", "--script", script.getPath(), "--trace", "-");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{\"type\":\"new\"").contains("\"type\":\"step\"");
    }
}
