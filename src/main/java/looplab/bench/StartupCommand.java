package looplab.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench startup}: time from launch to the console's first prompt. */
@Command(name = "startup",
        description = "Time from launch to the console's first prompt, in a pty (tmux) and with stdin a pipe.")
final class StartupCommand extends BenchSubcommand {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Positive.class,
            description = "Launches; the median counts (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jar", paramLabel = "PATH",
            description = "The jar whose console is launched (default: this jar, or target/looplab.jar).")
    Path jar;

    @Override
    List<Startup.LaunchTimes> measure() throws IOException, InterruptedException {
        Path launched = jar;
        if (launched == null) {
            String classPath = System.getProperty("java.class.path");
            launched = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                    ? Path.of(classPath) : Path.of("target", "looplab.jar");
        }
        return List.of(Startup.measure(launched, runs));
    }
}
