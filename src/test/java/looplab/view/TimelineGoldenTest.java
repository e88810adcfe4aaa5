package looplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import looplab.command.Command;
import looplab.command.Parser;
import looplab.console.Session;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden timelines: each {@code golden/timeline/NAME.loop} runs in a console session; every
 * {@code timeline} line's output is kept as the console prints it in a pipe (plain ASCII), then
 * drawn again with the Unicode blocks a terminal gets, both at 80 columns, and the transcript must
 * equal {@code NAME.txt} byte for byte ({@code -Dgolden.update=true} rewrites it).
 */
class TimelineGoldenTest {
    static final Path DIR = FrameGoldenTest.DIR.resolve("timeline");

    @TestFactory
    Stream<DynamicTest> goldenTimelines() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(DIR)) {
            scripts = files.filter(p -> p.toString().endsWith(".loop")).sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            String actual = transcript(lines);
            assertThat(transcript(lines)).isEqualTo(actual);
            Path expected = Path.of(script.toString().replaceAll("\\.loop$", ".txt"));
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertThat(expected).as("golden file (create it with -Dgolden.update=true, then review it)").exists();
            assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }));
    }

    private static String transcript(List<String> lines) throws Exception {
        Session session = new Session(Command.New.DEFAULT, false);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            out.append("looplab> ").append(line).append('\n');
            Session.Output o = session.execute(line);
            assertThat(o.kind()).as(line).isNotEqualTo(Session.Kind.ERROR);
            if (!line.startsWith("timeline")) {
                continue;
            }
            String ascii = o.text().toString();
            assertThat(ascii.chars().allMatch(c -> c < 128)).as("ASCII in a pipe: " + ascii).isTrue();
            out.append(ascii).append('\n');
            Command.View.Timeline v = (Command.View.Timeline) Parser.parseLine(line, 0, session.world().kind()).orElseThrow();
            var tm = session.timeMachine();
            Timeline.Spec unicode = new Timeline.Spec(Timeline.By.fromWord(v.by()), v.from(), v.to(), 80, true, true);
            String blocks = Timeline.render(new Timeline.Run(tm.presentWorld(), tm.presentJournal(), tm.viewedStep()),
                    unicode, false).toString();
            out.append("-- with Unicode blocks --\n").append(blocks).append('\n');
        }
        return out.toString();
    }
}
