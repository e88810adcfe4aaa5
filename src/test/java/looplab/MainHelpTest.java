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
    void everySubcommandsHelpWrapsEvenlyAndFits() {
        for (CommandLine sub : new CommandLine(new Main()).getSubcommands().values()) {
            String help = sub.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String[] lines = help.split("\\R");
            assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
            // the description: from the line after the usage to the first option or subcommand list
            List<String> current = new ArrayList<>();
            int i = 1;
            while (i < lines.length && lines[i].startsWith(" ")) {
                i++;       // the usage's own continuation lines
            }
            for (; i < lines.length && !lines[i].startsWith("  ") && !lines[i].startsWith("Commands:"); i++) {
                current.add(lines[i]);
            }
            for (int k = 0; k + 1 < current.size(); k++) {
                String line = current.get(k);
                boolean paragraphEnds = line.endsWith(".") || line.endsWith(":");
                assertThat(paragraphEnds || line.length() > 60).as(sub.getCommandName() + ": " + line).isTrue();
            }
        }
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
    void everySubcommandIsListedOnOneLine() {
        String help = new CommandLine(new Main()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        String commands = help.substring(help.indexOf("Commands:") + "Commands:".length()).strip();
        // a continuation line would start deeper than a subcommand's name
        assertThat(commands.split("\\R")).allSatisfy(line -> assertThat(line).doesNotStartWith("   "));
    }
}
