package looplab.script;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code --trace OUT} writes, so that a trace that looks complete is one: a regular file
 * is written beside its path ({@code OUT.partial}) and renamed onto {@code OUT} only when the
 * script has run to its end; standard output ({@code -}) and other files (a device, a pipe) are
 * written in place. Only whole lines leave it, so a run stopped by a signal (Ctrl-C, SIGTERM)
 * ends on a line boundary, keeps its lines under the {@code .partial} name and says so in one
 * line on standard error. A write that fails (a full disk) is remembered and reported once.
 */
public final class TraceTarget implements ScriptRunner.TraceSink {
    /** What the name of an unfinished trace file ends with. */
    public static final String PARTIAL = ".partial";

    private final String name;            // as the user wrote it, for messages
    private final Path path;              // null for standard output
    private final PrintStream err;
    private Path partial;                 // where a regular file is written until it is done
    private WholeLines lines;
    private Thread hook;
    private boolean over;                 // finished, or stopped by a signal

    private TraceTarget(String name, Path path, PrintStream err) {
        this.name = name;
        this.path = path;
        this.err = err;
    }

    /**
     * The target {@code --trace} names: {@code -} is standard output, anything else a file.
     *
     * @throws IllegalArgumentException for an empty name
     */
    public static TraceTarget of(String arg, PrintStream err) {
        if (arg.isEmpty()) {
            throw new IllegalArgumentException("--trace needs a file name, or - for standard output");
        }
        return new TraceTarget(arg, arg.equals("-") ? null : Path.of(arg), err);
    }

    /** The trace's name in messages: {@code 'OUT'} or {@code standard output}. */
    public String describe() {
        return path == null ? "standard output" : "'" + name + "'";
    }

    @Override
    public synchronized OutputStream open() throws IOException {
        OutputStream raw;
        if (path == null) {
            raw = new FileOutputStream(FileDescriptor.out);   // not System.out: it hides write errors
        } else if (Files.isDirectory(path)) {
            throw new IOException("it is a folder; give a file name, e.g. " + path.resolve("trace.jsonl"));
        } else if (Files.exists(path) && (!Files.isRegularFile(path) || Files.isSymbolicLink(path))) {
            raw = open(path);    // a device, a pipe, a link: written in place, never replaced
        } else {
            partial = path.resolveSibling(path.getFileName() + PARTIAL);
            raw = open(partial);
        }
        lines = new WholeLines(raw, path == null);
        hook = new Thread(this::stoppedBySignal, "looplab-trace-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return lines;
    }

    private OutputStream open(Path file) throws IOException {
        try {
            return Files.newOutputStream(file);
        } catch (NoSuchFileException e) {
            Path folder = file.toAbsolutePath().getParent();
            throw new IOException(Files.isDirectory(folder) ? "no file can be made in " + folder
                    : "the folder " + folder + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        }
    }

    /**
     * The run is over (to its end, or stopped by an error of the script, whose trace the
     * contract keeps): the trace file takes its name.
     *
     * @throws IOException if a write failed, or the file cannot be renamed
     */
    @Override
    public synchronized void finish() throws IOException {
        if (over) {
            return;               // stopped by a signal: the JVM is leaving
        }
        over = true;
        removeHook();
        IOException failure = lines.failure();
        if (failure != null) {
            throw failure;
        }
        if (partial != null) {
            Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The run failed before its end (a write error): the partial file is not kept. */
    @Override
    public synchronized void abandon() {
        if (over) {
            return;
        }
        over = true;
        removeHook();
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // the message about the failure says enough
            }
        }
    }

    private void removeHook() {
        if (hook == null) {
            return;               // never opened
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already leaving
        }
    }

    /** A shutdown hook: the script was stopped by a signal before its end. */
    synchronized void stoppedBySignal() {
        if (over) {
            return;
        }
        over = true;
        long written = lines.stop();
        String where = partial != null ? "in " + partial + " (incomplete); " + describe() + " was not written"
                : path != null ? "in " + describe() + ", incomplete" : "on standard output, incomplete";
        err.println("looplab: stopped before the end of the script; the trace so far (" + written
                + (written == 1 ? " line" : " lines") + ") is " + where);
        err.flush();
    }

    /** An I/O error in words: the reason, without the exception's class. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        if (e instanceof FileSystemException) {
            return e.getClass().getSimpleName().replace("Exception", "").toLowerCase();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Passes only whole lines on (the text after the last line end waits for its end), remembers
     * the first write error instead of throwing it into the world that writes the trace, and
     * drops everything once stopped.
     */
    static final class WholeLines extends OutputStream {
        private final OutputStream out;
        private final boolean keepOpen;
        private byte[] tail = new byte[256];
        private int tailLength;
        private long lines;
        private IOException failure;
        private boolean stopped;

        WholeLines(OutputStream out, boolean keepOpen) {
            this.out = out;
            this.keepOpen = keepOpen;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (stopped || failure != null) {
                throwFailure();
                return;
            }
            int last = off + len - 1;
            while (last >= off && b[last] != '\n') {
                last--;
            }
            try {
                if (last >= off) {
                    if (tailLength > 0) {
                        out.write(tail, 0, tailLength);
                        tailLength = 0;
                    }
                    out.write(b, off, last + 1 - off);
                    for (int i = off; i <= last; i++) {
                        if (b[i] == '\n') {
                            lines++;
                        }
                    }
                }
                keep(b, last + 1, off + len - (last + 1));
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        private void keep(byte[] b, int off, int len) {
            if (tailLength + len > tail.length) {
                byte[] bigger = new byte[Math.max(tail.length * 2, tailLength + len)];
                System.arraycopy(tail, 0, bigger, 0, tailLength);
                tail = bigger;
            }
            System.arraycopy(b, off, tail, tailLength, len);
            tailLength += len;
        }

        private void throwFailure() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            if (stopped || failure != null) {
                throwFailure();
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        /** Writes what is left (a trace always ends with a line end) and closes, unless stopped. */
        @Override
        public synchronized void close() throws IOException {
            if (stopped) {
                return;
            }
            try {
                if (failure == null && tailLength > 0) {
                    out.write(tail, 0, tailLength);
                    tailLength = 0;
                }
                if (failure == null) {
                    out.flush();
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                stopped = true;
                if (!keepOpen) {
                    try {
                        out.close();
                    } catch (IOException e) {
                        if (failure == null) {
                            failure = e;
                        }
                    }
                }
            }
            throwFailure();
        }

        /** Stops at the last whole line: what comes later is dropped. Returns the lines written. */
        synchronized long stop() {
            if (!stopped) {
                stopped = true;
                try {
                    out.flush();
                    if (!keepOpen) {
                        out.close();
                    }
                } catch (IOException e) {
                    // the partial trace is what reached the file
                }
            }
            return lines;
        }

        /** The first write error, or null. */
        synchronized IOException failure() {
            return failure;
        }
    }
}
