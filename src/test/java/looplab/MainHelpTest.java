package looplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code looplab --help}: its text wraps evenly at 80 columns. */
class MainHelpTest {

    /** The description's paragraphs, each a list of lines, from "See how" to the option list. */
    private static List<List<String>> paragraphs(String help) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean in = false;
        for (String line : help.split("\\R")) {
            if (line.startsWith("See how")) {
                in = true;
            }
            if (!in) {
                continue;
            }
            if (line.startsWith("  -")) {
                break;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    @Test
    void everyLineFitsEightyColumns() {
        String help = new CommandLine(new Main()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help.split("\\R")).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void theDescriptionWrapsEvenly() {
        String help = new CommandLine(new Main()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        List<List<String>> paragraphs = paragraphs(help);
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(2);
        for (List<String> p : paragraphs) {
            // Only a paragraph's last line may be short: a short line inside one is a line broken twice.
            for (String line : p.subList(0, p.size() - 1)) {
                assertThat(line.length()).as("a line inside a paragraph of --help: " + line).isGreaterThan(60);
            }
        }
    }

    @Test
    void benchIsListedOnOneLine() {
        String help = new CommandLine(new Main()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        String commands = help.substring(help.indexOf("Commands:"));
        assertThat(commands.strip().split("\\R")).hasSize(2);
    }
}
