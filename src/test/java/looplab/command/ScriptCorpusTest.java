package looplab.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The twelve public scenarios and fifty scripts of {@code gen.py --seed 3}, copied into the
 * test resources with the oracle's parse of each ({@code NAME.parsed}): every one must parse
 * to exactly the oracle's commands.
 */
class ScriptCorpusTest {

    private static final String DIR = "/looplab/command/";

    private static List<String> names() {
        return new String(read("scripts.txt"), StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theCorpusIsThere() {
        assertThat(names()).hasSize(62)
                .filteredOn(n -> n.startsWith("gen-3-")).hasSize(50);
    }

    @TestFactory
    Stream<DynamicTest> everyScriptParsesAsTheOracleDoes() {
        return names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<Line> lines = Parser.parseScript(read(name));
            String expected = new String(read(name.replace(".loop", ".parsed")), StandardCharsets.UTF_8);
            assertThat(Canonical.of(lines, "\n") + "\n").isEqualTo(expected);
        }));
    }

    @Test
    void viewsAreKeptWithTheirLineNumbers() throws ScriptError {
        List<Line> lines = Parser.parseScript(read("03_consumer_waits_then_put.loop"));
        assertThat(lines).filteredOn(l -> l.command() instanceof Command.View)
                .containsExactly(new Line(6, new Command.View.Tasks()));
    }

    private static byte[] read(String name) {
        try (InputStream in = ScriptCorpusTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
