package looplab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import looplab.world.World;

/** The two exports of a run, by name, written to a file: the console, script mode and the lab call this. */
public final class Exports {
    private Exports() {}

    /** What can be exported. */
    public enum Format {
        /** The Trace Event Format JSON for ui.perfetto.dev and chrome://tracing. */
        PERFETTO("perfetto"),
        /** The self-contained replay page. */
        HTML("html");

        private final String word;

        Format(String word) {
            this.word = word;
        }

        /** The word that names it ({@code export perfetto FILE}). */
        public String word() {
            return word;
        }

        /** The format called {@code word}. */
        public static Optional<Format> of(String word) {
            for (Format f : values()) {
                if (f.word.equals(word)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The export of {@code world}'s run: the trace's JSON, or the page's HTML titled {@code title}.
     *
     * @throws IllegalStateException if the run does not replay as it ran
     */
    public static String render(Format format, World world, String title) {
        // A body that reaches into this world (a queue captured from the lab) fails in the replay,
        // which then does not end where the run is, instead of changing this world.
        Thread owner = world.loop().freeze("export");
        try {
            return format == Format.PERFETTO ? PerfettoTrace.of(world) : ReplayPage.of(world, title);
        } finally {
            world.loop().thaw(owner);
        }
    }

    /**
     * Writes the export to {@code file}, whole or not at all (it is written beside it first, then
     * moved into place), and says what was written and how to open it.
     *
     * @throws IOException if the file cannot be written
     * @throws IllegalStateException if the run does not replay as it ran (nothing is written then)
     */
    public static String write(Format format, World world, Path file, String title) throws IOException {
        String text = render(format, world, title);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("there is no folder " + dir);
        }
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        String wrote = "wrote " + file + " (" + size(Files.size(target)) + ")";
        return format == Format.PERFETTO
                ? wrote + ": open it at ui.perfetto.dev (Open trace file) or in chrome://tracing"
                : wrote + ": open it in a browser (it needs no network); keys n/p or the arrows step through it";
    }

    /** A file's size as people read it: 98 KB, 5.9 MB (a long run makes a big page, about 3 KB a step). */
    static String size(long bytes) {
        if (bytes < 1000 * 1000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
