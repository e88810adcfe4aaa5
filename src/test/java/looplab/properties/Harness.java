package looplab.properties;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import looplab.command.Command;
import looplab.command.Parser;
import looplab.command.ScriptError;
import looplab.model.EventLoop;
import looplab.model.Queue;
import looplab.trace.TraceWriter;
import looplab.world.Actor;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * Applies generated commands to a fresh world, through {@link World#apply} or, line by line,
 * through {@link Parser#parseLine}, with a {@link Checker} watching, and a JSON trace written.
 *
 * <p>Always checked (property 3): applying a command never throws anything but a
 * {@link WorldError}, which comes exactly when the generator predicted it (a name clash, an
 * unknown task, a sentinel in a priority world) and leaves the world unchanged with nothing
 * written to the trace; commands that must change nothing (views, {@code step 0},
 * {@code tick 0}, stepping an idle loop) change nothing; the parser accepts every generated line
 * but the ones it must refuse, and parses each to the generated command.
 */
final class Harness {
    private final String label;
    private final Checker checker;
    private final World world;
    private final StringWriter trace = new StringWriter();
    private final boolean viaParser;
    private final List<Gen.Cmd> applied = new ArrayList<>();
    private final List<Integer> rejected = new ArrayList<>();

    Harness(String label, EnumSet<Checker.Group> groups, boolean viaParser) {
        this(label, groups, viaParser, true);
    }

    /** With {@code traced} false no JSON trace is written ({@link #trace()} is empty): faster. */
    Harness(String label, EnumSet<Checker.Group> groups, boolean viaParser, boolean traced) {
        this.label = label;
        this.viaParser = viaParser;
        this.checker = new Checker(groups);
        this.world = traced ? new World(checker, new TraceWriter(trace)) : new World(checker);
        checker.attach(world);
    }

    /** Runs {@code cmds}; stops at the first rejected command if {@code stopAtError}. */
    static Harness run(String label, List<Gen.Cmd> cmds, EnumSet<Checker.Group> groups, boolean viaParser,
                       boolean stopAtError) {
        return run(label, cmds, groups, viaParser, stopAtError, true);
    }

    static Harness run(String label, List<Gen.Cmd> cmds, EnumSet<Checker.Group> groups, boolean viaParser,
                       boolean stopAtError, boolean traced) {
        Harness h = new Harness(label, groups, viaParser, traced);
        for (Gen.Cmd cmd : cmds) {
            if (!h.apply(cmd) && stopAtError) {
                break;
            }
        }
        return h;
    }

    World world() {
        return world;
    }

    String trace() {
        return trace.toString();
    }

    /** Indices (in the order applied) of the commands the world rejected. */
    List<Integer> rejected() {
        return rejected;
    }

    boolean idle() {
        return checker.idle();
    }

    /**
     * Applies one command and checks it.
     *
     * @return false if the world rejected it (as predicted)
     */
    boolean apply(Gen.Cmd cmd) {
        int index = applied.size();
        applied.add(cmd);
        Command command = cmd.command();
        if (viaParser) {
            Optional<Command> parsed;
            try {
                parsed = Parser.parseLine(cmd.text(), index + 1, world.kind());
            } catch (ScriptError e) {
                if (cmd.parseError()) {
                    return true;      // refused as it must be; a console would show the error
                }
                throw failure("the parser refused a valid line: " + e.getMessage(), null);
            } catch (RuntimeException e) {
                throw failure("the parser threw", e);
            }
            if (cmd.parseError()) {
                throw failure("the parser accepted a line it must refuse: " + parsed, null);
            }
            if (parsed.isEmpty() || !parsed.get().equals(command)) {
                throw failure("parsed as " + parsed + ", expected " + command, null);
            }
            command = parsed.get();
        }
        Snapshot before = cmd.worldError() || mustChangeNothing(command) ? Snapshot.of(world) : null;
        Checker.Before facts = checker.beforeCommand(cmd.text(), command);
        long events = checker.events();
        try {
            world.apply(command);
        } catch (WorldError e) {
            if (!cmd.worldError()) {
                throw failure("unexpected WorldError: " + e.getMessage(), e);
            }
            rejected.add(index);
            if (checker.events() != events) {
                throw failure("a rejected command wrote " + (checker.events() - events) + " trace events", null);
            }
            Snapshot after = Snapshot.of(world);
            if (!after.equals(before)) {
                throw failure("a rejected command changed the world:\n  before " + before + "\n  after  " + after, null);
            }
            return false;
        } catch (Throwable t) {
            throw failure("the model threw " + t, t);
        }
        if (cmd.worldError()) {
            throw failure("expected a WorldError, the command applied", null);
        }
        if (before != null) {
            Snapshot after = Snapshot.of(world);
            if (checker.events() != events || !after.equals(before)) {
                throw failure("a command that must change nothing changed the world:\n  before " + before
                        + "\n  after  " + after, null);
            }
        }
        String violation = checker.afterCommand(command, facts);
        if (violation != null) {
            throw failure(violation, null);
        }
        return true;
    }

    private boolean mustChangeNothing(Command command) {
        if (command instanceof Command.View) {
            return true;
        }
        if (command instanceof Command.Step s) {
            return s.n() == 0 || checker.idle();
        }
        if (command instanceof Command.Tick t) {
            return t.n() == 0 || checker.idle();
        }
        if (command instanceof Command.Run r) {
            return checker.idle() && (r.until().isEmpty() || r.until().getAsDouble() <= world.loop().time());
        }
        return false;
    }

    AssertionError failure(String message, Throwable cause) {
        StringBuilder s = new StringBuilder();
        s.append(label).append(viaParser ? " (through the parser)" : " (World.apply)").append(", command ")
                .append(applied.size()).append(": ").append(message)
                .append("\n--- the commands so far, as a script ---\n")
                .append(Gen.render(applied, applied.size()));
        if (cause != null) {
            StringWriter w = new StringWriter();
            cause.printStackTrace(new PrintWriter(w));
            s.append("--- cause ---\n").append(w);
        }
        return new AssertionError(s.toString(), cause);
    }

    /** What a command could change, compared by value (and handles and futures by identity). */
    record Snapshot(Command.New setup, double clock, long iterations, long steps, int batchLeft,
                    List<Object> ready, List<Object> timers, List<String> queue, int unfinished,
                    List<Object> getters, List<Object> putters, List<List<Object>> tasks,
                    String nextProducer, String nextConsumer) {

        static Snapshot of(World world) {
            EventLoop loop = world.loop();
            Queue<String> q = world.queue();
            List<List<Object>> tasks = new ArrayList<>();
            for (Actor a : world.actors()) {
                List<Object> t = new ArrayList<>();
                t.add(a.name());
                t.add(a.role());
                t.add(a.task());
                t.add(a.task().awaiting());
                t.add(a.task().cancelRequests());
                t.add(a.task().cancelPending());
                t.add(a.task().steps());
                t.add(a.task().waitingOn());
                t.add(a.progress());
                t.add(a.suspendedAt());
                t.add(a.heldItem());
                tasks.add(t);
            }
            return new Snapshot(world.setup(), loop.time(), loop.iterations(), loop.taskSteps(), loop.batchLeft(),
                    handles(loop.readyHandles()), handles(loop.liveTimers()), q.contents(),
                    q.unfinishedTasks(), new ArrayList<>(q.getters()), new ArrayList<>(q.putters()), tasks,
                    world.defaultName(Command.Role.PRODUCER), world.defaultName(Command.Role.CONSUMER));
        }

        private static List<Object> handles(List<? extends looplab.model.Handle> handles) {
            List<Object> out = new ArrayList<>();
            for (looplab.model.Handle h : handles) {
                out.add(List.of(h, h.cancelled()));
            }
            return out;
        }
    }
}
