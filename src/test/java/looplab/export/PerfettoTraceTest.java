package looplab.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Perfetto export, checked as a trace viewer reads it: every event well-formed, no two
 * slices of a track overlapping, every flow with both ends inside a slice, a named track for
 * every task; and, for the seed's example, byte for byte against a golden file
 * ({@code -Dgolden.update=true} rewrites it).
 */
class PerfettoTraceTest {
    private static final Path GOLDEN = Path.of("src/test/resources/looplab/export/01_seed_example.perfetto.json");
    private static final Set<String> PHASES = Set.of("M", "X", "i", "C", "s", "f");

    @TestFactory
    Stream<DynamicTest> everyScriptGivesAWellFormedTrace() {
        return Scripts.all().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> check(PerfettoTrace.of(Runs.of(Scripts.read(script))))));
    }

    @Test
    void theSeedExampleMatchesItsGoldenFile() throws Exception {
        String actual = PerfettoTrace.of(Runs.seedExample());
        assertThat(PerfettoTrace.of(Runs.seedExample())).as("deterministic").isEqualTo(actual);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        check(actual);
    }

    @Test
    void theSeedExampleHasWhatTheIssueAsksFor() {
        List<JsonObject> events = events(PerfettoTrace.of(Runs.seedExample()));
        List<String> threads = events.stream().filter(e -> ph(e).equals("M") && name(e).equals("thread_name"))
                .map(e -> e.getAsJsonObject("args").get("name").getAsString()).toList();
        assertThat(threads).contains("P0", "P1", "C0", "C1");
        JsonObject first = events.stream().filter(e -> ph(e).equals("X") && name(e).equals("P0 step 1")).findFirst()
                .orElseThrow();
        assertThat(first.get("ts").getAsDouble()).as("just after the set-up's slot at t=0").isPositive().isLessThan(1000);
        JsonObject args = first.getAsJsonObject("args");
        assertThat(args.get("resumed at").getAsString()).isEqualTo("line 1 `not started`");
        assertThat(args.get("stopped at").getAsString()).isEqualTo("line 6 `await asyncio.sleep(delay())`");
        assertThat(args.getAsJsonArray("printed").get(0).getAsString()).isEqualTo("Producer P0 added: Item 0 from P0");
        assertThat(args.getAsJsonArray("put").get(0).getAsString()).isEqualTo("'Item 0 from P0'");
        assertThat(events.stream().filter(e -> ph(e).equals("i") && cat(e).equals("timer"))).isNotEmpty();
        assertThat(events.stream().filter(e -> ph(e).equals("C") && name(e).equals("queue length"))).isNotEmpty();
        // Steps at t=0 keep their order: P0, P1, C0, C1 one after another.
        List<String> atZero = events.stream().filter(e -> ph(e).equals("X") && cat(e).equals("step")
                && e.get("ts").getAsDouble() < 1e5).sorted((a, b) -> Double.compare(ts(a), ts(b))).map(PerfettoTraceTest::name)
                .toList();
        assertThat(atZero).startsWith("P0 step 1", "P1 step 2", "C0 step 3", "C1 step 4");
        // Arrows both from puts to getters and from timers to wake-ups.
        Set<String> flowStartCats = new HashSet<>();
        Map<Integer, JsonObject> starts = new HashMap<>();
        events.stream().filter(e -> ph(e).equals("s")).forEach(e -> starts.put(e.get("id").getAsInt(), e));
        for (JsonObject s : starts.values()) {
            flowStartCats.add(sliceAt(events, s).get("cat").getAsString());
        }
        assertThat(flowStartCats).contains("step", "timer");
    }

    /** The structural checks a viewer relies on. */
    static void check(String json) {
        List<JsonObject> events = events(json);
        assertThat(events).isNotEmpty();
        Map<String, List<double[]>> slices = new HashMap<>();
        Set<String> namedTracks = new HashSet<>();
        for (JsonObject e : events) {
            assertThat(PHASES).as("phase of %s", e).contains(ph(e));
            assertThat(e.has("name") && e.has("pid") && e.has("tid")).as("name, pid, tid in %s", e).isTrue();
            if (ph(e).equals("M")) {
                assertThat(e.getAsJsonObject("args").has("name") || e.getAsJsonObject("args").has("sort_index")).isTrue();
                if (name(e).equals("thread_name")) {
                    namedTracks.add(track(e));
                }
                continue;
            }
            assertThat(e.has("ts") && e.has("cat")).as("ts and cat in %s", e).isTrue();
            assertThat(ts(e)).isFinite().isGreaterThanOrEqualTo(0);
            switch (ph(e)) {
                case "X" -> {
                    double dur = e.get("dur").getAsDouble();
                    assertThat(dur).as("dur of %s", e).isPositive();
                    // in nanoseconds, the trace's precision
                    slices.computeIfAbsent(track(e), k -> new ArrayList<>())
                            .add(new double[] {Math.round(ts(e) * 1000), Math.round(ts(e) * 1000) + Math.round(dur * 1000)});
                }
                case "i" -> assertThat(e.get("s").getAsString()).isEqualTo("t");
                case "C" -> assertThat(e.getAsJsonObject("args").get("items").getAsInt()).isNotNegative();
                default -> assertThat(e.has("id")).isTrue();
            }
        }
        for (Map.Entry<String, List<double[]>> track : slices.entrySet()) {
            assertThat(namedTracks).as("track %s is named", track.getKey()).contains(track.getKey());
            List<double[]> list = new ArrayList<>(track.getValue());
            list.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i)[0]).as("slices on track %s overlap", track.getKey())
                        .isGreaterThanOrEqualTo(list.get(i - 1)[1]);
            }
        }
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        for (JsonObject e : events) {
            if (ph(e).equals("s") || ph(e).equals("f")) {
                (ph(e).equals("s") ? starts : ends).merge(e.get("id").getAsInt(), 1, Integer::sum);
                assertThat(sliceAt(events, e)).as("flow end %s lies inside a slice of its track", e).isNotNull();
                if (ph(e).equals("f")) {
                    assertThat(e.get("bp").getAsString()).isEqualTo("e");
                }
            }
        }
        assertThat(starts.keySet()).isEqualTo(ends.keySet());
        assertThat(starts.values()).allMatch(n -> n == 1);
        assertThat(ends.values()).allMatch(n -> n == 1);
    }

    private static JsonObject sliceAt(List<JsonObject> events, JsonObject at) {
        for (JsonObject e : events) {
            if (ph(e).equals("X") && track(e).equals(track(at)) && ts(e) < ts(at)
                    && ts(at) < ts(e) + e.get("dur").getAsDouble()) {
                return e;
            }
        }
        return null;
    }

    static List<JsonObject> events(String json) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("traceEvents")) {
            out.add(e.getAsJsonObject());
        }
        return out;
    }

    private static String track(JsonObject e) {
        return e.get("pid").getAsInt() + "/" + e.get("tid").getAsInt();
    }

    private static String ph(JsonObject e) {
        return e.get("ph").getAsString();
    }

    private static String name(JsonObject e) {
        return e.get("name").getAsString();
    }

    private static String cat(JsonObject e) {
        return e.get("cat").getAsString();
    }

    private static double ts(JsonObject e) {
        return e.get("ts").getAsDouble();
    }
}
