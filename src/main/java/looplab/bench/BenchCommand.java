package looplab.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code looplab bench}: measurements of LoopLab's model, one subcommand each (see
 * {@link BenchSubcommand} to add one). Plain {@code bench} is {@code bench workloads}: the
 * anchor's four workloads at their defaults.
 */
@Command(name = "bench",
        description = {"Measures LoopLab's model, optionally against CPython's asyncio.",
                "The workloads of ../shared/bench/asyncio_bench.py, and more. Without a subcommand: bench workloads.",
                "Each subcommand prints a table, or JSON lines with --json, and measures in a JVM of its own "
                + "(-XX:+UseSerialGC; see --jvm-args, --in-process)."},
        subcommands = {WorkloadsCommand.class, SizesCommand.class, UserCoroutinesCommand.class, MemoryCommand.class,
                TimersCommand.class, FrameCommand.class, StartupCommand.class, BackCommand.class, ScaleCommand.class, ExploreCommand.class, HelpCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    /** Runs {@code bench workloads} with its defaults, as plain {@code bench} did before the subcommands. */
    @Override
    public Integer call() {
        return spec.subcommands().get("workloads").execute();
    }
}
