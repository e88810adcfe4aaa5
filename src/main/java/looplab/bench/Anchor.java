package looplab.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The comparison with CPython (a picocli mixin): runs the anchor, {@code asyncio_bench.py}, on
 * CPython, and reads its JSON lines.
 */
final class Anchor {
    @Option(names = "--vs-python", description = "Also run the anchor on CPython with the same items, and show the ratio.")
    boolean vsPython;

    @Option(names = "--anchor", paramLabel = "PATH", defaultValue = "../shared/bench/asyncio_bench.py",
            description = "The anchor script (default: ${DEFAULT-VALUE}).")
    Path script;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3",
            description = "The Python that runs the anchor (default: ${DEFAULT-VALUE}).")
    String python;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** With {@code --vs-python}, a usage error if there is no anchor: before anything is measured. */
    void check() {
        if (vsPython && !Files.isRegularFile(script)) {
            throw new ParameterException(mixee.commandLine(),
                    "the anchor was not found at " + script + " (give its path with --anchor)");
        }
    }

    /** The command that runs the anchor at {@code items} ({@code only}: one workload, or null). */
    List<String> command(int items, String only) {
        List<String> command = new ArrayList<>(List.of(python, script.toString(), "--items", Integer.toString(items)));
        if (only != null) {
            command.add("--only");
            command.add(only);
        }
        return command;
    }

    /** The anchor's ns per item, by workload in its order, at {@code items} ({@code only}: one workload, or null). */
    Map<String, Double> run(int items, String only) throws IOException {
        List<String> command = command(items, only);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + python + " (give it with --python): " + e.getMessage(), e);
        }
        Map<String, Double> nsPerItem = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                nsPerItem.put(o.get("workload").getAsString(), o.get("ns_per_item").getAsDouble());
            }
        }
        try {
            int rc = process.waitFor();
            if (rc != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + rc);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while the anchor ran", e);
        }
        return nsPerItem;
    }

    /** {@code workload}'s ns per item in what {@link #run} read; an error if the anchor printed no line for it. */
    static double line(Map<String, Double> lines, String workload) throws IOException {
        Double ns = lines.get(workload);
        if (ns == null) {
            throw new IOException("the anchor printed no line for " + workload);
        }
        return ns;
    }
}
