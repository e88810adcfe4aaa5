package looplab.world;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import looplab.builtins.Consumer;
import looplab.builtins.Producer;
import looplab.builtins.ThreadedBuffer;
import looplab.builtins.ThreadedReplay;
import looplab.command.Command;
import looplab.command.Command.Role;
import looplab.command.CountSpec;
import looplab.command.DelaySpec;
import looplab.command.QueueAlgorithm;
import looplab.command.QueueKind;
import looplab.model.Coroutine;
import looplab.model.EventLoop;
import looplab.model.LifoQueue;
import looplab.model.LoopObserver;
import looplab.model.NonThreadSafeCall;
import looplab.model.PriorityQueue;
import looplab.model.Queue;
import looplab.model.QueueFull;
import looplab.model.Scheduler;
import looplab.model.Task;
import looplab.random.PyRandom;

/**
 * One executor for the command language: a world is one event loop, one queue, one random
 * generator and the tasks spawned in it. {@link #apply} runs a command and reports what
 * happened as {@link TraceEvent}s to the world's listeners; a command that cannot apply is
 * rejected with a {@link WorldError} before anything changes. Coroutines other than the
 * built-ins (the workbook's) are spawned through {@link #spawn(String, Function)}, under the same
 * name rules and with the same trace.
 *
 * <p>{@code new} replaces the loop, queue and generator; listeners, loop observers and the
 * scheduler stay and are attached to each new loop.
 *
 * <p><b>Replay.</b> A world keeps what it applied ({@link #applied()}); {@link #replay} builds a
 * fresh world from such a list, under a given {@link Scheduler}. With the scheduler that made
 * the original's choices (FIFO, or a {@link looplab.model.ReplayScheduler} of its recorded
 * choices) the replay's trace is the original's, event for event. A replay without listeners
 * builds no trace events at all, which makes it cheap.
 */
public final class World {
    private final List<java.util.function.Consumer<TraceEvent>> listeners = new ArrayList<>();
    private final List<LoopObserver> loopObservers = new ArrayList<>();
    private final StepRecorder recorder = new StepRecorder();
    private final Map<String, Actor> tasks = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final List<Applied> applied = new ArrayList<>();
    private Scheduler scheduler = Scheduler.FIFO;
    private Command.New setup;
    private EventLoop loop;
    private Queue<String> queue;
    private QueueItems items;
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

    /**
     * Which handle of each batch runs next, in this loop and the loops of later {@code new}s
     * ({@link Scheduler#FIFO}, asyncio's order, unless set).
     */
    public void setScheduler(Scheduler scheduler) {
        loop.setScheduler(scheduler);
        this.scheduler = scheduler;
    }

    /**
     * A fresh world that applies {@code commands} (what some world's {@link #applied()} gave), in
     * order, under {@code scheduler}, reporting to {@code listeners} (none: no trace is built).
     * User tasks are made again by their factories, for the new world.
     *
     * @throws WorldError if a command cannot apply here (the list was made under another
     *     schedule, in which a task spawned by a task took a name first)
     */
    @SafeVarargs
    public static World replay(List<Applied> commands, Scheduler scheduler,
                               java.util.function.Consumer<TraceEvent>... listeners) throws WorldError {
        World world = new World(listeners);
        world.setScheduler(scheduler);
        for (Applied a : commands) {
            world.apply(a);
        }
        return world;
    }

