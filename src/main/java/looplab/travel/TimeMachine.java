package looplab.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import looplab.command.Command;
import looplab.model.Handle;
import looplab.model.LoopObserver;
import looplab.model.Task;
import looplab.view.CommandRecord;
import looplab.view.Fact;
import looplab.view.HandleRun;
import looplab.view.Journal;
import looplab.view.Step;
import looplab.world.Actor;
import looplab.world.Applied;
import looplab.world.TraceEvent;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * A world and its past: the present (the world a host drives and its {@link Journal}) and the
 * moment shown, which {@link #back}, {@link #forward}, {@link #goTo} and {@link #goToTime} move
 * within the present world (since its last {@code new}). A moment of the past is rebuilt exactly,
 * by replaying what the world applied ({@link World#applied()}) with a fresh journal, up to the
 * moment right after the task step asked for, so its frame is the frame the world had then.
 *
 * <p>Moment {@code k} is the world right after task step {@code k}: when a command ran several
 * steps, the replay stops that command after step {@code k}'s handle, and the frame shows what
 * the command had done up to there. Moment 0 is the start, the world before the command that
 * ran the first step; moment {@code N}, the last step, is the present itself.
 *
 * <p>A host shows {@link #world()} and {@link #journal()} (the moment shown); before applying a
 * command that changes the world it calls {@link #continueHere}, which makes the moment shown
 * the present and discards the steps after it.
 *
 * <p>Cost: a move replays every command since the world's {@code new}, without trace events
 * (one journal, one world: linear in the steps replayed; {@code bench back} measures it). User
 * coroutines are re-run from the start on fresh threads; their bodies must be deterministic, and
 * a replay that does not run the same steps is refused ({@link TravelError}).
 */
public final class TimeMachine {
    private World presentWorld;
    private Journal presentJournal;
    private World shownWorld;
    private Journal shownJournal;
    private long shownStep;
    private Discard lastDiscard;

    /** What a command typed in the past discarded: the steps after step {@code at}. */
    public record Discard(long at, long steps) {
        /** The line a host prints first: "the 28 steps after step 12 are discarded". */
        public String line() {
            return steps == 1 ? "the 1 step after step " + at + " is discarded"
                    : "the " + steps + " steps after step " + at + " are discarded";
        }
    }

    /** The past of {@code world}, whose commands {@code journal} records (attached to it). */
    public TimeMachine(World world, Journal journal) {
        presentWorld = world;
        presentJournal = journal;
        shownWorld = world;
        shownJournal = journal;
    }

    // ---- what is shown -----------------------------------------------------------------------

    /** The world of the moment shown: the present, or a replay of the past. */
    public World world() {
        return shownWorld;
    }

    /** The journal of the moment shown (its last record is what the frame narrates). */
    public Journal journal() {
        return shownJournal;
    }

    /** The present world, which a host's commands change. */
    public World presentWorld() {
        return presentWorld;
    }

    /** The present world's journal. */
    public Journal presentJournal() {
        return presentJournal;
    }

    /** Whether a moment of the past is shown. */
    public boolean inPast() {
        return shownWorld != presentWorld;
    }

    /** The task step shown: the present's last one, or the moment of the past shown. */
    public long viewedStep() {
        return inPast() ? shownStep : presentWorld.steps();
    }

    /** Task steps the present world has run. */
    public long lastStep() {
        return presentWorld.steps();
    }

    /** In the past, the status line: "viewing step 12 of 40"; at the present, null. */
    public String status() {
        return inPast() ? "viewing step " + shownStep + " of " + lastStep() : null;
    }

    // ---- moving ------------------------------------------------------------------------------

    /**
     * Makes the move a {@code back}, {@code forward} or {@code goto} line asks for.
     *
     * @throws TravelError as {@link #back}, {@link #forward}, {@link #goTo} and {@link #goToTime} do
     */
    public void move(Command.Travel move) throws TravelError {
        if (move instanceof Command.Travel.Back back) {
            back(back.n());
        } else if (move instanceof Command.Travel.Forward forward) {
            forward(forward.n());
        } else if (move instanceof Command.Travel.GoTo goTo) {
            goTo(goTo.step());
        } else {
            goToTime(((Command.Travel.GoToTime) move).time());
        }
    }

    /**
     * Shows the moment {@code n} task steps before the one shown (at most back to step 0).
     *
     * @throws TravelError at step 0, or if the world cannot be replayed
     */
    public void back(long n) throws TravelError {
        long viewed = viewedStep();
        if (viewed == 0 && n > 0) {
            throw new TravelError("already at step 0, the start: there is no earlier step",
                    lastStep() > 0 ? "try: forward, or goto " + lastStep() + " for the present" : "try: step");
        }
        show(viewed - Math.min(n, viewed));
    }

    /**
     * Shows the moment {@code n} task steps after the one shown (at most up to the present).
     *
     * @throws TravelError at the present, or if the world cannot be replayed
     */
    public void forward(long n) throws TravelError {
        if (!inPast() && n > 0) {
            if (lastDiscard != null) {
                throw new TravelError("there is nothing to go forward to: the steps after step " + lastDiscard.at()
                        + " were discarded when a command changed the world there",
                        "try: back, goto STEP, or step to run the loop on");
            }
            throw new TravelError("already at the present, step " + lastStep() + ": there is no later step",
                    "try: back, goto STEP, or step to run the loop on");
        }
        long viewed = viewedStep();
        show(viewed + Math.min(n, lastStep() - viewed));
    }

    /**
     * Shows the world right after task step {@code step} (0: the start; the last step: the present).
     *
     * @throws TravelError for a step the world has not run, or if the world cannot be replayed
     */
    public void goTo(long step) throws TravelError {
        if (step > lastStep()) {
            throw new TravelError("step " + step + " is after the last step, " + lastStep(),
                    "try: goto " + lastStep() + ", or step to run the loop on");
        }
        show(step);
    }

    /**
     * Shows the world right after the last task step at or before virtual time {@code t}
     * (the start if no step ran by then).
     *
     * @throws TravelError if the world cannot be replayed
     */
    public void goToTime(double t) throws TravelError {
        show(stepAtTime(t));
    }

    /** The last task step of the present world run at or before virtual time {@code t}, or 0. */
    public long stepAtTime(double t) {
        List<CommandRecord> records = presentJournal.records();
        long found = 0;
        for (int i = Math.max(0, worldStart(records)); i < records.size(); i++) {
            for (HandleRun run : records.get(i).handleRuns()) {
                if (run.step() == null) {
                    continue;
                }
                if (run.clock() > t) {
                    return found;
                }
                found = run.step().n();
            }
        }
        return found;
    }

    /**
     * Before a command that changes the world: if a moment of the past is shown, it becomes the
     * present (replayed once more, reporting to {@code listeners} from the world's start, so a
     * host can rebuild its trace) and the steps after it are discarded.
     *
     * @param listeners the trace listeners of the new present (a host's trace keeper)
     * @return what was discarded, or null at the present
     * @throws TravelError if the world cannot be replayed
     */
    public Discard continueHere(List<Consumer<TraceEvent>> listeners) throws TravelError {
        if (!inPast()) {
            return null;
        }
        long at = shownStep;
        Discard discard = new Discard(at, lastStep() - at);
        Replay replay = replay(at, listeners, true);
        release(shownWorld);
        release(presentWorld);
        presentWorld = replay.world;
        presentJournal = replay.journal;
        shownWorld = presentWorld;
        shownJournal = presentJournal;
        lastDiscard = discard;
        return discard;
    }

    /**
     * What the world shown would refuse of {@code command} before anything changes (a name taken
     * at that moment, a task not there yet, a schedule made at another point), or null: a host
     * checks it in the past before {@link #continueHere} discards the future.
     */
    public String refusal(Command command) {
        World w = shownWorld;
        String at = inPast() ? " at step " + shownStep : "";
        if (command instanceof Command.Spawn) {
            Command.Spawn spawn = (Command.Spawn) command;
            String name = spawn.name() != null ? spawn.name() : w.defaultName(spawn.role());
            if (w.task(name) != null) {
                return "a task named '" + name + "' already exists" + at;
            }
        } else if (command instanceof Command.Cancel && w.task(((Command.Cancel) command).name()) == null) {
            return "no task named '" + ((Command.Cancel) command).name() + "'" + at;
        } else if (command instanceof Command.Replay && ((Command.Replay) command).handles() != w.loop().handlesRun()) {
            return "this schedule starts where the loop had run " + ((Command.Replay) command).handles()
                    + " handles, and" + at + " it has run " + w.loop().handlesRun();
        }
        return null;
    }

    private void show(long step) throws TravelError {
        if (inPast() && step == shownStep) {
            return;
        }
        if (step == lastStep()) {
            if (inPast()) {
                release(shownWorld);
            }
            shownWorld = presentWorld;
            shownJournal = presentJournal;
        } else {
            Replay replay = replay(step, List.of(), false);
            if (inPast()) {
                release(shownWorld);
            }
            shownWorld = replay.world;
            shownJournal = replay.journal;
            shownStep = step;
        }
        lastDiscard = null;
    }

    // ---- replay ----------------------------------------------------------------------------

    private record Replay(World world, Journal journal) {}

    /**
     * Where the replay of moment {@code step} stops: the records {@code [start, end)} whole, then
     * the first {@code handles} handles of record {@code end} (none: 0).
     */
    private record Cut(int made, int start, int end, int handles) {}

    private Cut cut(long step) {
        List<CommandRecord> records = presentJournal.records();
        int made = worldStart(records);
        int start = Math.max(0, made);
        int end = start;
        int handles = 0;
        if (step == 0) {
            while (end < records.size() && records.get(end).stepsRun() == 0) {
                end++;
            }
        } else {
            if (made >= 0) {
                end++;                        // `new` counted the steps of the world before it
            }
            while (records.get(end).stepsBefore() + records.get(end).stepsRun() < step) {
                end++;
            }
            handles = handlesUpTo(records.get(end), step);
        }
        return new Cut(made, start, end, handles);
    }

    /**
     * The present world replayed to the moment right after {@code step}. With a journal of its
     * own ({@code record}: it will be the present, recording on) the replay is slower; without,
     * the moment's journal is the present's facts up to there, which a replay would record again
     * the same, checked step for step as the world replays.
     */
    private Replay replay(long step, List<Consumer<TraceEvent>> listeners, boolean record) throws TravelError {
        List<World> built = new ArrayList<>(1);
        // A body that reaches into the present (a queue captured from the lab) fails in the replay,
        // which then does not replay the same, instead of changing the present.
        Thread owner = presentWorld.loop().freeze("time travel");
        try {
            return replay(step, listeners, record, built);
        } catch (TravelError | RuntimeException e) {
            built.forEach(TimeMachine::release);    // a failed replay's coroutines end too
            throw e;
        } finally {
            presentWorld.loop().thaw(owner);
        }
    }

    private Replay replay(long step, List<Consumer<TraceEvent>> listeners, boolean record, List<World> built)
            throws TravelError {
        List<CommandRecord> records = presentJournal.records();
        List<Applied> applied = presentWorld.applied();
        Cut cut = cut(step);
        World world;
        if (cut.made < 0) {
            // The world the constructor made: a replay makes it too, and reports it as it did.
            world = new World(listeners.toArray(Consumer[]::new));
            built.add(world);
            // What it applied before its journal was attached, the journal did not hear either.
            int first = records.isEmpty() ? applied.size() : records.get(0).appliedBefore();
            for (Applied a : applied.subList(0, first)) {
                apply(world, a);
            }
        } else {
            world = new World();
            built.add(world);
            listeners.forEach(world::addListener);
        }
        Journal journal = record ? Journal.attach(world) : null;
        Verifier verifier = new Verifier(records, cut);
        verifier.world = world;
        world.addLoopObserver(verifier);
        for (int i = cut.start; i < cut.end; i++) {
            CommandRecord r = records.get(i);
            int to = i + 1 < records.size() ? records.get(i + 1).appliedBefore() : applied.size();
            if (journal != null) {
                journal.beginCommand(r.text(), r.command());
            }
            Applied lastEntry = null;
            for (Applied a : applied.subList(r.appliedBefore(), to)) {
                apply(world, a);
                lastEntry = a;
            }
            if (lastEntry instanceof Applied.Stopped) {
                world.loop().requestStop();   // as the Ctrl-C that stopped it left the loop
            }
            if (journal != null) {
                journal.endCommand();
            }
        }
        CommandRecord shown = null;
        if (cut.handles > 0) {
            CommandRecord r = records.get(cut.end);
            Applied entry = applied.get(r.appliedBefore());
            HandleRun last = r.handleRuns().get(cut.handles - 1);
            if (journal != null) {
                journal.beginCommand(r.text(), r.command());
            }
            if (cut.handles == r.handleRuns().size() && endsWithItsLastHandle(entry, last)) {
                apply(world, entry);
                if (entry instanceof Applied.Stopped) {
                    world.loop().requestStop();   // Ctrl-C stopped it right there: its frame said so
                }
                shown = r;
            } else {
                Command command = entry instanceof Applied.Stopped ? ((Applied.Stopped) entry).command()
                        : ((Applied.Line) entry).command();
                world.loop().step(0);         // a stepping command first clears a stop left over
                apply(world, new Applied.Stopped(command, cut.handles, last.iteration()));
                shown = r.upTo(cut.handles);
            }
            if (journal != null) {
                journal.endCommand();
            }
        }
        world.loop().removeObserver(verifier);
        if (verifier.mismatch != null) {
            throw notTheSame(verifier.mismatch);
        }
        if (world.steps() != step) {
            throw notTheSame("it ran " + world.steps() + " steps where the world had run " + step);
        }
        if (journal == null) {
            List<CommandRecord> facts = new ArrayList<>(records.subList(cut.start, cut.end));
            if (shown != null) {
                facts.add(shown);
            }
            journal = Journal.past(world, facts);
        }
        return new Replay(world, journal);
    }

    /**
     * Whether the world right after the last handle of {@code entry} is the world after the whole
     * command: not when {@code run until=T} then moves the clock, or a stop fell after an
     * iteration began.
     */
    private static boolean endsWithItsLastHandle(Applied entry, HandleRun last) {
        if (entry instanceof Applied.Stopped) {
            return ((Applied.Stopped) entry).iterations() == last.iteration();
        }
        Command command = ((Applied.Line) entry).command();
        return !(command instanceof Command.Run) || ((Command.Run) command).until().isEmpty();
    }

    /** How many handles of {@code record} run up to and including task step {@code step}. */
    private static int handlesUpTo(CommandRecord record, long step) {
        List<HandleRun> runs = record.handleRuns();
        for (int j = 0; j < runs.size(); j++) {
            Step s = runs.get(j).step();
            if (s != null && s.n() == step) {
                return j + 1;
            }
        }
        throw new IllegalStateException("step " + step + " is not in `" + record.text() + "`");
    }

    private static void apply(World world, Applied entry) throws TravelError {
        try {
            world.apply(entry);
        } catch (WorldError e) {
            throw notTheSame(e.getMessage());
        }
    }

    /**
     * Follows a replay handle by handle against the present's records, and notes the first
     * difference (a user coroutine whose body is not deterministic): a handle of another task, a
     * step that stopped at another await.
     */
    private static final class Verifier implements LoopObserver {
        private final List<CommandRecord> records;
        private final Cut cut;
        private World world;
        private int record;
        private int run;
        private HandleRun expected;
        String mismatch;

        Verifier(List<CommandRecord> records, Cut cut) {
            this.records = records;
            this.cut = cut;
            this.record = cut.start;
        }

        @Override
        public void handleStarting(Handle handle, boolean skipped) {
            if (mismatch != null) {
                return;
            }
            expected = next();
            String task = handle.task() == null ? null : handle.task().name();
            if (expected == null) {
                mismatch = "it ran more handles than the world had";
            } else if (expected.skipped() != skipped || !Objects.equals(expected.task(), task)) {
                mismatch = "handle " + (run) + " of `" + records.get(record).text() + "` was "
                        + (expected.task() == null ? "a callback" : expected.task() + "'s") + ", now "
                        + (task == null ? "a callback" : task + "'s");
            }
        }

        @Override
        public void handleFinished(Handle handle) {
            if (mismatch == null && expected != null && expected.queueSize() != world.queue().qsize()) {
                mismatch = "after handle " + run + " of `" + records.get(record).text() + "` the queue held "
                        + world.queue().qsize() + " items, not " + expected.queueSize();
            }
        }

        @Override
        public void stepFinished(Task task) {
            if (mismatch == null && expected != null && expected.step() != null
                    && expected.step().toAwaiting() != task.awaiting()) {
                mismatch = "step " + expected.step().n() + " of " + task.name() + " stopped at another await";
            }
        }

        private HandleRun next() {
            while (record <= cut.end && record < records.size()) {
                List<HandleRun> runs = records.get(record).handleRuns();
                int limit = record < cut.end ? runs.size() : cut.handles;
                if (run < limit) {
                    return runs.get(run++);
                }
                record++;
                run = 0;
            }
            return null;
        }
    }

    private static TravelError notTheSame(String what) {
        return new TravelError("the world does not replay the same (" + what + ")",
                "a coroutine of yours must be deterministic: the same steps every time it runs from the start");
    }

    /** The index of the record that made the present world ({@code new}), or -1 for the first world. */
    private static int worldStart(List<CommandRecord> records) {
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).command() instanceof Command.Replay r && r.threads()) {
                continue;       // it makes its world from the tasks of the world before it
            }
            for (Fact f : records.get(i).outcomes()) {
                if (f instanceof Fact.WorldCreated) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Ends the threads of a dropped world's user coroutines (their {@code finally} blocks run). */
    private static void release(World world) {
        for (Actor actor : world.tasks()) {
            if (actor.coroutine() instanceof AutoCloseable) {
                try {
                    ((AutoCloseable) actor.coroutine()).close();
                } catch (Exception e) {
                    // a coroutine that cannot close ends with the JVM; the moment is dropped anyway
                }
            }
        }
    }
}
