package looplab.bench;

import java.util.List;
import looplab.command.ScriptError;
import looplab.world.WorldError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench explore}: schedules per second of {@code explore}, reduced and naive, in one run. */
@Command(name = "explore",
        description = "explore on the seed's shape (2 producers of 3 items, 2 consumers) and with every delay 0: "
                + "schedules/s with DPOR and with a naive enumeration of every schedule, and the threads' modes.")
final class ExploreCommand extends BenchSubcommand {
    @Mixin
    Runs runs;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "200000", converter = Positive.class,
            description = "At most N schedules per exploration (default: ${DEFAULT-VALUE}).")
    int budget;

    @Override
    List<ExploreShapes.Cost> measure() {
        try {
            return ExploreShapes.measure(runs, budget);
        } catch (ScriptError | WorldError e) {
            throw new IllegalStateException("the seed's shape did not set up: " + e.getMessage(), e);
        }
    }
}
