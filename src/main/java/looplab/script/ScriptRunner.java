package looplab.script;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import looplab.command.Line;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.export.Exports;
import looplab.trace.TraceFormat;
import looplab.trace.TraceWriter;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * Script mode (spec §4): parse the whole script first, then run it, writing the JSON Lines trace.
 * An invalid line anywhere writes no trace and exits 2 ({@code line N: reason}); an error found
 * while running stops the script with exit 2, keeping the trace so far. A trace that cannot be
 * written (a missing folder, a full disk) is said in one line and exits 1.
 */
public final class ScriptRunner {
    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status for an invalid script or a command that could not apply. */
    public static final int INVALID = 2;

    /** Characters buffered before the trace is written out: few writes, to a pipe as to a file. */
    private static final int BUFFER = 1 << 16;

    private ScriptRunner() {}

    /** Exit status when the trace cannot be written (a missing folder, a full disk). */
    public static final int CANNOT_WRITE = 1;

    /** Something that opens the trace's output only once the script has parsed. */
    @FunctionalInterface
    public interface TraceSink {
        /** Opens the output. */
        OutputStream open() throws IOException;

        /** The run is over and its trace written and closed (a file takes its name now). */
        default void finish() throws IOException {
        }

        /** The trace could not be written: what was written is not kept. */
        default void abandon() {
        }

        /** The output in messages. */
        default String describe() {
            return "its output";
        }
    }

    /**
     * Runs a script.
     *
     * @param script the script's bytes (UTF-8)
     * @param trace opened only if the script parses
     * @param err where {@code line N: reason} goes
     * @return the exit status: {@link #OK}, {@link #INVALID}, or {@link #CANNOT_WRITE} (said in one line on {@code err})
     */
    public static int run(byte[] script, TraceSink trace, PrintStream err) {
        return run(script, trace, err, TraceFormat.FULL);
    }

    /** A file to export the run to when the script is over ({@code --perfetto FILE}, {@code --html FILE}). */
    public record Export(Exports.Format format, Path file) {}

    /**
     * Runs a script, writing its trace in {@code format} ({@link TraceFormat#FULL}: the
     * contract's); a full trace that grows past {@link TraceWriter#WARN_AT} warns once on
     * {@code err}.
     */
    public static int run(byte[] script, TraceSink trace, PrintStream err, TraceFormat format) {
        return run(script, trace, err, format, List.of(), "script");
    }

    /**
     * Runs a script, then writes {@code exports} of what it ran (also when a command stopped it:
     * what ran until then).
     *
     * @param name the script's name, for the replay page's title
     * @return the exit status; 1 if an export could not be written
     */
    public static int run(byte[] script, TraceSink trace, PrintStream err, TraceFormat format, List<Export> exports,
            String name) {
        List<Line> lines;
        try {
            lines = Parser.parseScript(script);
        } catch (ScriptError e) {
            err.println(e.getMessage());
            return INVALID;
        }
        World world;
        int status = OK;
        try {
            OutputStream stream = trace.open();
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER)) {
                world = TraceWriter.newWorld(out, format, err);
                for (Line line : lines) {
                    try {
                        world.apply(line.command());
                    } catch (WorldError e) {
                        // The contract keeps the trace so far: the run is over, not failed.
                        err.println("line " + line.number() + ": " + e.getMessage());
                        status = INVALID;
                        break;
                    }
                }
            }
            trace.finish();
        } catch (IOException | UncheckedIOException e) {
            trace.abandon();
            IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
            err.println("looplab: cannot write the trace to " + trace.describe() + ": " + TraceTarget.reason(cause));
            return CANNOT_WRITE;
        }
        for (Export export : exports) {
            try {
                Exports.write(export.format(), world, export.file(), "LoopLab replay: " + name);
            } catch (IOException | IllegalStateException e) {
                err.println("cannot write " + export.file() + ": " + e.getMessage());
                status = status == OK ? 1 : status;
            }
        }
        return status;
    }
}
