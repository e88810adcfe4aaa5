package looplab.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench workloads}: the anchor's four workloads on the model, optionally against CPython. */
@Command(name = "workloads",
        description = {"Runs the workloads of ../shared/bench/asyncio_bench.py on LoopLab's model "
                + "(after a warm-up; the median of the measured runs) and prints one line per workload.",
                "With --json the lines are the anchor's JSON: workload, items, seconds, ns_per_item "
                + "(with --vs-python also cpython_ns_per_item and ratio)."})
final class WorkloadsCommand extends AnchoredSubcommand {
    @Option(names = "--items", paramLabel = "N", defaultValue = "1000000", converter = Positive.class,
            description = "Items per workload (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--only", paramLabel = "NAME", converter = Workload.ByLabel.class,
            description = "Run only this workload: pingpong, unbounded, fanin or yields.")
    Workload only;

    @Override
    List<Measurement> measure() throws IOException {
        List<Measurement> results = new ArrayList<>();
        for (Workload w : only == null ? Workload.values() : new Workload[] {only}) {
            results.add(Measurement.of(w, items, runs.runs, 0, runs.warmup));
        }
        if (!anchor.vsPython) {
            return results;
        }
        String name = only == null ? null : only.label();
        comment("running the anchor: " + String.join(" ", anchor.command(items, name)));
        Map<String, Double> cpython = anchor.run(items, name);
        List<Measurement> compared = new ArrayList<>();
        for (Measurement m : results) {
            compared.add(m.against(Anchor.line(cpython, m.workload())));
        }
        return compared;
    }
}
