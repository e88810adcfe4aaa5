package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every notebook, exercise and solution in the real {@code jshell} of the JDK, against
 * {@code target/looplab.jar}, exactly as the README tells a learner to open one (with
 * {@code /exit} typed at the prompt):
 * <ul>
 *   <li>each notebook's output must equal {@code notebooks/golden/NAME.out};</li>
 *   <li>each solution must pass its check ({@code RIGHT}), each unsolved exercise must fail it
 *       ({@code NOT YET});</li>
 *   <li>nothing may print a JShell error or an exception.</li>
 * </ul>
 * Run with {@code -Dgolden.update=true} (or {@code GOLDEN_UPDATE=1}) to rewrite the golden files.
 */
class NotebooksIT {
    private static final Path ROOT = Paths.get("").toAbsolutePath();
    private static final Path NOTEBOOKS = ROOT.resolve("notebooks");
    private static final long TIMEOUT_SECONDS = 300;
    private static final Pattern JSHELL_TAIL = Pattern.compile("(?s)\\|  Welcome to JShell.*\\z");
    private static final Pattern TROUBLE = Pattern.compile("(?m)^(\\|  )?(Error:|Exception |Caused by|\\s+at .*\\(#\\d+:\\d+\\))");
    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    private static boolean updating() {
        return Boolean.getBoolean("golden.update") || "1".equals(System.getenv("GOLDEN_UPDATE"));
    }

    /** What a run printed. */
    record Run(String stdout, String stderr, int exit) {}

    /**
     * The command of the README, for a learner: the notebook runs, then the prompt waits (here
     * for the {@code /exit} this test types). Only C1 is added, to start faster.
     */
    static List<String> command(Path script) throws IOException {
        String jshell = Paths.get(System.getProperty("java.home"), "bin", "jshell").toString();
        // Each run keeps its preferences (history) apart: parallel runs would fight for the lock
        // of the user's, and CI must not depend on them.
        Path prefs = Files.createTempDirectory(Files.createDirectories(ROOT.resolve("target/jshell-prefs")), "run");
        String jar = ROOT.resolve("target/looplab.jar").toString();
        return List.of(jshell,
                "-J-Djava.util.prefs.userRoot=" + prefs,
                "-J-Djava.util.logging.config.file=/dev/null",     // no first-run preferences notice
                "-J-XX:TieredStopAtLevel=1",                         // C1 only: these runs are short
                "--execution", "looplab", "-J-cp", "-J" + jar, "--class-path", jar,
                "--startup", NOTEBOOKS.resolve("startup.jsh").toString(),
                "--feedback", "lab",
                script.toString());
    }

    static Run run(Path script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(script)).directory(ROOT.toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("/exit\n".getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(script.getFileName() + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String stdout = JSHELL_TAIL.matcher(out.join()).replaceFirst("");
        return new Run(stdout, err.join(), p.exitValue());
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Path> scripts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.jsh")).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static CompletableFuture<Run> start(Path script) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(script);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, POOL);
    }

    private static void assertClean(String name, Run run) {
        assertThat(run.exit()).as(name + ": jshell's exit status; stderr:\n" + run.stderr() + "\nstdout:\n" + run.stdout()).isZero();
        if (!run.stderr().isBlank() || TROUBLE.matcher(run.stdout()).find()) {
            fail(name + " printed an error or an exception:\n" + run.stderr() + "\n--- stdout ---\n" + run.stdout());
        }
    }

    @TestFactory
    List<DynamicTest> notebooksMatchTheirGoldenOutput() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path nb : scripts(NOTEBOOKS)) {
            String name = nb.getFileName().toString().replaceFirst("\\.jsh$", "");
            CompletableFuture<Run> run = start(nb);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Run r = run.join();
                assertClean(name, r);
                Path golden = NOTEBOOKS.resolve("golden").resolve(name + ".out");
                if (updating()) {
                    Files.createDirectories(golden.getParent());
                    Files.writeString(golden, r.stdout());
                    return;
                }
                if (!Files.exists(golden)) {
                    fail("no golden file " + ROOT.relativize(golden) + " (run with -Dgolden.update=true to write it)");
                }
                String expected = Files.readString(golden);
                if (!expected.equals(r.stdout())) {
                    fail(name + ": output differs from " + ROOT.relativize(golden)
                            + " (run with -Dgolden.update=true if the change is meant)\n" + diff(expected, r.stdout()));
                }
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(7);
        return tests;
    }

    @TestFactory
    List<DynamicTest> everySolutionPassesItsCheckAndEveryExerciseFailsIt() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> exercises = scripts(NOTEBOOKS.resolve("exercises"));
        assertThat(exercises).hasSizeGreaterThanOrEqualTo(10);
        for (Path exercise : exercises) {
            Path solution = NOTEBOOKS.resolve("solutions").resolve(exercise.getFileName());
            String name = exercise.getFileName().toString().replaceFirst("\\.jsh$", "");
            CompletableFuture<Run> unsolved = start(exercise);
            CompletableFuture<Run> solved = start(solution);
            tests.add(DynamicTest.dynamicTest(name + " unsolved: its check says NOT YET, with a hint", () -> {
                Run r = unsolved.join();
                assertClean(name, r);
                assertThat(r.stdout()).as(name).contains("NOT YET").contains("hint:").doesNotContain("RIGHT");
            }));
            tests.add(DynamicTest.dynamicTest(name + " solution: its check says RIGHT", () -> {
                assertThat(solution).as("the solution of " + name).exists();
                Run r = solved.join();
                assertClean(name + " (solution)", r);
                assertThat(r.stdout()).as(name + " (solution)").contains("RIGHT").doesNotContain("NOT YET");
            }));
        }
        return tests;
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** The lines that differ, with line numbers: expected (-) and actual (+), around the first difference. */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int first = 0;
        while (first < e.length && first < a.length && e[first].equals(a[first])) {
            first++;
        }
        StringBuilder s = new StringBuilder("first difference at line " + (first + 1) + ":\n");
        for (int i = Math.max(0, first - 3); i < first; i++) {
            s.append(String.format("  %4d   %s%n", i + 1, e[i]));
        }
        for (int i = first; i < Math.min(e.length, first + 8); i++) {
            s.append(String.format("- %4d   %s%n", i + 1, e[i]));
        }
        for (int i = first; i < Math.min(a.length, first + 8); i++) {
            s.append(String.format("+ %4d   %s%n", i + 1, a[i]));
        }
        return s.toString();
    }
}
