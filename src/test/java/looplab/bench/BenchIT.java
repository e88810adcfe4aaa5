package looplab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code java -jar target/looplab.jar bench ...} as a user runs it: it forks its measuring JVM. */
class BenchIT {
    @Test
    @Timeout(120)
    void theJarForksAJvmWithTheSerialCollectorAndPrintsTheAnchorsLines() throws IOException, InterruptedException {
        Path jar = Path.of("target", "looplab.jar");
        assertThat(jar).exists();
        Path out = Files.createTempFile("bench", ".out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "bench", "workloads", "--items", "20000", "--runs", "1", "--warmup", "0")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(110, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines.get(0)).startsWith("# java ").contains("gc: Copy + MarkSweepCompact");
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(2, 6)).extracting(l -> l.split("\\s+")[0])
                .containsExactly("pingpong", "unbounded", "fanin", "yields");
        assertThat(lines.subList(2, 6)).allSatisfy(l -> assertThat(l.split("\\s+")[1]).isEqualTo("20000"));
        Files.delete(out);
    }

    @Test
    @Timeout(120)
    void startupToTheFirstPromptPiped() throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench", ".out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "looplab.jar").toString(), "bench", "startup", "--runs", "1", "--json")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(110, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).singleElement().asString().startsWith("{\"measure\": \"startup\", \"runs\": 1, \"pty_ms\": ")
                .doesNotContain("\"pipe_ms\": NaN");
        Files.delete(out);
    }
}
