package looplab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench scale}: the console's and the lab's cost per item and per task, at growing sizes. */
@Command(name = "scale",
        description = {"The cost of the console (a session fed lines, as in piped mode) and of the JShell lab per queued item "
                + "and per task at 10^3, 10^4 and 10^5 (or the sizes of --sizes): one producer of N items with no consumer, "
                + "N lines put ITEM, N consumers spawned one line each, then run; and the console's trace view after the N items.",
                "Linear cost shows as flat columns: time, bytes allocated and bytes kept per unit the same at every size."})
final class ScaleCommand extends BenchSubcommand {
    private static final int WARM_UP = 2_000;

    @Option(names = "--sizes", paramLabel = "N", split = ",", defaultValue = "1000,10000,100000",
            converter = Positive.class, description = "The sizes, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--only", paramLabel = "NAME", converter = Scale.ByLabel.class,
            description = "Run only this check: console-items, console-puts, console-tasks, console-trace, lab-items, lab-tasks,"
                    + " or lab-coroutines (user coroutines parked in get(); run only when asked).")
    Scale only;

    @Override
    List<Scale.Cost> measure() {
        List<Scale.Cost> results = new ArrayList<>();
        for (Scale check : only != null ? List.of(only)
                : Arrays.stream(Scale.values()).filter(Scale::byDefault).collect(Collectors.toList())) {
            check.run(WARM_UP);     // compiled before the smallest size is timed
            for (int n : sizes) {
                comment(check.label() + " at " + n + " ...");
                results.add(check.measure(n));
            }
        }
        return results;
    }
}
