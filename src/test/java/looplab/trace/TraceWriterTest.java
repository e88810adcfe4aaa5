package looplab.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import looplab.command.Parser;
import looplab.command.QueueKind;
import looplab.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The compact trace says what entered and left the queue; the full one warns once when it grows large. */
class TraceWriterTest {
    private static final List<String> SCRIPT = List.of("spawn producer count=9 delay=0..0.2", "spawn producer count=7 delay=0",
            "spawn consumer delay=0..0.3", "put a", "put b", "get", "run until=0.6", "put c", "get", "get", "cancel C0",
            "spawn consumer delay=0", "run");

    private static List<JsonObject> trace(QueueKind kind, TraceFormat format, PrintStream warnings, long warnAt)
            throws Exception {
        StringWriter out = new StringWriter();
        World world = TraceWriter.newWorld(out, format, warnings, warnAt);
        List<String> lines = new ArrayList<>();
        lines.add("new maxsize=4 seed=5 kind=" + kind.word());
        lines.addAll(SCRIPT);
        for (String line : lines) {
            String l = kind == QueueKind.PRIORITY ? line.replace("count=9 delay=0..0.2", "count=9 delay=0..0.2 sentinel=off")
                    .replace("count=7 delay=0", "count=7 delay=0 sentinel=off") : line;
            world.apply(Parser.parseLine(l, 0, world.kind()).orElseThrow());
        }
        List<JsonObject> events = new ArrayList<>();
        out.toString().lines().forEach(l -> events.add(JsonParser.parseString(l).getAsJsonObject()));
        return events;
    }

    @ParameterizedTest
    @EnumSource(QueueKind.class)
    void theCompactTraceAddsUpToTheFullTracesQueueAtEveryStep(QueueKind kind) throws Exception {
        List<JsonObject> full = trace(kind, TraceFormat.FULL, null, Long.MAX_VALUE);
        List<JsonObject> compact = trace(kind, TraceFormat.COMPACT, null, Long.MAX_VALUE);
        assertThat(compact).hasSameSizeAs(full);
        Map<String, Integer> queue = new HashMap<>();
        int steps = 0;
        for (int i = 0; i < full.size(); i++) {
            JsonObject f = full.get(i);
            JsonObject c = compact.get(i);
            String type = f.get("type").getAsString();
            if (!type.equals("step")) {
                assertThat(c).isEqualTo(f);
                if (type.equals("new")) {
                    queue.clear();
                } else if ((type.equals("put") || type.equals("get")) && f.get("ok").getAsBoolean()) {
                    move(queue, f.get("item"), type.equals("put") ? 1 : -1);
                }
                continue;
            }
            steps++;
            c.getAsJsonArray("put").forEach(item -> move(queue, item, 1));
            c.getAsJsonArray("got").forEach(item -> move(queue, item, -1));
            Map<String, Integer> want = new HashMap<>();
            f.getAsJsonArray("queue").forEach(item -> move(want, item, 1));
            assertThat(queue).as("after step %s", f.get("n")).isEqualTo(want);
            assertThat(c.get("size").getAsInt()).isEqualTo(f.getAsJsonArray("queue").size());
            JsonObject rest = f.deepCopy();
            rest.remove("queue");
            JsonObject compactRest = c.deepCopy();
            compactRest.remove("put");
            compactRest.remove("got");
            compactRest.remove("size");
            assertThat(compactRest).isEqualTo(rest);
        }
        assertThat(steps).isGreaterThan(20);
    }

    private static void move(Map<String, Integer> queue, JsonElement item, int by) {
        String key = item.isJsonNull() ? "None" : "'" + item.getAsString();
        queue.merge(key, by, Integer::sum);
        queue.remove(key, 0);
    }

    @Test
    void aFullTracePastTheSizeWarnsOnceAndACompactOneNever() throws Exception {
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(warnings, true, StandardCharsets.UTF_8);
        trace(QueueKind.FIFO, TraceFormat.FULL, err, 2000);
        assertThat(warnings.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("looplab: warning: the trace has passed")
                .endsWith("--trace-format compact writes what entered and left the queue instead");
        warnings.reset();
        trace(QueueKind.FIFO, TraceFormat.COMPACT, err, 2000);
        trace(QueueKind.FIFO, TraceFormat.FULL, err, Long.MAX_VALUE);
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
