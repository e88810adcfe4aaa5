package looplab.bench;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench back}: how long the console's {@code back} takes to answer, by the size of the run. */
@Command(name = "back",
        description = {"The console's back (replay to the step before, and its frame) in worlds of --steps task steps,",
                "run by one command (run) and by one command per 10 steps (step 10)."})
final class BackCommand extends BenchSubcommand {
    @Option(names = "--steps", paramLabel = "N", split = ",", defaultValue = "1000,10000,100000",
            converter = Positive.class, description = "Task steps of the worlds, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "30", converter = Positive.class,
            description = "Times back is timed in each world (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    List<Back.Times> measure() {
        List<Back.Times> results = new ArrayList<>();
        for (int n : sizes) {
            for (Back.Shape shape : Back.Shape.values()) {
                results.add(Back.measure(n, shape, repeats));
            }
        }
        return results;
    }
}
