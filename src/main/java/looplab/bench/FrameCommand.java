package looplab.bench;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench frame}: how long the console takes to render a frame of a busy world. */
@Command(name = "frame",
        description = "The console's frame render time in a world of --tasks tasks.")
final class FrameCommand extends BenchSubcommand {
    @Option(names = "--tasks", paramLabel = "N", defaultValue = "1000", converter = Positive.class,
            description = "Tasks in the world (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Override
    List<Frames.RenderTimes> measure() {
        return List.of(Frames.measure(tasks));
    }
}
