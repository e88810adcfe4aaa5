package looplab.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A program in a tmux pane, for end-to-end tests: each instance has its own tmux server
 * ({@code -L}), so no user setting or other session leaks in. Type with {@link #type} and
 * {@link #keys}, read the screen with {@link #screen}, and wait with {@link #waitFor}, which polls
 * until a deadline instead of sleeping.
 */
final class Tmux implements AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private final String socket;
    private final String session = "looplab";

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Whether tmux can be run here. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code shellCommand} in a detached 120x40 pane. */
    static Tmux start(String shellCommand) throws IOException, InterruptedException {
        Tmux t = new Tmux("looplab-test-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet());
        t.tmux("-f", "/dev/null", "new-session", "-d", "-s", t.session, "-x", "120", "-y", "40", shellCommand);
        return t;
    }

    /** Types text literally (no key names). */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
    }

    /** Sends tmux key names: Enter, Tab, C-c, C-d, ... */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(new String[0]));
    }

    /** Resizes the window (and its pane), as a person dragging the terminal's corner. */
    void resize(int columns, int rows) throws IOException, InterruptedException {
        tmux("resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** What the pane shows, with up to 2,000 lines of scrollback, without escape codes. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-2000", "-t", session);
    }

    /** The visible screen only, as plain text: a full-screen program's screen, without the scrollback. */
    String visible() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** Polls the visible screen until {@code done} holds; fails with it after {@code seconds}. */
    String waitForVisible(String what, Predicate<String> done, double seconds) throws IOException, InterruptedException {
        return poll(what, this::visible, done, seconds);
    }

    /** What a capture of the pane reads. */
    @FunctionalInterface
    private interface Capture {
        String read() throws IOException, InterruptedException;
    }

    private static String poll(String what, Capture capture, Predicate<String> done, double seconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        String screen = capture.read();
        while (!done.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what + "; the screen:\n"
                        + screen);
            }
            Thread.sleep(40);
            screen = capture.read();
        }
        return screen;
    }

    /** The visible screen only, with escape codes for colours and attributes. */
    String screenWithEscapes() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-t", session);
    }

    /** The cursor's row, from 0 at the top of the visible screen. */
    int cursorRow() throws IOException, InterruptedException {
        return Integer.parseInt(tmux("display-message", "-p", "-t", session, "#{cursor_y}").strip());
    }

    /** Pastes {@code text} as a terminal does, between bracketed-paste marks (line ends sent as CR). */
    void paste(Path text) throws IOException, InterruptedException {
        tmux("load-buffer", "-b", "paste", text.toString());
        tmux("paste-buffer", "-p", "-d", "-b", "paste", "-t", session);
    }

    /** Polls the screen until {@code done} holds; fails with the screen after {@code seconds}. */
    String waitFor(String what, Predicate<String> done, double seconds) throws IOException, InterruptedException {
        return poll(what, this::screen, done, seconds);
    }

    /** Polls until the screen contains {@code text}. */
    String waitFor(String text, double seconds) throws IOException, InterruptedException {
        return waitFor("'" + text + "'", s -> s.contains(text), seconds);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().remove("TMUX");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", args) + " did not finish");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }

    @Override
    public void close() {
        try {
            tmux("kill-server");
        } catch (IOException | InterruptedException e) {
            // already gone
        }
    }

    /** A shell command that runs the jar with a private home, so the user's history is untouched. */
    static String looplab(Path home, String... args) {
        Path jar = Path.of("target/looplab.jar").toAbsolutePath();
        StringBuilder b = new StringBuilder("cd ").append(quote(home.toString())).append(" && env -u NO_COLOR -u LOOPLAB_HISTORY HOME=")
                .append(quote(home.toString())).append(" LANG=C.UTF-8 java -Duser.home=")
                .append(quote(home.toString())).append(" -jar ").append(quote(jar.toString()));
        for (String a : args) {
            b.append(' ').append(quote(a));
        }
        // Keep the pane after the program ends, to read its last words and exit status.
        b.append("; echo \"[exit $?]\"; sleep 600");
        return b.toString();
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static Path home() throws IOException {
        return Files.createTempDirectory("looplab-home");
    }
}
