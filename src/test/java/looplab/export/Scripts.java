package looplab.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The scripts the export tests run: the public conformance scenarios and a spread of generated ones. */
final class Scripts {
    private static final Path CONFORMANCE = Path.of("src/test/resources/looplab/conformance");

    private Scripts() {}

    /** Every public scenario and every 6th generated script (50 of 300), by file name. */
    static List<Path> all() {
        List<Path> out = new ArrayList<>(list(CONFORMANCE.resolve("public")));
        List<Path> generated = list(CONFORMANCE.resolve("generated"));
        for (int i = 0; i < generated.size(); i += 6) {
            out.add(generated.get(i));
        }
        return out;
    }

    static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".loop")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
