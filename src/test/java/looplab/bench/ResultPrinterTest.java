package looplab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one printer: records to tables and to JSON lines, with the anchor's spacing and rounding. */
class ResultPrinterTest {
    private static final Measurement PINGPONG = new Measurement("pingpong", 20000, 0.012345678, 617.2839, null, null,
            700.0, 96.0, 5);

    private static String print(boolean json, List<? extends Result> results) {
        StringWriter out = new StringWriter();
        new ResultPrinter(new PrintWriter(out), json).print(results);
        return out.toString();
    }

    @Test
    void theAnchorsLineExactly() {
        assertThat(print(true, List.of(PINGPONG)))
                .isEqualTo("{\"workload\": \"pingpong\", \"items\": 20000, \"seconds\": 0.0123, \"ns_per_item\": 617.3}\n");
    }

    @Test
    void againstCPythonTheLineGainsTwoFields() {
        assertThat(print(true, List.of(PINGPONG.against(6172.839)))).isEqualTo("{\"workload\": \"pingpong\", "
                + "\"items\": 20000, \"seconds\": 0.0123, \"ns_per_item\": 617.3, \"cpython_ns_per_item\": 6172.8, \"ratio\": 10.0}\n");
    }

    @Test
    void aTableHasAColumnPerComponentExceptThoseNullInEveryRow() {
        List<String> lines = print(false, List.of(PINGPONG, PINGPONG)).lines().toList();
        assertThat(lines).containsExactly(
                "workload  items  seconds  ns/item  cpu ns/item  B/item  runs",
                "pingpong  20000   0.0123    617.3        700.0    96.0     5",
                "pingpong  20000   0.0123    617.3        700.0    96.0     5");
    }

    @Test
    void measuresNameThemselvesFirstAndNaNStaysNaN() {
        String line = print(true, List.of(new Startup.LaunchTimes(1, Double.NaN, 412.345, "looplab.jar"))).strip();
        assertThat(line).isEqualTo("{\"measure\": \"startup\", \"runs\": 1, \"pty_ms\": NaN, \"pipe_ms\": 412.3}");
        assertThat(JsonParser.parseString(line).getAsJsonObject().get("pty_ms").getAsDouble()).isNaN();
        assertThat(print(false, List.of(new Startup.LaunchTimes(1, Double.NaN, 412.345, "looplab.jar"))).lines())
                .containsExactly("runs  pty ms  pipe ms  jar", "   1     NaN    412.3  looplab.jar");
    }

    @Test
    void commentsAreForTablesOnly() {
        StringWriter table = new StringWriter();
        new ResultPrinter(new PrintWriter(table, true), false).comment("java 17");
        StringWriter json = new StringWriter();
        new ResultPrinter(new PrintWriter(json, true), true).comment("java 17");
        assertThat(table.toString()).isEqualTo("# java 17\n");
        assertThat(json.toString()).isEmpty();
    }

    @Test
    void pythonsRounding() {
        assertThat(ResultPrinter.round(30.22334, 4)).hasToString("30.2233");
        assertThat(ResultPrinter.round(0.0005, 4)).hasToString("0.0005");
        assertThat(ResultPrinter.round(1.0, 4)).hasToString("1.0");
        assertThat(ResultPrinter.round(95.04, 1)).hasToString("95.0");
        assertThat(ResultPrinter.round(1234567.0, 1)).hasToString("1234567.0");
        assertThat(ResultPrinter.round(0.00001, 4)).hasToString("0.0");
    }
}
