package looplab.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import looplab.script.ScriptRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance scenarios, public and generated, with the traces CPython's asyncio wrote for
 * them (by ../shared/conformance/oracle.py), kept as test data: this runs them on a machine
 * without Python. Each script's trace must equal the oracle's, event by event. The
 * {@code threads-*} directories hold the spec's section 6 (other threads).
 *
 * <p>{@code -Dconformance.extra=DIR} adds the scripts of DIR (with their {@code .expected.jsonl}
 * traces written by oracle.py) to the run: a quick sweep over thousands of generated scripts in
 * one JVM.
 */
class ConformanceTest {
    private static final String ROOT = "/looplab/conformance";

    @TestFactory
    Stream<DynamicTest> everyScenarioMatchesCPython() throws IOException, URISyntaxException {
        List<Path> scripts = scripts();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(12);
        // Section 6 (other threads): its public scenarios, rejected lines and generated scripts.
        assertThat(scripts).filteredOn(p -> p.getParent().getFileName().toString().startsWith("threads-"))
                .hasSizeGreaterThanOrEqualTo(13);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> check(script)));
    }

    private static List<Path> scripts() throws IOException, URISyntaxException {
        URL root = ConformanceTest.class.getResource(ROOT);
        assertThat(root).as("test resources " + ROOT).isNotNull();
        List<Path> scripts = loopFiles(Path.of(root.toURI()));
        String extra = System.getProperty("conformance.extra");
        if (extra != null && !extra.isBlank()) {
            scripts.addAll(loopFiles(Path.of(extra)));
        }
        return scripts;
    }

    private static List<Path> loopFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".loop")).sorted().collect(Collectors.toList());
        }
    }

    private static void check(Path script) throws IOException {
        Path expectedFile = Path.of(script.toString().replaceFirst("\\.loop$", ".expected.jsonl"));
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScriptRunner.run(Files.readAllBytes(script), () -> trace,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Path rejected = Path.of(script.toString().replaceFirst("\\.loop$", ".rejected"));
        if (Files.exists(rejected)) {
            // The oracle rejected this script: LoopLab must fail too, naming the same line.
            assertThat(status).isEqualTo(ScriptRunner.INVALID);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(Files.readString(rejected).strip().split(":")[0] + ":");
            return;
        }
        assertThat(status).as("exit status; stderr: %s", err).isEqualTo(ScriptRunner.OK);
        String expected;
        try (InputStream in = Files.newInputStream(expectedFile)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String difference = TraceComparison.firstDifference(expected, trace.toString(StandardCharsets.UTF_8));
        assertThat(difference).as(script.getFileName().toString()).isNull();
    }
}
