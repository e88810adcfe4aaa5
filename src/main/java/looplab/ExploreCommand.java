package looplab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import looplab.command.Line;
import looplab.command.Parser;
import looplab.command.QueueKind;
import looplab.command.ScriptError;
import looplab.explore.Exploration;
import looplab.explore.ExploreLimit;
import looplab.explore.Report;
import looplab.view.ExploreView;
import looplab.world.World;
import looplab.world.WorldError;
import picocli.CommandLine.Parameters;

/** {@code looplab explore FILE [WORDS]}: the console's {@code explore} on the world a script sets up. */
@picocli.CommandLine.Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Explores every schedule of the world a script sets up.",
                // one string per paragraph: picocli wraps each string on its own
                "FILE holds the commands of script mode; WORDS are what the console's `explore WORDS` takes:"
                        + " `explore FILE`, `explore FILE threads`, `explore FILE threads lock=on`. Exit 0 when"
                        + " every invariant held, 1 when one broke, 2 for a bad file or words."})
final class ExploreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The script that sets the world up.")
    private Path file;

    @Parameters(index = "1..*", paramLabel = "WORDS", description = "What explore takes: threads, lock=on, depth=N, ...")
    private List<String> words = List.of();

    @Override
    public Integer call() {
        World world = new World();
        try {
            for (Line line : Parser.parseScript(Files.readAllBytes(file))) {
                world.apply(line.command());
            }
        } catch (IOException e) {
            System.err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (ScriptError e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (WorldError e) {
            System.err.println(file + ": " + e.getMessage());
            return 2;
        }
        looplab.command.Command.View.Explore explore;
        try {
            explore = (looplab.command.Command.View.Explore) Parser.parseLine("explore " + String.join(" ", words), 0,
                    QueueKind.FIFO).orElseThrow();
        } catch (ScriptError e) {
            System.err.println("error: " + e.reason() + "; " + e.hint());
            return 2;
        }
        Report report;
        try {
            report = Exploration.explore(world, explore.options(), () -> false, null);
        } catch (ExploreLimit e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        System.out.println(ExploreView.of(report));
        boolean broken = report.checked().stream().anyMatch(i -> report.brokenOn(i) > 0);
        return broken ? 1 : 0;
    }
}
