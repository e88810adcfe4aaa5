package looplab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import looplab.command.Command;
import looplab.command.ExploreOptions;
import looplab.command.Parser;
import looplab.world.World;
import looplab.world.WorldError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Loop mode finds nothing on any conformance scenario (the public ones and the generated ones
 * kept as test data): explored from the point where the script first runs the loop, so that
 * the whole run is the explorer's. Whether a script's end is a deadlock only the script knows,
 * so deadlocks are allowed here (deadlock=ok); the budget keeps each scenario small.
 */
class ExploreScenariosTest {
    private static final ExploreOptions OPTIONS =
            new ExploreOptions(ExploreOptions.Mode.LOOP, false, true, -1, 2_000, 100, true);

    @TestFactory
    List<DynamicTest> everyScenario() throws IOException {
        Path root = Path.of("src/test/resources/looplab/conformance");
        List<Path> scripts;
        try (Stream<Path> files = Stream.concat(Files.list(root.resolve("public")), Files.list(root.resolve("generated")))) {
            scripts = files.filter(p -> p.toString().endsWith(".loop")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThan(100);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path script : scripts) {
            tests.add(DynamicTest.dynamicTest(script.getFileName().toString(), () -> explore(script)));
        }
        return tests;
    }

    private static void explore(Path script) throws Exception {
        World world = new World();
        for (looplab.command.Line line : Parser.parseScript(Files.readAllBytes(script))) {
            Command c = line.command();
            if (c.runsTheLoop()) {
                break;
            }
            try {
                world.apply(c);
            } catch (WorldError e) {
                // a line the script expects to be refused: the world is unchanged
            }
        }
        Report r = Exploration.explore(world, OPTIONS.withLock(false), () -> false, null);
        assertThat(r.failure()).as("%s: %s", script, r.failure()).isNull();
        assertThat(r.schedules()).isPositive();
    }
}
