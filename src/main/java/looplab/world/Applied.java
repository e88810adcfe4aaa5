package looplab.world;

import java.util.Objects;
import java.util.function.Function;
import looplab.command.Command;
import looplab.model.Coroutine;

/**
 * One thing a world applied, in order ({@link World#applied()}): enough to build the same world
 * again with {@link World#replay}. Only what was accepted is kept; views are not kept.
 */
public sealed interface Applied {

    /** A command of the language, applied whole. */
    record Line(Command command) implements Applied {
        public Line {
            Objects.requireNonNull(command, "command");
        }
    }

    /**
     * A coroutine of the user's spawned from top level; {@code body} makes it again for the world
     * it is given (a replay builds a new world, and its coroutine must be a new one, on that
     * world's loop). Tasks spawned by a task are not kept: replaying their parent spawns them.
     */
    record SpawnTask(String name, Function<? super World, ? extends Coroutine> body) implements Applied {
        public SpawnTask {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * A {@code step}, {@code tick} or {@code run} stopped by {@link looplab.model.EventLoop#requestStop()}
     * before it was through: what it did, exactly, is run {@code handles} handles and leave the
     * loop at {@code iterations} iterations begun (a stop can fall just after an iteration began).
     */
    record Stopped(Command command, long handles, long iterations) implements Applied {
        public Stopped {
            Objects.requireNonNull(command, "command");
        }
    }
}
