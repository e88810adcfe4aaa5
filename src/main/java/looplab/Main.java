package looplab;

import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import looplab.script.ScriptRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code looplab} command: the console, or script mode with {@code --script}. */
@Command(name = "looplab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {looplab.bench.BenchCommand.class},
        description = "See how an asyncio-style event loop shares a queue between producers and consumers.")
public final class Main implements Callable<Integer> {
    @Option(names = "--script", paramLabel = "FILE", description = "Run the commands of FILE without a terminal.")
    private Path script;

    @Option(names = "--trace", paramLabel = "OUT", description = "With --script: write the JSON Lines trace to OUT ('-' = standard output).")
    private String trace;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (script == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--script FILE is required");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(script);
        } catch (IOException e) {
            System.err.println("cannot read " + script + ": " + e.getMessage());
            return ScriptRunner.INVALID;
        }
        return ScriptRunner.run(bytes, this::openTrace, System.err);
    }

    private OutputStream openTrace() throws IOException {
        if (trace == null) {
            return OutputStream.nullOutputStream();
        }
        if (trace.equals("-")) {
            // Standard output stays open for whatever follows.
            return new FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return new FileOutputStream(trace);
    }

    /** The version from the jar's manifest (or "dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"looplab " + (v == null ? "dev" : v)};
        }
    }
}
