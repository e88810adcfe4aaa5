package looplab.bench;

import picocli.CommandLine.Option;

/** The options every {@code bench} subcommand has (a picocli mixin): help, output, where to measure. */
final class BenchOptions {
    // Help but no --version: the subcommands have no version of their own.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--json", description = "Print JSON lines instead of a table (for the workloads, the anchor's format).")
    boolean json;

    @Option(names = "--jvm-args", paramLabel = "ARGS", defaultValue = Fork.DEFAULT_JVM_ARGS,
            description = "Options of the JVM that measures (default: ${DEFAULT-VALUE}: the model runs on one thread).")
    String jvmArgs;

    @Option(names = "--in-process", description = "Measure in this JVM, as it was started, instead of a JVM of the bench's own.")
    boolean inProcess;
}
