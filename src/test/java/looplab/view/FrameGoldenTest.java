package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden frames: each {@code golden/NAME.loop} is run line by line as the console would, and
 * the transcript (colours off) must equal {@code golden/NAME.txt} byte for byte. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change, and
 * review the diff.
 */
class FrameGoldenTest {
    static final Path DIR = Path.of("src/test/resources/looplab/view/golden");

    @TestFactory
    Stream<DynamicTest> goldenFrames() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(DIR)) {
            scripts = files.filter(p -> p.toString().endsWith(".loop")).sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            String actual = new ViewDriver().transcript(lines);
            // Deterministic: a second run gives the same bytes.
            assertThat(new ViewDriver().transcript(lines)).isEqualTo(actual);
            Path expected = Path.of(script.toString().replaceAll("\\.loop$", ".txt"));
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertThat(expected).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
            assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            assertThat(actual).doesNotContain("\u001b");
        }));
    }
}
