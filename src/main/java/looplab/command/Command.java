package looplab.command;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One command of the LoopLab script language (contract §3), as produced by {@link Parser}.
 * Values are already validated; defaults are already filled in. {@link Commands} holds what
 * else is known about each command word (usage, help, options, where it is valid).
 */
public sealed interface Command {

    /**
     * Whether this command runs the loop ({@code step}, {@code tick}, {@code run}): only those
     * run handles, so only they can say "nothing ran" or be cut short by a stop request.
     */
    default boolean runsTheLoop() {
        return false;
    }

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
     * {@code new [maxsize=N] [seed=S] [kind=...] [debug=on|off]}: a fresh world. Both numbers stay
     * {@link BigInteger}s because the trace echoes them exactly, whatever their size; {@code debug}
     * is asyncio's debug mode (spec §6: only its thread check matters).
     */
    record New(BigInteger maxsize, BigInteger seed, QueueKind kind, boolean debug, QueueAlgorithm algorithm)
            implements Command {

        /** The world a script starts in, as if {@code new} had been run. */
        public static final New DEFAULT = new New(BigInteger.ZERO, BigInteger.ZERO, QueueKind.FIFO);

        /** A world with debug mode off and today's queue ({@code queue=py311}). */
        public New(BigInteger maxsize, BigInteger seed, QueueKind kind) {
            this(maxsize, seed, kind, false, QueueAlgorithm.PY311);
        }

        /** A world with today's queue. */
        public New(BigInteger maxsize, BigInteger seed, QueueKind kind, boolean debug) {
            this(maxsize, seed, kind, debug, QueueAlgorithm.PY311);
        }

        /** A world with debug mode off, waiting as {@code algorithm} does. */
        public New(BigInteger maxsize, BigInteger seed, QueueKind kind, QueueAlgorithm algorithm) {
            this(maxsize, seed, kind, false, algorithm);
        }

        public New {
            Objects.requireNonNull(maxsize, "maxsize");
            Objects.requireNonNull(seed, "seed");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(algorithm, "algorithm");
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

    /**
     * {@code thread put ITEM}: another thread calls {@code queue.put_nowait(ITEM)} directly
     * (spec §6); {@code item} is null for the sentinel.
     */
    record ThreadPut(String item) implements Command {
    }

    /**
     * {@code threadsafe put ITEM}: another thread calls
     * {@code loop.call_soon_threadsafe(queue.put_nowait, ITEM)} (spec §6).
     */
    record ThreadsafePut(String item) implements Command {
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

        @Override
        public boolean runsTheLoop() {
            return true;
        }

        public Step {
            if (n < 0) {
                throw new IllegalArgumentException("negative step count " + n);
            }
        }
    }

    /** {@code tick [N]}, clamped like {@link Step}. */
    record Tick(long n) implements Command {

        @Override
        public boolean runsTheLoop() {
            return true;
        }

        public Tick {
            if (n < 0) {
                throw new IllegalArgumentException("negative tick count " + n);
            }
        }
    }

    /** {@code run [until=T]}: empty {@code until} means "until idle". */
    record Run(OptionalDouble until) implements Command {

        @Override
        public boolean runsTheLoop() {
            return true;
        }

        public Run {
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * A move in time ({@code back}, {@code forward}, {@code goto}): it changes which moment of the
     * world is shown, never the world, and writes nothing to the trace. The world ignores it; the
     * host that keeps the world's past ({@code looplab.travel.TimeMachine}) answers it. Not a line
     * of the conformance language: a script refuses it, as the oracle does.
     */
    sealed interface Travel extends Command {

        /** {@code back [N]}: the moment N task steps before the one shown. */
        record Back(long n) implements Travel {
            public Back {
                if (n < 0) {
                    throw new IllegalArgumentException("negative step count " + n);
                }
            }
        }

        /** {@code forward [N]}: the moment N task steps after the one shown. */
        record Forward(long n) implements Travel {
            public Forward {
                if (n < 0) {
                    throw new IllegalArgumentException("negative step count " + n);
                }
            }
        }

        /** {@code goto STEP}: the world right after task step STEP ({@code goto 0}: before the first). */
        record GoTo(long step) implements Travel {
            public GoTo {
                if (step < 0) {
                    throw new IllegalArgumentException("negative step " + step);
                }
            }
        }

        /** {@code goto t=T}: the world right after the last task step at or before virtual time T. */
        record GoToTime(double time) implements Travel {
            public GoToTime {
                if (!(time >= 0)) {
                    throw new IllegalArgumentException("bad time " + time);
                }
            }
        }
    }

    /**
     * {@code replay SCHEDULE}, a schedule that {@code explore} printed. A loop schedule
     * ({@code loop@H:c1.c2...}: at each choice between two or more handles, the index of the one
     * to run among those left, head first) makes the loop run in that order from here on, then in
     * asyncio's; {@code handles} is how many handles the loop had run when it was found, and it
     * fits only a world that is there. A threads schedule ({@code threads:lock=off:P0,P1,...}: the
     * thread of each step) restarts the world with its producers and consumers as threads over
     * the buffer, one thread step per task step, in that order.
     */
    record Replay(String schedule, long handles, List<Integer> choices, boolean threads, boolean lock,
                  List<String> steps) implements Command {
        public Replay {
            Objects.requireNonNull(schedule, "schedule");
            choices = List.copyOf(choices);
            steps = List.copyOf(steps);
        }
    }

    /**
     * A view: it changes nothing and writes nothing to the trace. Each view is a record of its
     * own, answered through {@link Visitor}, so that a new view does not compile until every
     * place that answers views (the console, the JShell lab) answers it. In a script the words
     * after a view are ignored, as the oracle ignores them; at the console {@code where} and
     * {@code help} take their first word and {@code trace} its number of lines.
     */
    sealed interface View extends Command {

        /** Calls the visitor's method for this view. */
        <R> R accept(Visitor<R> visitor);

        /** One method per view: implementing it is handling every view. */
        interface Visitor<R> {
            /** {@code show}. */
            R show(Show view);

            /** {@code queue}. */
            R queue(Queue view);

            /** {@code tasks}. */
            R tasks(Tasks view);

            /** {@code ready}. */
            R ready(Ready view);

            /** {@code timers}. */
            R timers(Timers view);

            /** {@code where TASK}. */
            R where(Where view);

            /** {@code why}. */
            R why(Why view);

            /** {@code trace [N]}. */
            R trace(Trace view);

            /** {@code history}. */
            R history(History view);

            /** {@code help [CMD]}. */
            R help(Help view);

            /** {@code export perfetto|html FILE}. */
            R export(Export view);

            /** {@code quit} or {@code exit}. */
            R quit(Quit view);

            /** {@code watch}. */
            R watch(Watch view);

            /** {@code explore [threads] [options]}. */
            R explore(Explore view);
        }

        /** {@code show}: the whole frame again. */
        record Show() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.show(this);
            }
        }

        /** {@code queue}: the queue's slots and waiters. */
        record Queue() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.queue(this);
            }
        }

        /** {@code tasks}: every task. */
        record Tasks() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.tasks(this);
            }
        }

        /** {@code ready}: the ready queue. */
        record Ready() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.ready(this);
            }
        }

        /** {@code timers}: the timer heap. */
        record Timers() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.timers(this);
            }
        }

        /**
         * {@code where TASK}: a task's listing. {@code task} is null when the line names none;
         * whether the task exists is only known where the world is, as for {@link Cancel}.
         */
        record Where(String task) implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.where(this);
            }
        }

        /** {@code why}: the last step explained. */
        record Why() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.why(this);
            }
        }

        /** {@code trace [N]}: the last {@code lines} of the trace; empty means every line kept. */
        record Trace(OptionalInt lines) implements View {

            public Trace {
                Objects.requireNonNull(lines, "lines");
                if (lines.isPresent() && lines.getAsInt() < 0) {
                    throw new IllegalArgumentException("negative line count " + lines.getAsInt());
                }
            }

            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.trace(this);
            }
        }

        /** {@code history}: the lines typed so far. */
        record History() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.history(this);
            }
        }

        /** {@code help [CMD]}: {@code topic} is null for the list of every command. */
        record Help(String topic) implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.help(this);
            }
        }

        /**
         * {@code watch}: the console turns full-screen and redraws the world in place after every
         * key. Only a terminal that can show it answers it; every other host refuses it.
         */
        record Watch() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.watch(this);
            }
        }

        /** {@code explore [threads] [options]}: every schedule of the world as set up so far, checked. */
        record Explore(ExploreOptions options) implements View {
            public Explore {
                Objects.requireNonNull(options, "options");
            }

            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.explore(this);
            }
        }

        /**
         * {@code export perfetto|html FILE}: the whole run written to a file, as a Perfetto trace
         * or as a replay page. It changes nothing in the world. {@code format} ({@code perfetto} or
         * {@code html}) and {@code file} are null when the line leaves them out.
         */
        record Export(String format, String file) implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.export(this);
            }
        }

        /** {@code quit} or {@code exit}: leave the console. */
        record Quit() implements View {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.quit(this);
            }
        }
    }
}