    /** Applies one entry of another world's {@link #applied()} list. */
    public void apply(Applied entry) throws WorldError {
        if (entry instanceof Applied.Line) {
            apply(((Applied.Line) entry).command());
        } else if (entry instanceof Applied.SpawnTask) {
            Applied.SpawnTask spawn = (Applied.SpawnTask) entry;
            spawn(spawn.name(), spawn.body());
        } else {
            Applied.Stopped stopped = (Applied.Stopped) entry;
            for (long i = 0; i < stopped.handles(); i++) {
                loop.runOne();
            }
            if (loop.iterations() < stopped.iterations()) {
                loop.beginIfNone();
            }
            applied.add(stopped);
        }
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

    /**
     * The queue's items in get order, as an immutable snapshot that later puts and gets do not
     * change; taking it costs O(1), reading an item O(log n). Views and trace events read this
     * rather than copying {@link Queue#contents()}.
     */
    public List<String> items() {
        return items.snapshot(queue);
    }

    /** The built-in tasks (producers and consumers) in spawn order; {@link #tasks()} has every task. */
    public Collection<Actor> actors() {
        return Collections.unmodifiableCollection(actors.values());
    }

    /** The built-in task named {@code name}, or null; {@link #task(String)} finds any task. */
    public Actor actor(String name) {
        return actors.get(name);
    }

    /** Every task of this world, built-in or the user's, in spawn order. */
    public Collection<Actor> tasks() {
        return Collections.unmodifiableCollection(tasks.values());
    }

    /** The task named {@code name}, built-in or the user's, or null. */
    public Actor task(String name) {
        return tasks.get(name);
    }

    /**
     * What this world applied since it was made, in order, accepted commands only: the commands
     * of the language (views excluded) and the top-level spawns of user tasks. A {@code new}
     * does not clear it (it is itself a command); {@link #replay} rebuilds the world from it.
     */
    public List<Applied> applied() {
        return Collections.unmodifiableList(applied);
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
     * Applies a command. Views ({@link Command.View}) and moves in time ({@link Command.Travel})
     * change nothing and are ignored here.
     *
     * @throws WorldError if the command cannot apply; the world is then unchanged
     */
    public void apply(Command command) throws WorldError {
        if (command instanceof Command.View || command instanceof Command.Travel) {
            return;
        }
        long handlesBefore = loop.handlesRun();
        run(command);
        boolean runs = command instanceof Command.Step || command instanceof Command.Tick || command instanceof Command.Run;
        if (runs && loop.stopRequested()) {
            // Stopped part way (or asked to as it ended): keep what it did, which replays exactly.
            applied.add(new Applied.Stopped(command, loop.handlesRun() - handlesBefore, loop.iterations()));
        } else {
            applied.add(new Applied.Line(command));
        }
    }

    /**
     * Spawns a task running the coroutine that {@code body} makes for this world
     * ({@code asyncio.create_task(coro, name=name)}): its first step joins the ready queue's
     * tail, and the trace says {@code spawn} with role {@code "task"}. The name rules are the
     * built-ins': a name already taken (by any task) is refused. Allowed from inside a task's
     * step too (a task creating tasks); only a top-level spawn is kept in {@link #applied()}.
     *
     * @param body makes the coroutine, given this world (its loop, queue, random generator);
     *     called once here, and again by each {@link #replay}
     * @return the new task's entry
     * @throws WorldError if the name is taken; nothing changes then
     */
    public Actor spawn(String name, Function<? super World, ? extends Coroutine> body) throws WorldError {
        requireFreeName(name, "choose another name");
        boolean topLevel = loop.currentHandle() == null;
        if (topLevel) {
            loop.wake();
        }
        Coroutine coroutine = body.apply(this);
        Actor actor = new Actor(TaskRole.TASK, loop.createTask(name, coroutine), coroutine);
        tasks.put(name, actor);
        if (topLevel) {
            applied.add(new Applied.SpawnTask(name, body));
        }
        emit(new TraceEvent.Spawned(name, TaskRole.TASK, null));
        return actor;
    }

    /**
     * Refuses a name some task of this world has (the rule every spawn follows), so that a host
     * can check before it begins to show a command.
     *
     * @throws WorldError if the name is taken
     */
    public void requireFreeName(String name) throws WorldError {
        requireFreeName(name, "choose another name");
    }

    private void requireFreeName(String name, String hint) throws WorldError {
        if (tasks.containsKey(name)) {
            throw new WorldError("a task named '" + name + "' already exists in this world", hint);
        }
    }

    private void run(Command command) throws WorldError {
        if (command instanceof Command.New) {
            reset((Command.New) command);
        } else if (command instanceof Command.Spawn) {
            spawn((Command.Spawn) command);
        } else if (command instanceof Command.Put) {
            put(((Command.Put) command).item());
        } else if (command instanceof Command.ThreadPut) {
            threadPut(((Command.ThreadPut) command).item());
        } else if (command instanceof Command.ThreadsafePut) {
            threadsafePut(((Command.ThreadsafePut) command).item());
        } else if (command instanceof Command.Get) {
            get();
        } else if (command instanceof Command.Cancel) {
            cancel(((Command.Cancel) command).name());
        } else if (command instanceof Command.Replay) {
            replaySchedule((Command.Replay) command);
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
        loop.setDebug(command.debug());
        loop.setScheduler(scheduler);
        loop.addObserver(recorder);
        for (LoopObserver observer : loopObservers) {
            loop.addObserver(observer);
        }
        int maxsize = command.maxsize().min(BigInteger.valueOf(Integer.MAX_VALUE)).intValueExact();
        Queue.Algorithm algorithm = command.algorithm() == QueueAlgorithm.PY34 ? Queue.Algorithm.PY34
                : Queue.Algorithm.CURRENT;
        queue = switch (command.kind()) {
            case FIFO -> new Queue<>(loop, maxsize, algorithm);
            case LIFO -> new LifoQueue<>(loop, maxsize, algorithm);
            case PRIORITY -> new PriorityQueue<>(loop, maxsize, algorithm);
        };
        items = new QueueItems(command.kind());
        random = new PyRandom(command.seed());
        actors.clear();
        tasks.clear();
        producersSpawned = 0;
        consumersSpawned = 0;
        emit(new TraceEvent.NewWorld(command.maxsize(), command.seed(), command.kind(), command.debug()));
    }

    private void spawn(Command.Spawn command) throws WorldError {
        Role role = command.role();
        String name = command.name() != null ? command.name() : defaultName(role);
        requireFreeName(name, "choose another name, or leave it out to get " + defaultName(role));
        if (role == Role.PRODUCER && command.sentinel() && kind() == QueueKind.PRIORITY) {
            throw new WorldError("sentinel=on is not allowed in a priority world (None does not compare with str)",
                    "spawn the producer with sentinel=off");
        }
        loop.wake();
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
        Actor actor = new Actor(TaskRole.of(role), loop.createTask(name, coroutine), coroutine);
        actors.put(name, actor);
        tasks.put(name, actor);
        emit(new TraceEvent.Spawned(name, TaskRole.of(role), count));
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
        loop.wake();
        try {
            queue.putNowait(item);
        } catch (QueueFull e) {
            emit(new TraceEvent.PutResult(item, false, "QueueFull"));
            return;
        }
        emit(new TraceEvent.PutResult(item, true, null));
    }

    private void get() {
        loop.wake();
        if (queue.empty()) {
            emit(new TraceEvent.GetResult(false, null, "QueueEmpty"));
            return;
        }
        emit(new TraceEvent.GetResult(true, queue.getNowait(), null));
    }

    private void replaySchedule(Command.Replay replay) throws WorldError {
        if (replay.threads()) {
            replayThreads(replay);
            return;
        }
        if (loop.handlesRun() != replay.handles()) {
            throw new WorldError("this schedule starts where the loop had run " + replay.handles()
                    + " handles, and this world's loop has run " + loop.handlesRun(),
                    "set the world up as it was when explore printed it (new, then the same commands), then replay");
        }
        // This loop only: a later `new` is back to asyncio's order.
        loop.setScheduler(new FollowSchedule(replay.choices()));
    }

    /** The world again, from its setup, with its producers and consumers as threads playing the schedule. */
    private void replayThreads(Command.Replay replay) throws WorldError {
        String hint = "explore threads works on the built-in producers and consumers of a fifo world";
        if (kind() != QueueKind.FIFO) {
            throw new WorldError("a threads schedule runs on a FIFO buffer, and this world's queue is " + kind().word(), hint);
        }
        if (tasks.isEmpty()) {
            throw new WorldError("this world has no tasks to run as threads", "spawn the producers and consumers first");
        }
        List<ThreadedBuffer.Spec> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Actor a : tasks.values()) {
            Coroutine c = a.coroutine();
            if (!a.isBuiltin()) {
                throw new WorldError("'" + a.name() + "' is not a built-in producer or consumer (maybe a thread of an earlier"
                        + " replay)", "set up the producers and consumers again (new, spawn ...), then replay");
            }
            boolean producer = a.role() == Role.PRODUCER;
            specs.add(new ThreadedBuffer.Spec(a.name(), producer, producer ? a.count() : 0,
                    producer && ((Producer) c).sentinel()));
            names.add(a.name());
        }
        int[] order = new int[replay.steps().size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = names.indexOf(replay.steps().get(i));
            if (order[i] < 0) {
                throw new WorldError("the schedule names '" + replay.steps().get(i) + "', and this world has no such task",
                        "one of: " + String.join(", ", names));
            }
        }
        int maxsize = queue.maxsize();
        reset(setup);
        ThreadedReplay threads = new ThreadedReplay(new ThreadedBuffer(specs, maxsize, replay.lock(), true, false),
                order, loop);
        for (int id = 0; id < specs.size(); id++) {
            Coroutine coroutine = threads.thread(id);
            String name = specs.get(id).name();
            tasks.put(name, new Actor(TaskRole.TASK, loop.createTask(name, coroutine), coroutine));
            emit(new TraceEvent.Spawned(name, TaskRole.TASK, null));
        }
    }

    private void cancel(String name) throws WorldError {
        Actor actor = tasks.get(name);
        if (actor == null) {
            throw new WorldError("no task named '" + name + "' in this world",
                    tasks.isEmpty() ? "spawn a task first" : "one of: " + String.join(", ", tasks.keySet()));
        }
        loop.wake();
        emit(new TraceEvent.CancelResult(name, actor.task().cancel()));
    }

    /**
     * {@code thread put ITEM}: {@code queue.put_nowait(ITEM)} on a real second thread, started
     * and joined at once (as the oracle does), so the result is deterministic. The loop treats
     * that thread as asyncio does (see {@link EventLoop}): it does not wake, and in debug mode the
     * wake-up of a waiting getter raises, after the item was stored.
     */
    private void threadPut(String item) throws WorldError {
        if (item == null && kind() == QueueKind.PRIORITY) {
            throw new WorldError("a priority queue cannot hold None", "thread put a string instead");
        }
        loop.checkOwner();             // this thread is the loop's (an ended owner passes it on)
        Queue<String> q = queue;
        RuntimeException thrown = onAnotherThread(() -> q.putNowait(item));
        String error = null;
        if (thrown instanceof QueueFull) {
            error = "QueueFull";
        } else if (thrown instanceof NonThreadSafeCall) {
            error = "RuntimeError";
        } else if (thrown != null) {
            throw thrown;
        }
        emit(new TraceEvent.ThreadPutResult(item, error == null, error, loop.asleep()));
    }

    /**
     * {@code threadsafe put ITEM}: {@code loop.call_soon_threadsafe(queue.put_nowait, ITEM)} on a
     * real second thread; the put runs in the handle, in the next iteration, and reports there.
     */
    private void threadsafePut(String item) throws WorldError {
        if (item == null && kind() == QueueKind.PRIORITY) {
            throw new WorldError("a priority queue cannot hold None", "threadsafe put a string instead");
        }
        loop.checkOwner();
        EventLoop l = loop;
        Queue<String> q = queue;
        String what = "put_nowait(" + (item == null ? "None" : "'" + item + "'") + ")";
        RuntimeException thrown = onAnotherThread(() -> l.callSoonThreadsafe(what, arg -> {
            try {
                q.putNowait(item);
            } catch (QueueFull e) {
                emit(new TraceEvent.ThreadsafePutRan(item, false, "QueueFull"));
                return;
            }
            emit(new TraceEvent.ThreadsafePutRan(item, true, null));
        }, null));
        if (thrown != null) {
            throw thrown;
        }
        l.collectThreadsafe();
        emit(new TraceEvent.ThreadsafePutScheduled(item));
    }

    /** Runs {@code action} on a new thread, to its end; returns what it threw, or null. */
    private static RuntimeException onAnotherThread(Runnable action) {
        RuntimeException[] thrown = new RuntimeException[1];
        Thread other = new Thread(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                thrown[0] = e;
            }
        }, "another thread");
        other.start();
        boolean interrupted = false;
        while (true) {
            try {
                other.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;     // the put is short: finish it, keep the interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return thrown[0];              // join() orders the other thread's writes before this read
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
        public void itemPut(Queue<?> q, Object item, Task by) {
            if (q == queue) {                 // a user task's queue of its own is not the world's
                items.put((String) item);
            }
        }

        @Override
        public void itemTaken(Queue<?> q, Object item, Task by) {
            if (q == queue) {
                items.taken();
            }
        }

        @Override
        public void stepFinished(Task task) {
            if (listeners.isEmpty()) {
                return;
            }
            emit(new TraceEvent.Stepped(loop.taskSteps(), time, task.name(), List.copyOf(out),
                    items(), queue.unfinishedTasks(), task.awaiting()));
        }
    }
}
