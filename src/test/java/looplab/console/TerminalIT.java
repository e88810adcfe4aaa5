package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The console in a tmux pane when the terminal does what terminals do: it is resized, it pastes
 * many lines at once, its history file is not what JLine expects.
 */
@Timeout(180)
class TerminalIT {
    private static final double SLOW = ConsoleE2EIT.SLOW;
    private static final String STATUS = " t=";

    @BeforeAll
    static void needTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed: the terminal end-to-end tests need it");
        assertThat(Path.of("target/looplab.jar")).exists();
    }

    /** The last non-blank row of the visible screen. */
    private static String lastRow(String screen) {
        List<String> rows = screen.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        return rows.isEmpty() ? "" : rows.get(rows.size() - 1);
    }

    /**
     * Types a line and waits until the output shows {@code shown} (it may have scrolled up since)
     * and the visible screen ends with the next prompt above the status line: the output scrolls.
     */
    private static String typeAndSee(Tmux t, String line, String shown) throws Exception {
        t.type(line);
        t.keys("Enter");
        return t.waitFor("'" + shown + "', then the prompt above the status line on the visible screen",
                s -> {
                    try {
                        String v = t.visible();
                        int typed = s.lastIndexOf("looplab> " + line);
                        return typed >= 0 && s.substring(typed).contains(shown)
                                && lastRow(v).startsWith(STATUS) && lastRowAbove(v).equals("looplab>");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }, SLOW);
    }

    /**
     * Resizes as a person does, then waits as a person would: until the console has laid the
     * status line out again at the new bottom row, under the prompt.
     */
    private static void resize(Tmux t, int columns, int rows) throws Exception {
        t.resize(columns, rows);
        t.waitFor("the status line at the bottom of " + columns + "x" + rows, s -> {
            try {
                String v = t.visible();
                return v.lines().count() == rows && v.lines().allMatch(l -> l.length() <= columns)
                        && lastRow(v).startsWith(STATUS) && lastRowAbove(v).equals("looplab>");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, SLOW);
    }

    @Test
    void shrinkingAndGrowingTheTerminalKeepsLaterOutputAndTheStatusLine() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            t.waitFor("looplab>", SLOW);
            for (int i = 0; i < 4; i++) {
                typeAndSee(t, "spawn producer", "spawned P" + i);
            }
            assertThat(t.cursorRow()).as("the prompt on the row above the status line").isEqualTo(38);
            resize(t, 120, 20);
            typeAndSee(t, "get", "get -> QueueEmpty");
            resize(t, 40, 10);
            typeAndSee(t, "put x", "put 'x'");
            resize(t, 120, 40);
            String screen = typeAndSee(t, "get", "get -> 'x'");
            assertThat(lastRow(t.visible())).contains("queue 0");
            assertThat(screen).contains("looplab> put x");
        }
    }

    @Test
    void aResizeWhileACommandRunsIsCaughtUpWith() throws Exception {
        Path home = Tmux.home();
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            t.waitFor("looplab>", SLOW);
            typeAndSee(t, "spawn producer count=2000000000 delay=0", "spawned P0");
            typeAndSee(t, "spawn consumer delay=0", "spawned C0");
            t.type("run");
            t.keys("Enter");
            t.waitFor("the run under way", s -> s.contains("(Ctrl-C stops)"), SLOW);
            t.resize(100, 15);
            t.keys("C-c");
            t.waitFor("stopped by Ctrl-C", SLOW);
            typeAndSee(t, "queue", "waiting in get()");
            assertThat(lastRow(t.visible())).startsWith(STATUS).contains("queue ");
        }
    }

    @Test
    void aPasteOfSeveralLinesRunsEachInTurnAndKeepsTheUnfinishedOne() throws Exception {
        Path home = Tmux.home();
        Path paste = home.resolve("paste.txt");
        Files.writeString(paste, "spawn producer A count=2 delay=0\nspawn consumer B delay=0\n\nrun\nput unfin",
                StandardCharsets.UTF_8);
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            t.waitFor("looplab>", SLOW);
            t.paste(paste);
            String screen = t.waitFor("the pasted lines run", s -> s.contains("The loop is idle"), SLOW);
            assertThat(screen).contains("looplab> spawn producer A count=2 delay=0\n")
                    .contains("spawned A (producer, count 2)")
                    .contains("looplab> spawn consumer B delay=0\n")
                    .contains("spawned B (consumer)")
                    .contains("looplab> run\n")
                    .doesNotContain("error:");
            t.waitFor("the unfinished line at the prompt", s -> lastRowAbove(s).equals("looplab> put unfin"), SLOW);
            t.type("ished");
            t.keys("Enter");
            t.waitFor("put 'unfinished'", SLOW);
            t.type("history");
            t.keys("Enter");
            String history = t.waitFor("history", s -> s.contains("   5  history"), SLOW);
            assertThat(history).contains("   1  spawn producer A count=2 delay=0", "   2  spawn consumer B delay=0",
                    "   3  run", "   4  put unfinished");
        }
    }

    @Test
    void aPasteOfFiveThousandLinesRunsThemAll() throws Exception {
        Path home = Tmux.home();
        Path paste = home.resolve("paste.txt");
        Files.writeString(paste, IntStream.range(0, 5000).mapToObj(i -> "put i" + i)
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        try (Tmux t = Tmux.start(Tmux.looplab(home))) {
            t.waitFor("looplab>", SLOW);
            t.paste(paste);
            t.waitFor("5000 items queued", s -> {
                try {
                    return lastRow(t.visible()).contains("queue 5000 ");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }, 120);
            assertThat(t.screen()).contains("looplab> put i4999\n").doesNotContain("error:");
        }
    }

    /** The row above the status line: the prompt. */
    private static String lastRowAbove(String screen) {
        List<String> rows = screen.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        return rows.size() < 2 ? "" : rows.get(rows.size() - 2).stripTrailing();
    }

    @Test
    void aHistoryFileThatCannotBeUsedIsAWarningAndTheConsoleGoesOn() throws Exception {
        Path home = Tmux.home();
        Path folder = Files.createDirectory(home.resolve("folder"));
        Path binary = home.resolve("binary");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', (byte) 0xc3});
        Path malformed = home.resolve("malformed");
        Files.writeString(malformed, "1796183814967:spawn producer\nspawn consumer\n1796183814968:run\\\n");
        for (Path file : List.of(folder, binary, malformed)) {
            byte[] before = Files.isDirectory(file) ? null : Files.readAllBytes(file);
            String command = Tmux.looplab(home).replace("-u LOOPLAB_HISTORY", "LOOPLAB_HISTORY=" + Tmux.quote(file.toString()));
            try (Tmux t = Tmux.start(command)) {
                String screen = t.waitFor("looplab>", SLOW);
                assertThat(screen).contains("warning: the history file " + file + " cannot be used (")
                        .contains("going on without one, the file is left as it is");
                typeAndSee(t, "spawn producer", "spawned P0");
                t.keys("C-d");
                String end = t.waitFor("[exit 0]", SLOW);
                assertThat(end).doesNotContain("Exception");
            }
            if (before != null) {
                assertThat(Files.readAllBytes(file)).as("%s is left as it was", file).isEqualTo(before);
            }
        }
    }
}
