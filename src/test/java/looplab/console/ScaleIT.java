package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The inputs that broke the console and script mode at scale, on the jar in a small heap
 * ({@code -Xmx256m}): they finish, and what they print is bounded.
 */
@Timeout(240)
class ScaleIT {
    private static final String JAR = Path.of("target/looplab.jar").toAbsolutePath().toString();

    private record Result(int status, String out, String err) {}

    private static Result run(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:+UseSerialGC", "-jar", JAR));
        cmd.addAll(List.of(args));
        Path in = Files.createTempFile("looplab-in", ".txt");
        Path out = Files.createTempFile("looplab-out", ".txt");
        Path err = Files.createTempFile("looplab-err", ".txt");
        Files.writeString(in, stdin, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        Process p = pb.start();
        assertThat(p.waitFor(200, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void traceAfterAProducerOfFiveThousandItemsIsAPageAndTheConsoleGoesOn() throws Exception {
        Result r = run("spawn producer count=5000 delay=0 sentinel=off\nrun\ntrace\ntrace 10000\nshow\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("looplab> trace\n(the last 50 of 5003 lines; `trace 5003` shows all)\n")
                .contains("looplab> trace 10000\n(all 5003 lines of the trace)\n")
                .contains("looplab> show\n== run ==");
        assertThat(r.out().length()).isLessThan(8_000_000);
    }

    @Test
    void aHundredThousandItemsInTheConsoleAndACompactTrace() throws Exception {
        Result console = run("spawn producer count=100000 delay=0 sentinel=off\nrun\nqueue\n");
        assertThat(console.status()).isZero();
        assertThat(console.out()).contains("unbounded, 100000 items");
        Path script = Files.createTempFile("looplab-scale", ".txt");
        Files.writeString(script, "spawn producer count=100000 delay=0 sentinel=off\nrun\n");
        Path trace = Files.createTempFile("looplab-scale", ".jsonl");
        Result compact = run("", "--script", script.toString(), "--trace", trace.toString(), "--trace-format", "compact");
        assertThat(compact.status()).isZero();
        assertThat(compact.err()).isEmpty();
        List<String> lines = Files.readAllLines(trace);
        assertThat(lines).hasSize(100_003);
        assertThat(lines.get(lines.size() - 1)).contains("\"put\":[],\"got\":[],\"size\":100000,");
        assertThat(Files.size(trace)).isLessThan(300L * lines.size());
    }
}
