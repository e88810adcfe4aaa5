package looplab.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import looplab.command.Line;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.world.World;
import looplab.world.WorldError;

/** Runs for the export tests: a script of the language applied to a fresh world, as script mode does. */
final class Runs {
    static final Path SEED_EXAMPLE = Path.of("src/test/resources/looplab/conformance/public/01_seed_example.loop");

    private Runs() {}

    /** The world after {@code script}; a line the world refuses ends the run there, as in script mode. */
    static World of(String script) {
        World world = new World();
        try {
            for (Line line : Parser.parseScript(script.getBytes(StandardCharsets.UTF_8))) {
                try {
                    world.apply(line.command());
                } catch (WorldError e) {
                    return world;
                }
            }
        } catch (ScriptError e) {
            throw new IllegalArgumentException(e);
        }
        return world;
    }

    /** The seed's example: two producers, two consumers, seed 42, run to the end. */
    static World seedExample() {
        return of(Scripts.read(SEED_EXAMPLE));
    }
}
