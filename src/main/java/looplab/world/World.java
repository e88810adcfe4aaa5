package looplab.world;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import looplab.builtins.Consumer;
import looplab.builtins.Producer;
import looplab.command.Command;
import looplab.command.Command.Role;
import looplab.command.CountSpec;
import looplab.command.DelaySpec;
import looplab.command.QueueKind;
import looplab.model.Coroutine;
import looplab.model.EventLoop;
import looplab.model.LifoQueue;
import looplab.model.LoopObserver;
import looplab.model.PriorityQueue;
import looplab.model.Queue;
import looplab.model.QueueFull;
import looplab.model.Task;
import looplab.random.PyRandom;

/**
 * One executor for the command language: a world is one event loop, one queue, one random
 * generator and the built-in tasks spawned in it. {@link #apply} runs a command and reports what
 * happened as {@link TraceEvent}s to the world's listeners; a command that cannot apply is
 * rejected with a {@link WorldError} before anything changes.
 *
 * <p>{@code new} replaces the loop, queue and generator; listeners and loop observers stay and
 * are attached to each new loop.
 */
public final class World {
    private final List<java.util.function.Consumer<TraceEvent>> listeners = new ArrayList<>();
    private final List<LoopObserver> loopObservers = new ArrayList<>();
    private final StepRecorder recorder = new StepRecorder();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private Command.New setup;
    private EventLoop loop;
    private Queue<String> queue;
    private PyRandom random;
    private int producersSpawned;
    private int consumersSpawned;

    /** The default world ({@code new}: unbounded FIFO queue, seed 0), reported to {@code listeners}. */
    @SafeVarargs
    public World(java.util.function.Consumer<TraceEvent>... listeners) {
        Collections.addAll(this.listeners, listeners);
        reset(new Command.New(BigInteger.ZERO, BigInteger.ZERO, QueueKind.FIFO));
    }

    /** Adds a listener for the events of later commands. */
    public void addListener(java.util.function.Consumer<TraceEvent> listener) {
        listeners.add(listener);
    }

    /** Adds an observer of the loop, kept across {@code new}. */
    public void addLoopObserver(LoopObserver observer) {
        loopObservers.add(observer);
        loop.addObserver(observer);
    }

    // ---- what the world holds ----------------------------------------------------------------

    /** The settings of the world in force ({@code maxsize}, {@code seed}, {@code kind}). */
    public Command.New setup() {
        return setup;
    }

    /** The kind of queue. */
    public QueueKind kind() {
        return setup.kind();
    }

    /** The event loop. */
    public EventLoop loop() {
        return loop;
    }

    /** The queue. */
    public Queue<String> queue() {
        return queue;
    }

    /** The built-in tasks in spawn order. */
    public Collection<Actor> actors() {
        return Collections.unmodifiableCollection(actors.values());
    }

    /** The task named {@code name}, or null. */
    public Actor actor(String name) {
        return actors.get(name);
    }

    /** The task whose coroutine is {@code task}'s, or null for a task this world did not spawn. */
    public Actor actorOf(Task task) {
        Actor actor = task == null ? null : actors.get(task.name());
        return actor != null && actor.task() == task ? actor : null;
    }

    /**
     * The world's random generator ({@code random.Random(seed)}), from which the built-ins draw;
     * code that draws from it too (a user task in the workbook) shares its sequence, as Python
     * code sharing the {@code random} module does.
     */
    public PyRandom random() {
        return random;
    }

    /** Task steps run in this world. */
    public long steps() {
        return loop.taskSteps();
    }

    /** The name the next {@code spawn ROLE} without a name would get. */
    public String defaultName(Role role) {
        return role == Role.PRODUCER ? "P" + producersSpawned : "C" + consumersSpawned;
    }

    // ---- commands ----------------------------------------------------------------------------

    /**
     * Applies a command. Views ({@link Command.View}) change nothing and are ignored here.
     *
     * @throws WorldError if the command cannot apply; the world is then unchanged
     */
    public void apply(Command command) throws WorldError {
        if (command instanceof Command.New) {
            reset((Command.New) command);
        } else if (command instanceof Command.Spawn) {
            spawn((Command.Spawn) command);
        } else if (command instanceof Command.Put) {
            put(((Command.Put) command).item());
        } else if (command instanceof Command.Get) {
            get();
        } else if (command instanceof Command.Cancel) {
            cancel(((Command.Cancel) command).name());
        } else if (command instanceof Command.Step) {
            loop.step(((Command.Step) command).n());
        } else if (command instanceof Command.Tick) {
            long n = ((Command.Tick) command).n();
            // A stop request ends the ticks; one left over from an earlier command does not
            // prevent the first tick (tick() itself clears it, as step() and run do).
            for (long i = 0; i < n && (i == 0 || !loop.stopRequested()) && loop.tick(); i++) {
                // one iteration (or the rest of the one under way) per tick
            }
        } else if (command instanceof Command.Run) {
            Command.Run run = (Command.Run) command;
            if (run.until().isPresent()) {
                loop.runUntil(run.until().getAsDouble());
            } else {
                loop.runUntilIdle();
            }
        }
    }

