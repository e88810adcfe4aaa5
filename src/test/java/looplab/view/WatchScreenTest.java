package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The watch screen's layout at fixed sizes: goldens of the seed's example (rewrite them with
 * {@code -Dgolden.update=true} and review the diff), and, over seeded random sessions and sizes,
 * that every screen has exactly its rows, none wider than its columns, with every section's
 * heading on it.
 */
class WatchScreenTest {
    static final Path DIR = Path.of("src/test/resources/looplab/view/watch");

    private static final List<String> SEED42 = List.of("new seed=42", "spawn producer count=3..7 delay=0.1..0.5",
            "spawn producer count=3..7 delay=0.1..0.5", "spawn consumer", "spawn consumer", "step", "step");

    private static String screen(ViewDriver d, int columns, int rows, WatchScreen.Chrome chrome) {
        List<AttributedString> lines = new WatchScreen(false, true).lines(d.world, d.journal, columns, rows, chrome);
        StringBuilder b = new StringBuilder();
        for (AttributedString l : lines) {
            b.append(l.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    private static ViewDriver run(List<String> lines) {
        ViewDriver d = new ViewDriver();
        lines.forEach(d::run);
        return d;
    }

    @TestFactory
    Stream<DynamicTest> goldens() {
        record Case(String name, List<String> lines, int columns, int rows) {}
        List<String> idle = List.of("new maxsize=1", "spawn producer count=3 delay=0", "run");
        return Stream.of(
                new Case("seed42_120x40", SEED42, 120, 40),
                new Case("seed42_80x24", SEED42, 80, 24),
                new Case("seed42_60x15", SEED42, 60, 15),
                new Case("start_100x30", List.of(), 100, 30),
                new Case("idle_120x30", idle, 120, 30),
                new Case("small_50x12", SEED42, 50, 12))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> golden(c.name(),
                        screen(run(c.lines()), c.columns(), c.rows(), WatchScreen.Chrome.NONE))));
    }

    /** The bars: a message, an error, a run under way, the past. */
    @TestFactory
    Stream<DynamicTest> chrome() {
        record Case(String name, WatchScreen.Chrome chrome) {}
        return Stream.of(
                new Case("message_90x20", new WatchScreen.Chrome("r ran 3 task steps, stopped (r runs on)", false, null, null, null)),
                new Case("running_90x20", new WatchScreen.Chrome("", false, "4 steps a second", null, null)),
                new Case("past_90x20", new WatchScreen.Chrome("", false, null, "viewing step 1 of 2", null)))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> golden(c.name(), screen(run(SEED42), 90, 20, c.chrome()))));
    }

    /** The strip of the timeline below the tasks, where it fits whole: at 120x40, not at 80x24. */
    @TestFactory
    Stream<DynamicTest> timelineStrip() {
        return Stream.of(new int[] {120, 40}, new int[] {80, 24}, new int[] {200, 50}).map(size -> {
            String name = "strip_seed42_" + size[0] + "x" + size[1];
            return DynamicTest.dynamicTest(name, () -> {
                ViewDriver d = run(SEED42);
                d.run("step 5");
                Timeline.Run run = new Timeline.Run(d.world, d.journal, d.world.steps());
                golden(name, screen(d, size[0], size[1], new WatchScreen.Chrome("", false, null, null, run)));
            });
        });
    }

    @Test
    void helpListsEveryKey() {
        String help = String.join("\n", new WatchScreen(false, false).help(100, 30, "2 steps a second").stream()
                .map(AttributedString::toString).toList());
        for (String key : List.of("space, s", "t ", "r ", "+, -", "b, Left", "f, Right", ":", "?", "Ctrl-L", "q ")) {
            assertThat(help).contains("\n  " + key);
        }
        assertThat(help).contains("(now 2 steps a second)").contains("Press any key to return.");
    }

    private static void golden(String name, String actual) throws IOException {
        Path expected = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
