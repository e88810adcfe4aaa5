package looplab.bench;

import picocli.CommandLine.Option;

/** How a workload is timed (a picocli mixin): a warm-up, then runs, whose median counts. */
final class Runs {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Positive.class,
            description = "Measured runs per workload, after the warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "0.5",
            description = "Seconds of warm-up per workload, before the measured runs (default: ${DEFAULT-VALUE}).")
    double warmup;
}
