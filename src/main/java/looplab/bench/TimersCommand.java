package looplab.bench;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench timers}: what scheduling and running {@code call_later} timers costs. */
@Command(name = "timers",
        description = "--count timers (call_later) with shuffled deadlines, scheduled, then run.")
final class TimersCommand extends BenchSubcommand {
    @Option(names = "--count", paramLabel = "N", defaultValue = "1000000", converter = Positive.class,
            description = "Timers (default: ${DEFAULT-VALUE}).")
    int count;

    @Override
    List<Timers.Cost> measure() {
        return List.of(Timers.measure(count));
    }
}
