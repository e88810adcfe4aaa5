package looplab.bench;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench sizes}: how the cost per item of each workload changes with the number of items. */
@Command(name = "sizes",
        description = "Cost per item of each workload at 10^3, 10^5 and 10^7 items (or the sizes of --items).")
final class SizesCommand extends BenchSubcommand {
    /** From this size on, a run is long enough to be timed alone, and three runs are enough. */
    private static final int LARGE = 10_000_000;

    @Option(names = "--items", paramLabel = "N", split = ",", defaultValue = "1000,100000,10000000",
            converter = Positive.class, description = "The sizes, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--only", paramLabel = "NAME", converter = Workload.ByLabel.class,
            description = "Run only this workload: pingpong, unbounded, fanin or yields.")
    Workload only;

    @Mixin
    Runs runs;

    @Override
    List<Measurement> measure() {
        List<Measurement> results = new ArrayList<>();
        for (Workload w : only == null ? Workload.values() : new Workload[] {only}) {
            for (int n : sizes) {
                // Small sizes are timed over many runs (0.5 s at least), the largest over --runs.
                results.add(Measurement.of(w, n, n >= LARGE ? Math.min(runs.runs, 3) : runs.runs, n >= LARGE ? 0 : 0.5,
                        runs.warmup));
            }
        }
        return results;
    }
}
