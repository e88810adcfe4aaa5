package looplab.bench;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench memory}: the heap an idle task takes. */
@Command(name = "memory",
        description = "Memory per idle task: --count tasks parked in await q.get(), heap after GC.")
final class MemoryCommand extends BenchSubcommand {
    @Option(names = "--count", paramLabel = "N", defaultValue = "1000000", converter = Positive.class,
            description = "Idle tasks (default: ${DEFAULT-VALUE}).")
    int count;

    @Override
    List<IdleTasks.Footprint> measure() {
        return List.of(IdleTasks.measure(count));
    }
}
