package looplab.workbook;

import java.lang.ref.Cleaner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import looplab.command.Command;
import looplab.command.Command.Role;
import looplab.command.Command.View;
import looplab.command.CountSpec;
import looplab.command.DelaySpec;
import looplab.command.Parser;
import looplab.command.QueueKind;
import looplab.command.ScriptError;
import looplab.explore.Exploration;
import looplab.explore.ExploreLimit;
import looplab.explore.Report;
import looplab.view.ExploreView;
import looplab.model.EventLoop;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.random.PyRandom;
import looplab.travel.TimeMachine;
import looplab.view.Timeline;
import looplab.travel.TravelError;
import looplab.world.Actor;
import looplab.world.TraceEvent;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * LoopLab from JShell: one world (an event loop, a queue, a seeded random generator) driven by
 * the same commands as the console and script mode, plus tasks written in plain Java.
 *
 * <pre>{@code
 * var lab = Lab.seeded(42);                 // new seed=42
 * lab.spawnProducer().spawnConsumer();      // spawn producer / spawn consumer
 * lab.step()                                // shows the frame: what ran, the queue, the tasks
 * lab.command("run until=1.5")              // any command of the console's language
 * var q = lab.queue();
 * lab.spawn("mine", t -> {                  // a coroutine of your own
 *     String item = t.await(q.get());
 *     t.print("got " + item);
 * });
 * }</pre>
 *
 * <p>Every command goes through {@link World#apply}, so its semantics and trace are exactly the
 * console's and script mode's (and CPython's). Every method that runs a command returns this lab,
 * whose {@link #toString()} is the console's frame: in JShell, evaluating {@code lab.step()} shows
 * the picture. An invalid command throws {@link IllegalArgumentException} with the reason and a
 * hint, and changes nothing.
 *
 * <p>A lab belongs to the thread that made it (JShell's), as its loop does: use it from there.
 * {@link #close()} ends the threads of its user tasks; so does {@code new}, and so, eventually,
 * does dropping the lab.
 */
public final class Lab implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final LabRecorder recorder = new LabRecorder();
    private final TimeMachine machine;
    private World world;                 // the moment shown: the present, or after back, the past
    private Frames frames;
    private final LabThreads threads = new LabThreads();
    private final Cleaner.Cleanable cleanable;
    private final List<String> history = new ArrayList<>();
    private LabViews views;
    private ViewText shown;              // the view lab.command asked for last, until the next command
    private String discarded;            // what the last command discarded of the future, said first
    private boolean closed;

    private Lab(Command.New setup) {
        boolean otherStart = !setup.equals(Command.New.DEFAULT);
        // Another start replaces the default world at once: the trace begins with its `new` alone.
        world = otherStart ? new World() : new World(recorder);
        frames = Frames.attach(world);
        machine = new TimeMachine(world, frames.journal());
        views = new LabViews(this, world, frames, history);
        cleanable = CLEANER.register(this, threads);
        if (otherStart) {
            world.addListener(recorder);
            apply("new", setup);
        }
    }

    // ---- making a lab ------------------------------------------------------------------------

    /** A fresh world as {@code new} makes it: an unbounded FIFO queue, seed 0. */
    public static Lab create() {
        return new Lab(Command.New.DEFAULT);
    }

    /** A fresh world seeded as Python's {@code random.seed(seed)}: {@code new seed=SEED}. */
    public static Lab seeded(long seed) {
        return new Lab(new Command.New(BigInteger.ZERO, BigInteger.valueOf(seed), QueueKind.FIFO));
    }

    /**
     * A fresh world with the options of a {@code new} line, for example
     * {@code Lab.of("maxsize=2 seed=42 kind=lifo")}.
     */
    public static Lab of(String newOptions) {
        require(newOptions != null, "Lab.of needs the options of new, not null; try: Lab.of(\"seed=42\")");
        Command command = parse("new " + newOptions, QueueKind.FIFO);
        if (!(command instanceof Command.New)) {
            throw new IllegalArgumentException("not options of new: " + newOptions);
        }
        return new Lab((Command.New) command);
    }

    /** Starts a fresh world like this one but bounded to {@code maxsize} items ({@code new maxsize=N ...}). */
    public Lab maxsize(int maxsize) {
        require(maxsize >= 0, "maxsize must be an integer >= 0 (0: unbounded), not " + maxsize);
        Command.New s = world.setup();
        return apply("new maxsize=" + maxsize, new Command.New(BigInteger.valueOf(maxsize), s.seed(), s.kind(), s.debug(), s.algorithm()));
    }

    /** Starts a fresh world like this one but seeded with {@code seed} ({@code new seed=S ...}). */
    public Lab seed(long seed) {
        Command.New s = world.setup();
        return apply("new seed=" + seed, new Command.New(s.maxsize(), BigInteger.valueOf(seed), s.kind(), s.debug(), s.algorithm()));
    }

    /** Starts a fresh world like this one with a {@code "fifo"}, {@code "lifo"} or {@code "priority"} queue. */
    public Lab kind(String kind) {
        require(kind != null, "kind must be fifo, lifo or priority, not null");
        QueueKind k = QueueKind.fromWord(kind).orElseThrow(() ->
                new IllegalArgumentException("unknown kind '" + kind + "'; try: fifo, lifo or priority"));
        Command.New s = world.setup();
        return apply("new kind=" + kind, new Command.New(s.maxsize(), s.seed(), k, s.debug(), s.algorithm()));
    }

    /** Starts the world afresh with the same settings ({@code new} with this world's options). */
    public Lab reset() {
        return apply("new", world.setup());
    }

    // ---- commands ----------------------------------------------------------------------------

    /**
     * Runs one line of the console's command language, for example
     * {@code lab.command("spawn producer P count=3 delay=0.1")}. Returns this lab: its frame. A view
     * ({@code why}, {@code where P0}, {@code queue}, {@code help spawn}, ...) changes nothing, and
     * this lab then shows that view instead of the frame, until the next command; the methods
     * {@link #why()}, {@link #where(String)}, ... give a view as a value of its own.
     *
     * @throws IllegalArgumentException for an invalid line, or a view that cannot be shown
     *                                  ({@code where P9} without a task P9), with the console's message
     */
    public Lab command(String line) {
        require(line != null, "lab.command needs a line, not null; try: lab.command(\"step\")");
        Command command = parse(line, world.kind());
        if (command == null) {
            return this;
        }
        if (command instanceof View) {
            history.add(line.strip());     // as the console's: `history` lists itself
            ViewText text;
            try {
                text = view((View) command);
            } catch (RuntimeException e) {
                history.remove(history.size() - 1);
                throw e;
            }
            shown = text;
            return this;
        }
        if (command instanceof Command.Travel) {
            return travel(line.strip(), (Command.Travel) command);
        }
        return apply(line.strip(), command);
    }

    /** {@code spawn producer}: the built-in producer with the defaults (3..7 items, sleeps 0.1..0.5, sentinel). */
    public Lab spawnProducer() {
        return command("spawn producer");
    }

    /**
     * {@code spawn producer WORDS}: the built-in producer with a name and options, for example
     * {@code lab.spawnProducer("P count=3 delay=0.1 sentinel=off")}.
     */
    public Lab spawnProducer(String words) {
        require(words != null, "spawnProducer needs a name and options, not null; try: spawnProducer() for the defaults");
        return command("spawn producer " + words);
    }

    /** The built-in producer putting {@code count} items, sleeping {@code delay} after each, then {@code None}. */
    public Lab spawnProducer(String name, int count, double delay) {
        checkName(name);
        require(count >= 0, "count must be an integer >= 0, not " + count);
        checkDelay(delay);
        return apply("spawn producer " + name + " count=" + count + " delay=" + delay,
                new Command.Spawn(Role.PRODUCER, name, CountSpec.fixed(count), DelaySpec.fixed(delay),
                        world.kind() != QueueKind.PRIORITY));
    }

    /** {@code spawn consumer}: the built-in consumer with the defaults (sleeps 0.1..0.3). */
    public Lab spawnConsumer() {
        return command("spawn consumer");
    }

    /** {@code spawn consumer WORDS}, for example {@code lab.spawnConsumer("C delay=0.2")}. */
    public Lab spawnConsumer(String words) {
        require(words != null, "spawnConsumer needs a name and options, not null; try: spawnConsumer() for the defaults");
        return command("spawn consumer " + words);
    }

    /** The built-in consumer sleeping {@code delay} after each item. */
    public Lab spawnConsumer(String name, double delay) {
        checkName(name);
        checkDelay(delay);
        return apply("spawn consumer " + name + " delay=" + delay,
                new Command.Spawn(Role.CONSUMER, name, null, DelaySpec.fixed(delay), false));
    }

    /**
     * {@code put ITEM}: {@code queue.put_nowait(item)} from outside any task; {@code null} puts the
     * sentinel {@code None}. A full queue refuses it ({@code QueueFull}): see {@link #lastEvents()}.
     */
    public Lab put(String item) {
        return apply(item == null ? "put None" : "put " + quoteIfNeeded(item), new Command.Put(item));
    }

    /**
     * {@code thread put ITEM}: another thread calls {@code queue.put_nowait(item)} directly, as
     * asyncio in this world's debug setting has it: with debug off it is stored, and a waiting
     * getter's wake-up joins the ready queue without waking a loop asleep in its selector; with
     * debug on ({@code Lab.of("debug=on")}) waking a getter raises RuntimeError after the item was
     * stored (see {@link #lastEvents()} and {@code why()}).
     */
    public Lab threadPut(String item) {
        return apply(item == null ? "thread put None" : "thread put " + quoteIfNeeded(item), new Command.ThreadPut(item));
    }

    /**
     * {@code threadsafe put ITEM}: another thread calls
     * {@code loop.call_soon_threadsafe(queue.put_nowait, item)}, which wakes the loop; the put runs
     * in the loop's thread, in the next iteration.
     */
    public Lab threadsafePut(String item) {
        return apply(item == null ? "threadsafe put None" : "threadsafe put " + quoteIfNeeded(item),
                new Command.ThreadsafePut(item));
    }

    /**
     * {@code loop.call_soon_threadsafe(action)}, callable from any thread (your own
     * {@code new Thread(...)}): the action runs in the loop's thread, in the next iteration, and the
     * loop wakes. The safe way into the loop from another thread.
     */
    public Lab callSoonThreadsafe(Runnable action) {
        world.loop().callSoonThreadsafe(Objects.requireNonNull(action, "action"));
        return this;
    }

    /**
     * {@code get}: {@code queue.get_nowait()} from outside any task (it does not call
     * {@code task_done()}); {@link #got()} is the item, or an empty queue refuses ({@code QueueEmpty}).
     */
    public Lab get() {
        return apply("get", new Command.Get());
    }

    /** {@code cancel NAME}: {@code task.cancel()} on a built-in or a user task. */
    public Lab cancel(String name) {
        require(name != null, "cancel needs a task name, not null; tasks: " + String.join(", ", taskNames()));
        return apply("cancel " + name, new Command.Cancel(name));
    }

    /** {@code step}: runs handles until one more task step has run (or the loop is idle). */
    public Lab step() {
        return step(1);
    }

    /** {@code step N}: runs handles, keeping iteration boundaries, until N more task steps have run. */
    public Lab step(long n) {
        require(n >= 0, "step needs a number of steps >= 0, not " + n);
        return apply(n == 1 ? "step" : "step " + n, new Command.Step(n));
    }

    /** {@code tick}: finishes the iteration under way, else runs one whole iteration. */
    public Lab tick() {
        return tick(1);
    }

    /** {@code tick N}. */
    public Lab tick(long n) {
        require(n >= 0, "tick needs a number of iterations >= 0, not " + n);
        return apply(n == 1 ? "tick" : "tick " + n, new Command.Tick(n));
    }

    /** {@code run}: iterates until the loop is idle. */
    public Lab run() {
        return apply("run", new Command.Run(OptionalDouble.empty()));
    }

    /** {@code run until=T}: iterates while the next iteration starts at or before {@code t}, then sets the clock to {@code t}. */
    public Lab runUntil(double t) {
        // The language's until=T is a decimal >= 0: no sign, no NaN (a huge one is infinity).
        require(!Double.isNaN(t) && Double.compare(t, 0.0) >= 0, "run until=T needs a time >= 0, not " + t
                + "; try: lab.runUntil(1.5)");
        return apply("run until=" + t, new Command.Run(OptionalDouble.of(t)));
    }

    // ---- time travel -------------------------------------------------------------------------

    /**
     * {@code back}: shows the world one task step earlier, replayed exactly; {@link #toString()}
     * then says {@code viewing step K of N} below the frame, and every accessor ({@link #queue()},
     * {@link #task(String)}, {@link #steps()}, the views) answers for the moment shown. A command
     * that changes the world, run in the past, continues from there and discards the steps after
     * it (the frame says so first). Your coroutines are re-run from the start for it: their bodies
     * must be deterministic and reach the world through their {@link Async} ({@code t.queue()}),
     * not through a queue captured from the lab, else the move is refused.
     *
     * @throws IllegalArgumentException at step 0, or if your coroutines do not replay the same
     */
    public Lab back() {
        return back(1);
    }

    /** {@code back N}: the world N task steps earlier (at most back to step 0). */
    public Lab back(long n) {
        return travel("back " + n, new Command.Travel.Back(n));
    }

    /** {@code forward}: after {@link #back()}, the world one task step later. */
    public Lab forward() {
        return forward(1);
    }

    /** {@code forward N}: the world N task steps later (at most up to the present). */
    public Lab forward(long n) {
        return travel("forward " + n, new Command.Travel.Forward(n));
    }

    /** {@code goto STEP}: the world right after task step STEP (0: the start; the last step: the present). */
    public Lab goTo(long step) {
        return travel("goto " + step, new Command.Travel.GoTo(step));
    }

    /** {@code goto t=T}: the world right after the last task step at or before virtual time {@code t}. */
    public Lab goToTime(double t) {
        return travel("goto t=" + t, new Command.Travel.GoToTime(t));
    }

    /** In the past, {@code "viewing step 12 of 40"}; at the present, null. */
    public String viewing() {
        return machine.status();
    }

    /** The task step shown: the last one, or after {@link #back()}, the moment of the past shown. */
    public long viewedStep() {
        return machine.viewedStep();
    }

    private Lab travel(String text, Command.Travel move) {
        checkTopLevel(text);
        try {
            machine.move(move);
        } catch (TravelError e) {
            throw new IllegalArgumentException(e.getMessage() + "\n  " + e.hint());
        }
        history.add(text);
        shown = null;
        discarded = null;
        showMoment();
        return this;
    }

    /** Before a command that changes the world: in the past, the moment shown becomes the present. */
    private void continueHere(Command command) {
        discarded = null;
        if (!machine.inPast()) {
            return;
        }
        String refusal = command == null ? null : machine.refusal(command);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal + "\n  the past stays shown; lab.goTo(" + machine.lastStep()
                    + ") returns to the present");
        }
        List<TraceEvent> dropped = recorder.forgetWorld();
        try {
            discarded = machine.continueHere(List.of(recorder)).line();
        } catch (TravelError e) {
            recorder.restore(dropped);
            throw new IllegalArgumentException(e.getMessage() + "\n  " + e.hint());
        }
        showMoment();
    }

    /** Points the lab at the moment the time machine shows. */
    private void showMoment() {
        world = machine.world();
        frames = Frames.of(world, machine.journal());
        views = new LabViews(this, world, frames, history);
    }

    // ---- user tasks --------------------------------------------------------------------------

    /**
     * Spawns a task running {@code body}, a coroutine written in plain Java
     * ({@code asyncio.create_task(body(), name=name)}): its first step is scheduled at the ready
     * queue's tail. The body runs on a thread of its own, but only ever while the loop waits for
     * it, and switches only at {@link Async#await}, {@link Async#sleep} and {@link Async#yield()};
     * see {@link ThreadedCoroutine} for how, and for what that costs. A task may spawn tasks too
     * (asyncio's {@code create_task} inside a coroutine). The world spawns it
     * ({@link World#spawn}), so its name follows the built-ins' rules and the trace says
     * {@code spawn} with role {@code "task"}.
     *
     * @throws IllegalArgumentException if a task of that name exists
     */
    public Lab spawn(String name, AsyncBody body) {
        boolean insideStep = world.loop().currentHandle() != null;
        if (insideStep) {
            world.loop().checkThread();    // asyncio.create_task() from inside a task: allowed
        } else {
            checkTopLevel("spawn");
        }
        checkName(name);
        try {
            world.requireFreeName(name);     // before the frame begins: a refused spawn shows nothing
        } catch (WorldError e) {
            throw new IllegalArgumentException(e.getMessage() + "; " + e.hint());
        }
        if (!insideStep) {
            continueHere(null);
            beginCommand("spawn " + name + " (your coroutine)", null);
        }
        LabThreads started = threads;      // the factory must not hold the lab (see LabThreads)
        try {
            world.spawn(name, w -> {
                ThreadedCoroutine coroutine = new ThreadedCoroutine(w.loop(), w.queue(), name, body);
                started.add(coroutine);
                return coroutine;
            });
        } catch (WorldError e) {
            throw new IllegalStateException("the name was checked just before", e);
        } finally {
            if (!insideStep) {
                frames.endCommand();
            }
        }
        return this;
    }

    // ---- exploring ---------------------------------------------------------------------------

    /**
     * {@code explore}: every schedule of this world as set up so far, checked, with the loop's,
     * the unlocked threads' and the locked threads' verdicts side by side. The world is left as
     * it is: each schedule runs in a fresh copy rebuilt from its commands (user tasks too, made
     * again by their bodies).
     */
    public ViewText explore() {
        return explore("");
    }

    /**
     * {@code explore WORDS}, for example {@code lab.explore("threads lock=on")} or
     * {@code lab.explore("depth=200 budget=5000")}.
     *
     * @throws IllegalArgumentException for words {@code explore} does not take, or a world it cannot explore so
     */
    public ViewText explore(String words) {
        return view(exploreLine(words));
    }

    /**
     * {@code explore WORDS} with an invariant of your own: {@code holds} must be true of every
     * schedule's final world (loop mode), for example
     * {@code lab.explore("", w -> w.queue().qsize() == 0)}.
     */
    public ViewText explore(String words, Predicate<World> holds) {
        return new ViewText(ExploreView.of(exploreReport(words, holds)));
    }

    /** What {@link #explore(String, Predicate)} found, as data (counts, verdicts, the failing schedule). */
    public Report exploreReport(String words, Predicate<World> holds) {
        checkTopLevel("explore");
        Objects.requireNonNull(words, "words");
        try {
            return Exploration.explore(world, exploreLine(words).options(), () -> false, holds);
        } catch (ExploreLimit e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private View.Explore exploreLine(String words) {
        Command c = parse("explore " + Objects.requireNonNull(words, "words"), world.kind());
        return (View.Explore) c;
    }

    // ---- looking -----------------------------------------------------------------------------

    /** {@code why}: the last command's last step explained, as the console explains it. */
    public ViewText why() {
        return view(new View.Why());
    }

    /**
     * {@code where TASK}: the built-in task's Python listing and its Java twin, marked where it is suspended.
     *
     * @throws IllegalArgumentException if the world has no built-in task of that name
     */
    public ViewText where(String task) {
        require(task != null, "where needs a task name, not null");
        return view(new View.Where(task));
    }

    /** {@code queue}: the queue's slots, its unfinished count and the tasks waiting in get() and put(). */
    public ViewText queueView() {
        return view(new View.Queue());
    }

    /** {@code tasks}: every built-in task, its state and progress. */
    public ViewText tasks() {
        return view(new View.Tasks());
    }

    /** {@code ready}: the ready queue, in the order it will run, every handle labelled. */
    public ViewText ready() {
        return view(new View.Ready());
    }

    /** {@code timers}: the timers, earliest first. */
    public ViewText timers() {
        return view(new View.Timers());
    }

    /**
     * {@code timeline}: the run as swimlanes, one row per task and one column per task step
     * (the latest 70 steps), in plain ASCII; {@link #timeline(String)} takes the console's words.
     */
    public ViewText timeline() {
        return timeline("");
    }

    /** {@code timeline WORDS}, for example {@code lab.timeline("1..20")} or {@code lab.timeline("by=iteration")}. */
    public ViewText timeline(String words) {
        return view((View) parse("timeline " + Objects.requireNonNull(words, "words"), world.kind()));
    }

    /** The run the timeline draws: the present's, with the step shown. */
    Timeline.Run timelineRun() {
        return new Timeline.Run(machine.presentWorld(), machine.presentJournal(), machine.viewedStep());
    }

    /** {@code history}: the commands this lab ran, numbered. */
    public ViewText history() {
        return view(new View.History());
    }

    /** {@code trace N}: the last {@code lines} lines of the trace, as the console shows them. */
    public ViewText trace(int lines) {
        return view(new View.Trace(OptionalInt.of(lines)));
    }

    /**
     * {@code export perfetto FILE}: the whole run as a Perfetto trace (Trace Event Format JSON) for
     * ui.perfetto.dev or chrome://tracing.
     *
     * @return where it was written and how to open it
     * @throws IllegalArgumentException if the file cannot be written
     */
    public ViewText exportPerfetto(String file) {
        return view(new View.Export("perfetto", Objects.requireNonNull(file, "file")));
    }

    /**
     * {@code export html FILE}: the whole run as one self-contained replay page for any browser.
     *
     * @return where it was written and how to open it
     * @throws IllegalArgumentException if the file cannot be written
     */
    public ViewText exportHtml(String file) {
        return view(new View.Export("html", Objects.requireNonNull(file, "file")));
    }

    /** {@code help}: every command of the language in one screen. */
    public ViewText help() {
        return view(new View.Help(null));
    }

    /** {@code help CMD}: one command in detail, with examples. */
    public ViewText help(String command) {
        require(command != null, "help needs a command word, not null; try: lab.help() for every command");
        return view(new View.Help(command));
    }

    /** The queue ({@code asyncio.Queue}); its {@code putNowait}/{@code getNowait} never switch tasks. */
    public Queue<String> queue() {
        return world.queue();
    }

    /** The event loop. */
    public EventLoop loop() {
        return world.loop();
    }

    /** The world behind this lab (what the console and script mode drive). */
    public World world() {
        return world;
    }

    /**
     * The world's random generator, CPython's {@code random.Random(seed)} bit for bit: the built-ins
     * draw from it, and so can your tasks ({@code random.randint(3, 7)}, {@code random.uniform(0.1, 0.5)}),
     * sharing one sequence as Python code sharing the {@code random} module does.
     */
    public PyRandom random() {
        return world.random();
    }

    /** The virtual clock. */
    public double time() {
        return world.loop().time();
    }

    /** Task steps run in this world. */
    public long steps() {
        return world.steps();
    }

    /** Whether the loop is idle: nothing ready, no timer. */
    public boolean idle() {
        return world.loop().isIdle();
    }

    /**
     * The items in the queue, in the order {@code get} would return them ({@code null}: None): an
     * immutable snapshot, which later commands do not change.
     */
    public List<String> items() {
        return world.items();
    }

    /** The task named {@code name} (built-in or yours). */
    public Task task(String name) {
        Actor actor = world.task(name);
        if (actor != null) {
            return actor.task();
        }
        throw new IllegalArgumentException("no task named '" + name + "'; tasks: " + String.join(", ", taskNames()));
    }

    /** Every task's name: the built-ins in spawn order, then yours. */
    public List<String> taskNames() {
        List<String> names = new ArrayList<>();
        world.actors().forEach(a -> names.add(a.name()));
        userTasks().forEach(a -> names.add(a.name()));
        return names;
    }

    /** What the task is waiting for, or how it ended: {@code "start"}, {@code "get"}, {@code "sleep"}, {@code "done"}, ... */
    public String state(String name) {
        return task(name).awaiting().word();
    }

    /**
     * The task whose step ran last: "the running task" in a cooperative loop is the one whose
     * step is under way; between commands, this is the one that ran most recently ({@code null}
     * if none has run).
     */
    public String lastRan() {
        return recorder.lastRan();
    }

    /** The tasks whose steps ran during the last command, in order. */
    public List<String> ranInLastCommand() {
        return recorder.ranInLastCommand();
    }

    /** The item the last {@link #get()} returned, if it got one ({@code Optional.empty()} for QueueEmpty or None). */
    public Optional<String> got() {
        return recorder.got();
    }

    /** Every line the tasks printed, in order. */
    public List<String> output() {
        return LabRecorder.printed(recorder.events());
    }

    /** The lines the tasks printed during the last command. */
    public List<String> lastOutput() {
        return LabRecorder.printed(recorder.lastEvents());
    }

    /** Every trace event since the lab was made (spec §5), the steps of your tasks included. */
    public List<TraceEvent> events() {
        return recorder.events();
    }

    /** The trace events of the last command. */
    public List<TraceEvent> lastEvents() {
        return recorder.lastEvents();
    }

    /** The trace as JSON Lines, as {@code --trace} writes it (one line per event). */
    public String trace() {
        return recorder.jsonLines();
    }

    /** The console's frame: what the last command did, the queue, the tasks, the ready queue, the timers. */
    public String frame() {
        return frames.frame();
    }

    /**
     * The frame, after a line break (so that JShell's {@code $1 ==> } stands above it): in JShell,
     * evaluating any command of this lab shows it; after {@code lab.command("why")} and other
     * views, that view instead, until the next command. Start JShell with {@code --feedback lab} (see
     * {@code notebooks/startup.jsh}) to see long frames whole.
     */
    @Override
    public String toString() {
        if (shown != null) {
            return shown.toString();
        }
        String status = machine.status();
        return "\n" + (discarded == null ? "" : discarded + "\n") + frame()
                + (status == null ? "" : "\n" + status + " (lab.back(), lab.forward(), lab.goTo(STEP);"
                        + " a command that changes the world continues from here)");
    }

    /** Ends the threads of this lab's user tasks (their bodies see {@link CoroutineClosed}). */
    @Override
    public void close() {
        closeUserTasks();
        closed = true;
        cleanable.clean();
    }

    // ---- inside ------------------------------------------------------------------------------

    /** The user task named {@code name}, or null. */
    ThreadedCoroutine userCoroutine(String name) {
        Actor actor = world.task(name);
        return actor != null && actor.coroutine() instanceof ThreadedCoroutine ? (ThreadedCoroutine) actor.coroutine() : null;
    }

    /** The world's tasks that are not built-ins, in spawn order. */
    private List<Actor> userTasks() {
        return world.tasks().stream().filter(a -> !a.isBuiltin()).collect(Collectors.toList());
    }

    private Lab apply(String text, Command command) {
        checkTopLevel(text);
        continueHere(command);
        if (command instanceof Command.New) {
            closeUserTasks();
        }
        beginCommand(text, command);
        try {
            world.apply(command);
        } catch (WorldError e) {
            throw new IllegalArgumentException(e.getMessage() + (e.hint().isEmpty() ? "" : "\n  " + e.hint()));
        } finally {
            frames.endCommand();
        }
        return this;
    }

    /** A command that changes the world begins: the frame shows it again, and the history keeps it. */
    private void beginCommand(String text, Command command) {
        shown = null;
        history.add(text);
        frames.beginCommand(text, command);
        recorder.begin();
    }

    private ViewText view(View view) {
        return views.text(view);
    }

    private void checkTopLevel(String what) {
        if (closed) {
            throw new IllegalStateException("this lab is closed: make a new one (Lab.create(), Lab.seeded(42), ...)");
        }
        EventLoop loop = world.loop();
        loop.checkOwner();             // a command of the lab is the loop's thread at work
        if (loop.currentHandle() != null) {
            throw new IllegalStateException("'" + what + "' is a top-level command, and a task's step is running:"
                    + " inside a task use q.putNowait(x), q.getNowait(), t.await(...), task.cancel()");
        }
    }

    private void closeUserTasks() {
        threads.closeAll();
    }

    /** Refuses an argument as the command language refuses a bad word: one line, nothing changed. */
    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A task name is a word the command language can refer to: {@code cancel NAME}, {@code where NAME}. */
    private static void checkName(String name) {
        require(name != null, "a task needs a name, not null; try: \"P\"");
        require(Parser.isBareWord(name), "'" + name.replace("\n", "\\n") + "' cannot be a task name: the commands could"
                + " not name it (one word, without blanks, quotes, '#' or '='); try: \"" + suggestedName(name) + "\"");
    }

    private static String suggestedName(String name) {
        String word = name.replaceAll("[\\s\"#=\\p{Cntrl}]+", "_");
        return word.isEmpty() || word.equals("_") ? "T" : word;
    }

    /** A delay is a decimal >= 0, as {@code delay=D} is (no sign, no NaN). */
    private static void checkDelay(double delay) {
        require(!Double.isNaN(delay) && Double.compare(delay, 0.0) >= 0, "delay must be a decimal >= 0, not " + delay);
    }

    /** A line as the console parses it in a world of {@code kind} (a priority world has no None). */
    private static Command parse(String line, QueueKind kind) {
        try {
            return Parser.parseLine(line, 0, kind).orElse(null);
        } catch (ScriptError e) {
            throw new IllegalArgumentException(e.getMessage() + (e.hint().isEmpty() ? "" : "\n  " + e.hint()));
        }
    }

    private static String quoteIfNeeded(String item) {
        boolean plain = !item.isEmpty() && item.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '#')
                && !item.equals("None");
        return plain ? item : "\"" + item + "\"";
    }
}
