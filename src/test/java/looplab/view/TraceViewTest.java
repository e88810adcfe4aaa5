package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import looplab.command.Command;
import looplab.console.Session;
import org.junit.jupiter.api.Test;

/** The trace view is a bounded page that says what it shows, however long the run. */
class TraceViewTest {
    private static Session producerOf(int items) {
        Session s = new Session(Command.New.DEFAULT, false);
        s.execute("spawn producer count=" + items + " delay=0 sentinel=off");
        s.execute("run");
        return s;
    }

    private static List<String> lines(Session s, String line) {
        return s.execute(line).text().toString().lines().toList();
    }

    @Test
    void aBareTraceIsOnePageUnderALineSayingWhichLines() {
        Session s = producerOf(3000);   // 3,003 lines, the last ones each with a queue of 3,000 items
        List<String> out = lines(s, "trace");
        assertThat(out).hasSize(1 + TraceView.PAGE);
        assertThat(out.get(0)).isEqualTo("(the last 50 of 3003 lines; `trace 3003` shows all)");
        for (String line : out.subList(1, out.size())) {
            assertThat(line.length()).isLessThanOrEqualTo(TraceView.LINE_MAX + 40);
        }
        assertThat(out.get(out.size() - 1)).startsWith("{\"type\":\"step\",\"n\":3001,").endsWith(" ... (cut at 1000 characters)");
    }

    @Test
    void theLongestTraceNIsBoundedByWhatTheConsoleKeepsTimesTheLineCut() {
        Session s = producerOf(Session.TRACE_KEEP + 2000);
        List<String> out = lines(s, "trace 999999999");
        assertThat(out).hasSize(1 + Session.TRACE_KEEP);
        assertThat(out.get(0)).isEqualTo("(the last 10000 of 12003 lines; the console keeps only these;"
                + " script mode's --trace writes all)");
        assertThat(out.stream().mapToLong(String::length).sum()).isLessThan((TraceView.LINE_MAX + 40L) * (Session.TRACE_KEEP + 1));
        assertThat(lines(s, "trace")).first().asString()
                .isEqualTo("(the last 50 of 12003 lines; the console keeps the last 10000 (`trace 10000`);"
                        + " script mode's --trace writes all)");
    }

    @Test
    void traceZeroIsItsOneLineAndAShortTraceIsWhole() {
        Session s = producerOf(2);
        assertThat(s.execute("trace 0").text().toString()).isEqualTo("(0 of 5 lines shown; `trace 5` shows all)");
        List<String> all = lines(s, "trace");
        assertThat(all).hasSize(6);
        assertThat(all.get(0)).isEqualTo("(all 5 lines of the trace)");
        assertThat(all.get(5)).doesNotContain("cut at");
        assertThat(new Session(Command.New.DEFAULT, false).execute("trace").text().toString())
                .isEqualTo("(the only line of the trace)\n{\"type\":\"new\",\"maxsize\":0,\"seed\":0,\"kind\":\"fifo\"}");
    }
}
