package looplab.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@code looplab bench}: it measures something and returns what it measured as
 * {@link Result} records, which {@link ResultPrinter} prints, as a table or as JSON lines. This
 * class does the rest: the options of {@link BenchOptions}, forking the JVM that measures, the
 * header naming that JVM, and reporting errors.
 *
 * <p>To add a subcommand: extend this class, annotate it {@code @Command(name = ..., description =
 * ...)}, give it options of its own (and the mixins it needs, such as {@link Runs}; or extend
 * {@link AnchoredSubcommand}, for {@link Runs} and {@link Anchor}), implement {@link #measure},
 * and list it in {@link BenchCommand}'s subcommands.
 */
abstract class BenchSubcommand implements Callable<Integer> {
    @Mixin
    BenchOptions options;

    @Spec
    CommandSpec spec;

    private ResultPrinter printer;

    /**
     * Checks the options together, before anything is measured or forked; throws a picocli
     * {@code ParameterException} (a usage error, exit status 2) if they do not fit.
     */
    void check() {}

    /** Measures, in the JVM that measures; the results are records of one type. */
    abstract List<? extends Result> measure() throws IOException, InterruptedException;

    /** A {@code # text} line of progress above the table (none in JSON). */
    void comment(String text) {
        printer.comment(text);
    }

    @Override
    public final Integer call() {
        check();
        try {
            if (!options.inProcess) {
                return Fork.run(options.jvmArgs, forkedArgs());
            }
            printer = new ResultPrinter(spec.commandLine().getOut(), options.json);
            printer.comment(Fork.describeJvm());
            printer.print(measure());
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * This subcommand and the arguments after its name, for the forked JVM. When it was run on its
     * own, as plain {@code bench} runs {@code workloads}, its name is not there and all are its.
     */
    private List<String> forkedArgs() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        List<String> forked = new ArrayList<>(List.of(spec.name()));
        forked.addAll(args.subList(args.indexOf(spec.name()) + 1, args.size()));
        return forked;
    }
}
