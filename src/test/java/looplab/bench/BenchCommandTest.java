package looplab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** {@code looplab bench} prints the anchor's lines; sizes are tiny here and nothing is timed. */
class BenchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        BenchCommand command = new BenchCommand().to(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String[] inProcess = java.util.Arrays.copyOf(args, args.length + 1);
        inProcess[args.length] = "--in-process";
        return new CommandLine(command).execute(inProcess);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void jsonLinesInTheAnchorsFormatOnePerWorkload() {
        assertThat(run("--items", "20000", "--runs", "1", "--warmup", "0", "--json")).isZero();
        List<String> lines = lines();
        assertThat(lines).hasSize(4);
        String[] names = {"pingpong", "unbounded", "fanin", "yields"};
        for (int i = 0; i < 4; i++) {
            JsonObject o = JsonParser.parseString(lines.get(i)).getAsJsonObject();
            assertThat(o.keySet()).containsExactly("workload", "items", "seconds", "ns_per_item");
            assertThat(o.get("workload").getAsString()).isEqualTo(names[i]);
            assertThat(o.get("items").getAsInt()).isEqualTo(20000);
            assertThat(o.get("ns_per_item").getAsDouble()).isPositive();
            assertThat(lines.get(i)).startsWith("{\"workload\": \"" + names[i] + "\", \"items\": 20000, \"seconds\": ");
        }
    }

    @Test
    void onlyOneWorkload() {
        assertThat(run("--items", "1000", "--runs", "1", "--warmup", "0", "--only", "fanin")).isZero();
        assertThat(lines()).hasSize(3).last().asString().startsWith("fanin ");
        assertThat(lines().get(0)).startsWith("# java ");
    }

    @Test
    void anUnknownWorkloadIsAUsageError() {
        assertThat(run("--only", "nope")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no workload named 'nope'");
    }

    @Test
    void aMissingAnchorIsAClearError() {
        assertThat(run("--items", "1000", "--vs-python", "--anchor", "no/such/asyncio_bench.py")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the anchor was not found at no/such/asyncio_bench.py");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void memoryAndTimersOnSmallCounts() {
        assertThat(run("--memory", "--timers", "--count", "20000", "--json")).isZero();
        List<String> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"measure\": \"timers\", \"timers\": 20000, ");
        assertThat(lines.get(1)).startsWith("{\"measure\": \"idle_tasks\", \"tasks\": 20000, \"bytes_per_task\": ");
    }

    @Test
    void frameRenderTime() {
        assertThat(run("--frame", "--tasks", "20", "--json")).isZero();
        assertThat(lines()).singleElement().asString().startsWith("{\"measure\": \"frame\", \"tasks\": 20, \"lines\": ");
    }

    @Test
    void pythonsRounding() {
        assertThat(Measurement.py(30.22334, 4)).isEqualTo("30.2233");
        assertThat(Measurement.py(0.0005, 4)).isEqualTo("0.0005");
        assertThat(Measurement.py(1.0, 4)).isEqualTo("1.0");
        assertThat(Measurement.py(95.04, 1)).isEqualTo("95.0");
        assertThat(Measurement.py(1234567.0, 1)).isEqualTo("1234567.0");
    }
}
