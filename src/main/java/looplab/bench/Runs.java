package looplab.bench;

import picocli.CommandLine.Option;

/** How a workload is timed (a picocli mixin): a warm-up, then runs, whose median counts. */
final class Runs {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Positive.class,
            description = "Measured runs per workload, after the warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    // 2 s, not less: on a shared 2-core machine the JIT takes seconds to compile the explorer's and
    // the loop's hot paths, and a shorter warm-up measured bench explore's seed row 12x too slow.
    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "2",
            description = "Seconds of warm-up per workload, before the measured runs (default: ${DEFAULT-VALUE}).")
    double warmup;
}
