package looplab.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import looplab.command.Command;
import looplab.console.Session;
import looplab.travel.TimeMachine;
import looplab.view.Timeline;
import looplab.view.WatchScreen;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The watch screen at any size, after every command of seeded random sessions: exactly as many
 * lines as the terminal has rows, none wider than its columns; on a terminal big enough, the
 * title bar first, the keys last, every section's heading in between, and the listing marked at
 * the line its heading names, the timeline strip whole or not at all; on a smaller one, the size
 * it needs. Some commands are followed by {@code back}, so that screens of the past are drawn too.
 * The same world and size give the same lines. Seeds 9000000 + i; {@code -Dlooplab.props.cases=N}
 * scales (default 1000, a tenth of them here).
 */
class WatchScreenPropertiesTest {
    private static final int CASES = Integer.getInteger("looplab.props.cases", 1000) / 10;
    private static final Pattern NOW_AT = Pattern.compile("now at line (\\d+)");

    @TestFactory
    Stream<DynamicTest> everyScreenFitsItsTerminal() {
        return LongStream.range(0, CASES).map(i -> 9_000_000L + i).mapToObj(seed ->
                DynamicTest.dynamicTest("seed=" + seed, () -> check(seed)));
    }

    private static void check(long seed) {
        List<Gen.Cmd> script = Gen.script(seed, Gen.Config.forSeed(seed));
        SplittableRandom rnd = new SplittableRandom(seed);
        Session session = new Session(Command.New.DEFAULT, false);
        WatchScreen screen = new WatchScreen(false, rnd.nextBoolean());
        for (int i = 0; i < script.size(); i++) {
            session.execute(script.get(i).text());
            if (rnd.nextInt(5) == 0) {
                session.execute("back " + (1 + rnd.nextInt(3)));      // the past, which the next command continues
            }
            int columns = 40 + rnd.nextInt(181);
            int rows = 8 + rnd.nextInt(63);
            String at = "seed " + seed + ", " + columns + "x" + rows + ", after:\n" + Gen.render(script, i);
            TimeMachine machine = session.timeMachine();
            WatchScreen.Chrome chrome = rnd.nextBoolean() ? WatchScreen.Chrome.NONE : new WatchScreen.Chrome("", false,
                    null, machine.status(), new Timeline.Run(machine.presentWorld(), machine.presentJournal(),
                    machine.viewedStep()));
            List<AttributedString> lines = screen.lines(session.world(), session.journal(), columns, rows, chrome);
            assertThat(lines).as(at).hasSize(rows);
            assertThat(lines).as(at).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(columns));
            assertThat(screen.lines(session.world(), session.journal(), columns, rows, chrome))
                    .as(at).isEqualTo(lines);
            String text = String.join("\n", lines.stream().map(AttributedString::toString).toList());
            if (!WatchScreen.fits(columns, rows)) {
                assertThat(text).as(at).contains("watch needs a terminal of at least");
                continue;
            }
            assertThat(lines.get(0).toString()).as(at).containsPattern("^ (LoopLab )?watch ");
            assertThat(lines.get(rows - 1).toString()).as(at).contains("step").contains("q ");
            for (String heading : List.of("CODE ", "QUEUE ", "READY ", "TIMERS ", "TASKS ")) {
                assertThat(text).as(at).containsPattern("(^|\n|\\| )" + heading);
            }
            if (text.contains("TIMELINE ")) {
                assertThat(text).as(at + "the strip whole").contains("\nqueue  ");
            }
            Matcher m = NOW_AT.matcher(text);
            if (m.find()) {
                assertThat(text).as(at).containsPattern("(^|\n) -> +" + m.group(1) + "  ");
            }
        }
    }
}
