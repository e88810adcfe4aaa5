package looplab.bench;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench user-coroutines}: pingpong with user (thread-backed) coroutines, optionally against CPython. */
@Command(name = "user-coroutines",
        description = {"pingpong with the producer and the consumer as user (thread-backed) coroutines.",
                "With --vs-python, against the anchor's pingpong at the same items."})
final class UserCoroutinesCommand extends AnchoredSubcommand {
    /** Thread switches make an item cost microseconds: warm up at fewer items than the workloads do. */
    private static final int WARM_UP_ITEMS = 2_000;

    @Option(names = "--items", paramLabel = "N", defaultValue = "20000", converter = Positive.class,
            description = "Items (default: ${DEFAULT-VALUE}).")
    int items;

    @Override
    List<Measurement> measure() throws IOException {
        Measurement m = Measurement.of(UserPingPong.LABEL, UserPingPong::run, items, runs.runs, 0, runs.warmup,
                Math.min(items, WARM_UP_ITEMS));
        if (!anchor.vsPython) {
            return List.of(m);
        }
        comment("running the anchor: " + String.join(" ", anchor.command(items, "pingpong")));
        return List.of(m.against(Anchor.line(anchor.run(items, "pingpong"), "pingpong")));
    }
}