    private void reset(Command.New command) {
        setup = command;
        loop = new EventLoop();
        loop.addObserver(recorder);
        for (LoopObserver observer : loopObservers) {
            loop.addObserver(observer);
        }
        int maxsize = command.maxsize().min(BigInteger.valueOf(Integer.MAX_VALUE)).intValueExact();
        queue = switch (command.kind()) {
            case FIFO -> new Queue<>(loop, maxsize);
            case LIFO -> new LifoQueue<>(loop, maxsize);
            case PRIORITY -> new PriorityQueue<>(loop, maxsize);
        };
        random = new PyRandom(command.seed());
        actors.clear();
        producersSpawned = 0;
        consumersSpawned = 0;
        emit(new TraceEvent.NewWorld(command.maxsize(), command.seed(), command.kind()));
    }

    private void spawn(Command.Spawn command) throws WorldError {
        Role role = command.role();
        String name = command.name() != null ? command.name() : defaultName(role);
        if (actors.containsKey(name)) {
            throw new WorldError("a task named '" + name + "' already exists in this world",
                    "choose another name, or leave it out to get " + defaultName(role));
        }
        if (role == Role.PRODUCER && command.sentinel() && kind() == QueueKind.PRIORITY) {
            throw new WorldError("sentinel=on is not allowed in a priority world (None does not compare with str)",
                    "spawn the producer with sentinel=off");
        }
        DoubleSupplier delay = delayOf(command.delay());
        Coroutine coroutine;
        Integer count = null;
        if (role == Role.PRODUCER) {
            producersSpawned++;
            count = draw(command.count());
            coroutine = new Producer(queue, name, count, delay, command.sentinel());
        } else {
            consumersSpawned++;
            coroutine = new Consumer(queue, name, delay);
        }
        Task task = loop.createTask(name, coroutine);
        actors.put(name, new Actor(role, task, coroutine));
        emit(new TraceEvent.Spawned(name, role, count));
    }

    private int draw(CountSpec count) {
        // randint draws even when LO == HI; a single number draws nothing.
        return count.range() ? (int) random.randint(count.lo(), count.hi()) : count.lo();
    }

    private DoubleSupplier delayOf(DelaySpec delay) {
        if (!delay.range()) {
            double fixed = delay.lo();
            return () -> fixed;
        }
        PyRandom rng = random;
        double lo = delay.lo();
        double hi = delay.hi();
        return () -> rng.uniform(lo, hi);      // drawn each time the task is about to sleep
    }

    private void put(String item) throws WorldError {
        if (item == null && kind() == QueueKind.PRIORITY) {
            throw new WorldError("a priority queue cannot hold None", "put a string instead");
        }
        try {
            queue.putNowait(item);
        } catch (QueueFull e) {
            emit(new TraceEvent.PutResult(item, false, "QueueFull"));
            return;
        }
        emit(new TraceEvent.PutResult(item, true, null));
    }

    private void get() {
        if (queue.empty()) {
            emit(new TraceEvent.GetResult(false, null, "QueueEmpty"));
            return;
        }
        emit(new TraceEvent.GetResult(true, queue.getNowait(), null));
    }

    private void cancel(String name) throws WorldError {
        Actor actor = actors.get(name);
        if (actor == null) {
            throw new WorldError("no task named '" + name + "' in this world",
                    actors.isEmpty() ? "spawn a task first" : "one of: " + String.join(", ", actors.keySet()));
        }
        emit(new TraceEvent.CancelResult(name, actor.task().cancel()));
    }

    private void emit(TraceEvent event) {
        for (java.util.function.Consumer<TraceEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    /** Turns task steps into {@link TraceEvent.Stepped} events. */
    private final class StepRecorder implements LoopObserver {
        private final List<String> out = new ArrayList<>();
        private double time;

        @Override
        public void stepStarted(Task task) {
            out.clear();
            time = loop.time();
        }

        @Override
        public void printed(Task task, String line) {
            out.add(line);
        }

        @Override
        public void stepFinished(Task task) {
            if (listeners.isEmpty()) {
                return;
            }
            emit(new TraceEvent.Stepped(loop.taskSteps(), time, task.name(), List.copyOf(out),
                    queue.contents(), queue.unfinishedTasks(), task.awaiting()));
        }
    }
}
