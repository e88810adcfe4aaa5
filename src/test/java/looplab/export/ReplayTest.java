package looplab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import looplab.command.Command;
import looplab.command.Line;
import looplab.command.Parser;
import looplab.console.Session;
import looplab.view.Snapshot;
import looplab.world.TraceEvent;
import looplab.world.World;
import looplab.world.WorldError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The replay cuts a run into moments without changing it: the same steps, the same world at the end. */
class ReplayTest {

    @TestFactory
    Stream<DynamicTest> everyScriptReplaysIntoTheSameStepsAndWorld() {
        return Scripts.all().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> sameStepsAndWorld(script)));
    }

    private static void sameStepsAndWorld(Path script) throws Exception {
        List<String> stepped = new ArrayList<>();
        World world = new World(e -> {
            if (e instanceof TraceEvent.Stepped s) {
                stepped.add(s.task() + " " + s.n());
            }
        });
        for (Line line : Parser.parseScript(Scripts.read(script).getBytes(StandardCharsets.UTF_8))) {
            try {
                world.apply(line.command());
            } catch (WorldError e) {
                break;
            }
        }
        List<String> moments = new ArrayList<>();
        Snapshot[] last = new Snapshot[1];
        new Replay().run(world.applied(), (w, journal, lines) -> {
            assertThat(journal.last().stepsRun()).as("task steps in one moment").isLessThanOrEqualTo(1);
            if (journal.last().lastStep() != null) {
                moments.add(journal.last().lastStep().task() + " " + journal.last().lastStep().n());
            }
            last[0] = Snapshot.of(w);
        });
        assertThat(moments).isEqualTo(stepped);
        if (last[0] != null) {
            assertThat(last[0]).isEqualTo(Snapshot.of(world));
        }
    }

    @Test
    void theSeedExampleBeginsWithItsSetUpThenOneMomentPerStep() {
        List<List<String>> lines = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        new Replay().run(Runs.seedExample().applied(), (w, journal, ls) -> {
            lines.add(ls);
            tasks.add(journal.last().lastStep() == null ? null : journal.last().lastStep().task());
        });
        assertThat(lines.get(0)).containsExactly("new seed=42", "spawn producer", "spawn producer", "spawn consumer",
                "spawn consumer");
        assertThat(tasks.subList(0, 5)).containsExactly(null, "P0", "P1", "C0", "C1");
        assertThat(lines.get(1)).containsExactly("run");
    }

    /**
     * A moment is what the console shows for `step` at that point: the same frame, but for the
     * header's command.
     */
    @Test
    void aMomentsFrameIsTheConsolesFrameForStep() {
        List<String> frames = new ArrayList<>();
        new Replay().run(Runs.seedExample().applied(), (w, journal, ls) -> frames.add(
                looplab.view.Renderer.plain().frame(w, journal).toString()));
        Session session = new Session(Command.New.DEFAULT, false);
        for (String line : List.of("new seed=42", "spawn producer count=3..7 delay=0.1..0.5",
                "spawn producer count=3..7 delay=0.1..0.5", "spawn consumer", "spawn consumer")) {
            session.execute(line);
        }
        for (int i = 1; i < frames.size(); i++) {
            String console = session.execute("step").text().toString();
            assertThat(withoutHeader(frames.get(i))).as("moment %d", i).isEqualTo(withoutHeader(console));
        }
    }

    private static String withoutHeader(String frame) {
        return frame.substring(frame.indexOf('\n') + 1);
    }
}
