package looplab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code looplab bench}'s subcommands, in process; sizes are tiny here and nothing is timed. */
class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        List<String> inProcess = new ArrayList<>(Arrays.asList(args));
        inProcess.add("--in-process");
        return new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(inProcess.toArray(String[]::new));
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @ParameterizedTest(name = "bench {0}: {2} JSON line(s) with {1} first, and the same rows in a table")
    @CsvSource(delimiter = '|', value = {
            "workloads --only pingpong --items 1000 --runs 1 --warmup 0 | workload | 1",
            "sizes --only yields --items 10000,20000 --runs 1 --warmup 0 | workload | 2",
            "user-coroutines --items 200 --runs 1 --warmup 0 | workload | 1",
            "memory --count 1000 | measure | 1",
            "timers --count 1000 | measure | 1",
            "frame --tasks 10 | measure | 1",
            "back --steps 100,200 --repeats 2 | measure | 4"})
    void eachSubcommandPrintsJsonLinesAndATable(String args, String firstField, int rows) {
        assertThat(run((args + " --json").split(" "))).as(err.toString()).isZero();
        List<String> json = lines();
        assertThat(json).hasSize(rows);
        for (String line : json) {
            JsonElement parsed = JsonParser.parseString(line);
            assertThat(parsed.isJsonObject()).as(line).isTrue();
            assertThat(parsed.getAsJsonObject().keySet()).first().isEqualTo(firstField);
        }

        out.getBuffer().setLength(0);
        assertThat(run(args.split(" "))).as(err.toString()).isZero();
        List<String> table = lines();
        assertThat(table.get(0)).startsWith("# java ");
        assertThat(table).hasSize(2 + rows);
        assertThat(table.get(1).split("\\s+")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void jsonLinesInTheAnchorsFormatOnePerWorkload() {
        assertThat(run("workloads", "--items", "20000", "--runs", "1", "--warmup", "0", "--json")).isZero();
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
    void againstPythonEachLineGainsCPythonsCostAndTheRatio(@TempDir Path dir) throws IOException {
        // A stand-in for the anchor, run by sh instead of python3: its lines, whatever the arguments.
        Path anchor = Files.writeString(dir.resolve("anchor.sh"),
                "echo '{\"workload\": \"fanin\", \"items\": 1000, \"seconds\": 0.5, \"ns_per_item\": 500000.0}'\n");
        assertThat(run("workloads", "--only", "fanin", "--items", "1000", "--runs", "1", "--warmup", "0", "--json",
                "--vs-python", "--python", "sh", "--anchor", anchor.toString())).as(err.toString()).isZero();
        JsonObject o = JsonParser.parseString(lines().get(0)).getAsJsonObject();
        assertThat(o.keySet()).containsExactly("workload", "items", "seconds", "ns_per_item", "cpython_ns_per_item", "ratio");
        assertThat(o.get("cpython_ns_per_item").getAsDouble()).isEqualTo(500000.0);
        assertThat(o.get("ratio").getAsDouble()).isPositive();

        out.getBuffer().setLength(0);
        assertThat(run("workloads", "--only", "fanin", "--items", "1000", "--runs", "1", "--warmup", "0",
                "--vs-python", "--python", "sh", "--anchor", anchor.toString())).isZero();
        assertThat(lines()).hasSize(4);
        assertThat(lines().get(1)).startsWith("# running the anchor: sh " + anchor + " --items 1000 --only fanin");
        assertThat(lines().get(2)).contains("cpython ns/item", "ratio");
        assertThat(lines().get(3)).startsWith("fanin ").contains("500000.0");
    }

    @Test
    void aWorkloadTheAnchorDoesNotPrintIsAnError(@TempDir Path dir) throws IOException {
        Path anchor = Files.writeString(dir.resolve("anchor.sh"), "true\n");
        assertThat(run("user-coroutines", "--items", "100", "--runs", "1", "--warmup", "0",
                "--vs-python", "--python", "sh", "--anchor", anchor.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bench: the anchor printed no line for pingpong");
    }

    @Test
    void onlyOneWorkload() {
        assertThat(run("workloads", "--items", "1000", "--runs", "1", "--warmup", "0", "--only", "fanin")).isZero();
        assertThat(lines()).hasSize(3).last().asString().startsWith("fanin ");
        assertThat(lines().get(0)).startsWith("# java ");
        assertThat(lines().get(1).split("\\s+"))
                .containsExactly("workload", "items", "seconds", "ns/item", "cpu", "ns/item", "B/item", "runs");
    }

    @Test
    void anUnknownWorkloadIsAUsageError() {
        assertThat(run("sizes", "--only", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("no workload named 'nope'");
    }

    @Test
    void aCountMustBePositive() {
        assertThat(run("timers", "--count", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("0 is not positive");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingAnchorIsAClearError() {
        assertThat(run("workloads", "--items", "1000", "--vs-python", "--anchor", "no/such/asyncio_bench.py")).isEqualTo(2);
        assertThat(err.toString()).contains("the anchor was not found at no/such/asyncio_bench.py");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void startupWithoutAJarIsAClearError() {
        assertThat(run("startup", "--runs", "1", "--jar", "no/such/looplab.jar")).isEqualTo(1);
        assertThat(err.toString()).contains("bench: no jar at no/such/looplab.jar");
    }

    @Test
    void optionsBelongToTheirSubcommand() {
        assertThat(run("memory", "--runs", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--runs', '3'");
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true)).execute("--help")).isZero();
        assertThat(out.toString()).contains("workloads", "sizes", "user-coroutines", "memory", "timers", "frame", "startup",
                "back");
    }
}
