package looplab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from launch to the console's first prompt, {@code java -jar looplab.jar} as a user types it
 * (the default JVM, no bench options):
 * <ul>
 *   <li>in a pseudo-terminal (a detached tmux pane, as the console's end-to-end tests use, which
 *       answers JLine's probes as a terminal does): from the key that launches it until the pane's
 *       output shows {@code looplab> };</li>
 *   <li>with standard input a pipe: a first line is written at launch, and the time is until the
 *       console echoes it after its prompt, that is, until it has read its first command.</li>
 * </ul>
 */
final class Startup {
    /** Median milliseconds over the runs of {@code java -jar jar}; NaN where it could not be measured. */
    record LaunchTimes(int runs, @Column("pty ms") double ptyMs, @Column("pipe ms") double pipeMs,
            @Column(json = false) String jar) implements Result {
        @Override
        public String measure() {
            return "startup";
        }
    }

    private static final String PROMPT = "looplab> ";

    private Startup() {}

    static LaunchTimes measure(Path jar, int runs) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no jar at " + jar + " (build it with mvn package, or give it with --jar)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double[] pipe = new double[runs];
        double[] pty = new double[runs];
        boolean tmux = tmuxAvailable();
        for (int i = 0; i < runs; i++) {
            pipe[i] = piped(java, jar);
            pty[i] = tmux ? inTmux(java, jar, i) : Double.NaN;
        }
        return new LaunchTimes(runs, Measurement.median(pty), Measurement.median(pipe), jar.toString());
    }

    private static double piped(String java, Path jar) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream(); InputStream out = p.getInputStream()) {
            in.write("show\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            StringBuilder seen = new StringBuilder();
            int b;
            while ((b = out.read()) >= 0) {
                seen.append((char) b);
                if (seen.length() >= PROMPT.length() && seen.indexOf(PROMPT, seen.length() - PROMPT.length()) >= 0) {
                    break;
                }
            }
            long t1 = System.nanoTime();
            if (b < 0) {
                throw new IOException("the console ended without a prompt: " + seen);
            }
            in.write("quit\n".getBytes(StandardCharsets.UTF_8));
            in.close();
            out.transferTo(OutputStream.nullOutputStream());
            return (t1 - t0) / 1e6;
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static double inTmux(String java, Path jar, int run) throws IOException, InterruptedException {
        String socket = "looplab-bench-" + ProcessHandle.current().pid() + "-" + run;
        Path history = Files.createTempFile("looplab-bench-history", "");
        Path screen = Files.createTempFile("looplab-bench-pane", "");
        // The pane waits for a key, then execs the console; its output streams to a file, so that
        // the prompt is seen without polling tmux (a tmux client every few ms slows the launch).
        String command = "read x; LOOPLAB_HISTORY=" + history + " exec " + java + " -jar " + jar.toAbsolutePath();
        try {
            tmux(socket, "-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "120", "-y", "40", command);
            tmux(socket, "pipe-pane", "-t", "bench", "-o", "cat >> " + screen);
            long t0 = System.nanoTime();
            tmux(socket, "send-keys", "-t", "bench", "Enter");
            long deadline = t0 + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                if (new String(Files.readAllBytes(screen), StandardCharsets.UTF_8).contains(PROMPT)) {
                    return (System.nanoTime() - t0) / 1e6;
                }
                Thread.sleep(1);
            }
            throw new IOException("no prompt in the tmux pane after 30 s");
        } finally {
            tmux(socket, "kill-server");
            Files.deleteIfExists(history);
            Files.deleteIfExists(screen);
        }
    }

    private static boolean tmuxAvailable() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tmux(String socket, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}
