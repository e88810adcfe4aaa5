package looplab.command;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One command of the LoopLab script language (contract §3), as produced by {@link Parser}.
 * Values are already validated; defaults are already filled in.
 */
public sealed interface Command {

    /** Which built-in coroutine a {@code spawn} starts. */
    enum Role {
        PRODUCER("producer"),
        CONSUMER("consumer");

        private final String word;

        Role(String word) {
            this.word = word;
        }

        /** The word used in scripts and in the trace ({@code "producer"} or {@code "consumer"}). */
        public String word() {
            return word;
        }

        /** The role spelled {@code word}, case-sensitively. */
        public static Optional<Role> fromWord(String word) {
            for (Role r : values()) {
                if (r.word.equals(word)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code new [maxsize=N] [seed=S] [kind=...]}: a fresh world. Both numbers stay
     * {@link BigInteger}s because the trace echoes them exactly, whatever their size.
     */
    record New(BigInteger maxsize, BigInteger seed, QueueKind kind) implements Command {

        /** The world a script starts in, as if {@code new} had been run. */
        public static final New DEFAULT = new New(BigInteger.ZERO, BigInteger.ZERO, QueueKind.FIFO);

        public New {
            Objects.requireNonNull(maxsize, "maxsize");
            Objects.requireNonNull(seed, "seed");
            Objects.requireNonNull(kind, "kind");
            if (maxsize.signum() < 0) {
                throw new IllegalArgumentException("negative maxsize " + maxsize);
            }
        }
    }

    /**
     * {@code spawn producer|consumer [NAME] [options]}. {@code name} is null when the default
     * name ({@code P<k>} / {@code C<k>}) is to be given when the line runs; {@code count} is
     * null for consumers, and {@code sentinel} is always false for them.
     */
    record Spawn(Role role, String name, CountSpec count, DelaySpec delay, boolean sentinel)
            implements Command {

        /** A producer's count when none is given. */
        public static final CountSpec DEFAULT_COUNT = CountSpec.range(3, 7);
        /** A producer's delay when none is given. */
        public static final DelaySpec DEFAULT_PRODUCER_DELAY = DelaySpec.range(0.1, 0.5);
        /** A consumer's delay when none is given. */
        public static final DelaySpec DEFAULT_CONSUMER_DELAY = DelaySpec.range(0.1, 0.3);

        public Spawn {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(delay, "delay");
            if (name != null && name.isEmpty()) {
                throw new IllegalArgumentException("empty task name");
            }
            if (role == Role.PRODUCER && count == null) {
                throw new IllegalArgumentException("a producer needs a count");
            }
            if (role == Role.CONSUMER && (count != null || sentinel)) {
                throw new IllegalArgumentException("a consumer has no count and no sentinel");
            }
        }
    }

    /** {@code put ITEM}: {@code item} is null for the sentinel (the bare word {@code None}). */
    record Put(String item) implements Command {

        /** Whether this puts the sentinel {@code None} rather than a string. */
        public boolean isSentinel() {
            return item == null;
        }
    }

    /** {@code get}: {@code get_nowait()} from outside any task. */
    record Get() implements Command {
    }

    /** {@code cancel NAME}; whether the task exists is only known when the line runs. */
    record Cancel(String name) implements Command {

        public Cancel {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * {@code step [N]}. A written N above {@link Long#MAX_VALUE} is clamped to it: no loop
     * can run that many steps before going idle, so the behaviour is the same.
     */
    record Step(long n) implements Command {

        public Step {
            if (n < 0) {
                throw new IllegalArgumentException("negative step count " + n);
            }
        }
    }

    /** {@code tick [N]}, clamped like {@link Step}. */
    record Tick(long n) implements Command {

        public Tick {
            if (n < 0) {
                throw new IllegalArgumentException("negative tick count " + n);
            }
        }
    }

    /** {@code run [until=T]}: empty {@code until} means "until idle". */
    record Run(OptionalDouble until) implements Command {

        public Run {
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * A view ({@code show}, {@code tasks}, ..., and in the console {@code where}, {@code why},
     * {@code quit}, {@code exit}): it changes nothing and writes nothing to the trace. Any
     * words may follow; they are kept as written (quotes removed) for the console to interpret.
     */
    record View(String name, List<String> args) implements Command {

        public View {
            Objects.requireNonNull(name, "name");
            args = List.copyOf(args);
        }
    }
}
