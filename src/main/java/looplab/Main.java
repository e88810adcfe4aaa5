package looplab;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import looplab.command.Parser;
import looplab.command.QueueKind;
import looplab.command.ScriptError;
import looplab.console.Console;
import looplab.export.Exports;
import looplab.script.ScriptRunner;
import looplab.trace.TraceFormat;
import looplab.script.TraceTarget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code looplab} command: the console, or script mode with {@code --script}. */
@Command(name = "looplab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {looplab.bench.BenchCommand.class, ExploreCommand.class},
        description = {"See how an asyncio-style event loop shares a queue between producers and consumers.",
                "",
                // One string per paragraph: picocli wraps each string at the usage width, so a
                // string per line would break every long line again.
                "Without --script: the console. In a terminal it reads commands with TAB completion and"
                        + " history (~/.looplab_history, or $LOOPLAB_HISTORY), draws a frame after each command,"
                        + " and stops a long run on Ctrl-C; Ctrl-D leaves. With standard input not a terminal it"
                        + " reads the commands from it and prints each, then its frame, as plain text (exit 2 if"
                        + " a line was invalid). Colours follow NO_COLOR and --no-color, and are never written"
                        + " to a pipe or a file.",
                ""})
public final class Main implements Callable<Integer> {
    @Option(names = "--script", paramLabel = "FILE", description = "Run the commands of FILE without a terminal.")
    private Path script;

    @Option(names = "--trace", paramLabel = "OUT", description = {"With --script: write the JSON Lines trace to OUT ('-' = standard output). The file is",
                    "OUT.partial until the script has run to its end, and stays so if stopped (Ctrl-C).",
                    "Exit 1 if the trace cannot be written."})
    private String trace;

    @Option(names = "--trace-format", paramLabel = "FORMAT", defaultValue = "full", converter = TraceFormats.class,
            description = "With --trace: full (default, the contract's: each step repeats the queue) or compact"
                    + " (each step says what entered and left the queue, and its size).")
    private TraceFormat traceFormat;

    @Option(names = "--perfetto", paramLabel = "FILE",
            description = "With --script: also write the run as a Perfetto trace (open it at ui.perfetto.dev).")
    private Path perfetto;

    @Option(names = "--html", paramLabel = "FILE",
            description = "With --script: also write the run as a replay page (open it in a browser).")
    private Path html;

    @Option(names = "--seed", paramLabel = "S", description = "Console: seed of the first world (any integer; default 0).")
    private String seed;

    @Option(names = "--maxsize", paramLabel = "N", description = "Console: bound of the first world's queue (0, the default: unbounded).")
    private String maxsize;

    @Option(names = "--kind", paramLabel = "KIND", description = "Console: the first world's queue: fifo (default), lifo or priority.")
    private String kind;

    @Option(names = "--no-color", description = "No colours in the console (NO_COLOR=1 does the same).")
    private boolean noColor;

    @Option(names = "--watch", description = "Start in the full-screen view (as typing watch does; q leaves it).")
    private boolean watch;

    public static void main(String[] args) {
        if (args.length == 0) {
            // The common case, `java -jar looplab.jar`: straight to the console, without paying
            // for picocli's set-up before the first prompt.
            try {
                System.exit(new Main().call());
            } catch (IOException e) {
                System.err.println("looplab: " + e.getMessage());
                System.exit(1);
            }
        }
        System.exit(new CommandLine(new Main()).setParameterExceptionHandler(Main::usageError).execute(args));
    }

    /** A bad option is one line, with where to look, not the whole usage. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("looplab: " + e.getMessage() + " (" + cmd.getCommandSpec().qualifiedName()
                + " --help lists the options)");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public Integer call() throws IOException {
        if (script == null) {
            return console();
        }
        if (watch) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--watch is the console's full screen: it does not go with --script");
        }
        if (seed != null || maxsize != null || kind != null) {
            // A script starts as if `new` had been run (spec section 4): its own first line says otherwise.
            throw new CommandLine.ParameterException(new CommandLine(this), "--seed, --maxsize and --kind set up the"
                    + " console's first world; a script sets up its own: begin it with a line such as `new seed="
                    + (seed != null ? seed : "42") + "`");
        }
        ScriptRunner.TraceSink sink = OutputStream::nullOutputStream;
        if (trace != null) {
            try {
                sink = TraceTarget.of(trace, System.err);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(script);
        } catch (IOException e) {
            System.err.println("cannot read " + script + ": " + e.getMessage());
            return ScriptRunner.INVALID;
        }
        List<ScriptRunner.Export> exports = new ArrayList<>();
        if (perfetto != null) {
            exports.add(new ScriptRunner.Export(Exports.Format.PERFETTO, perfetto));
        }
        if (html != null) {
            exports.add(new ScriptRunner.Export(Exports.Format.HTML, html));
        }
        return ScriptRunner.run(bytes, sink, System.err, traceFormat, exports, script.getFileName().toString());
    }

    private int console() throws IOException {
        if (trace != null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--trace needs --script FILE");
        }
        if (perfetto != null || html != null) {
            throw new CommandLine.ParameterException(new CommandLine(this), (perfetto != null ? "--perfetto" : "--html")
                    + " needs --script FILE (in the console, type: export perfetto FILE or export html FILE)");
        }
        StringBuilder line = new StringBuilder("new");
        if (maxsize != null) {
            line.append(" maxsize=").append(maxsize);
        }
        if (seed != null) {
            line.append(" seed=").append(seed);
        }
        if (kind != null) {
            line.append(" kind=").append(kind);
        }
        looplab.command.Command.New start;
        try {
            Optional<looplab.command.Command> parsed = Parser.parseLine(line.toString(), 0, QueueKind.FIFO);
            start = (looplab.command.Command.New) parsed.orElseThrow();
        } catch (ScriptError | RuntimeException e) {
            String reason = e instanceof ScriptError ? ((ScriptError) e).reason() : String.valueOf(e.getMessage());
            throw new CommandLine.ParameterException(new CommandLine(this), "invalid option: " + reason
                    + " (--seed S is an integer, --maxsize N an integer >= 0, --kind fifo, lifo or priority)");
        }
        String history = System.getenv("LOOPLAB_HISTORY");
        Path historyFile = history != null && !history.isEmpty() ? Path.of(history)
                : Path.of(System.getProperty("user.home"), ".looplab_history");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return Console.start(new Console.Settings(start, noColor, historyFile, new Version().getVersion()[0]
                .substring("looplab ".length()), watch), in, out);
    }

    /** picocli: the word of a {@link TraceFormat}. */
    static final class TraceFormats implements CommandLine.ITypeConverter<TraceFormat> {
        @Override
        public TraceFormat convert(String value) {
            for (TraceFormat f : TraceFormat.values()) {
                if (f.word().equals(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a trace format; try full or compact");
        }
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
