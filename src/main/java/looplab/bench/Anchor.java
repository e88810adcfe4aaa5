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

/** Runs the anchor, {@code asyncio_bench.py} on CPython, and reads its JSON lines. */
final class Anchor {
    private Anchor() {}

    /** The anchor's result lines, by workload, in its order. */
    static Map<String, Double> run(String python, Path script, int items, String only) throws IOException {
        if (!Files.isRegularFile(script)) {
            throw new IOException("the anchor was not found at " + script + " (give its path with --anchor)");
        }
        List<String> command = new ArrayList<>(List.of(python, script.toString(), "--items", Integer.toString(items)));
        if (only != null) {
            command.add("--only");
            command.add(only);
        }
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
}
