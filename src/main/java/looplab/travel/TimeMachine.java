package looplab.travel;

import java.util.List;
import java.util.function.Consumer;
import looplab.command.Command;
import looplab.model.Scheduler;
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
        Replay replay = replay(at, listeners);
        release(shownWorld);
        release(presentWorld);
        presentWorld = replay.world;
        presentJournal = replay.journal;
        shownWorld = presentWorld;
        shownJournal = presentJournal;
        lastDiscard = discard;
        return discard;
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
            Replay replay = replay(step, List.of());
            if (inPast()) {
                release(shownWorld);
            }
            shownWorld = replay.world;
            shownJournal = replay.journal;
            shownStep = step;
        }
        lastDiscard = null;
    }

    // ---- replay ------------------------------------------------------------------------------

    private record Replay(World world, Journal journal) {}

    /** The present world's moment right after {@code step}, rebuilt with a fresh journal. */
    private Replay replay(long step, List<Consumer<TraceEvent>> listeners) throws TravelError {
        if (presentWorld.loop().scheduler() != Scheduler.FIFO) {
            throw new TravelError("this world runs its handles in an order of its own, which a replay does not repeat",
                    "time travel replays asyncio's order: start a world with new");
        }
        List<CommandRecord> records = presentJournal.records();
        List<Applied> applied = presentWorld.applied();
        int made = worldStart(records);
        int start = Math.max(0, made);
        World world;
        if (made < 0) {
            // The world the constructor made: a replay makes it too, and reports it as it did.
            world = new World(listeners.toArray(Consumer[]::new));
            // What it applied before its journal was attached, the journal did not hear either.
            int first = records.isEmpty() ? applied.size() : records.get(0).appliedBefore();
            for (Applied a : applied.subList(0, first)) {
                apply(world, a);
            }
        } else {
            world = new World();
            listeners.forEach(world::addListener);
        }
        Journal journal = Journal.attach(world);
        int end = start;
        long handles = 0;
        if (step == 0) {
            while (end < records.size() && records.get(end).stepsRun() == 0) {
                end++;
            }
        } else {
            while (end < records.size() && records.get(end).stepsBefore() + records.get(end).stepsRun() < step) {
                end++;
            }
            handles = handlesUpTo(records.get(end), step);
        }
        for (int i = start; i < end; i++) {
            CommandRecord r = records.get(i);
            int to = i + 1 < records.size() ? records.get(i + 1).appliedBefore() : applied.size();
            journal.beginCommand(r.text(), r.command());
            Applied lastEntry = null;
            for (Applied a : applied.subList(r.appliedBefore(), to)) {
                apply(world, a);
                lastEntry = a;
            }
            if (lastEntry instanceof Applied.Stopped) {
                world.loop().requestStop();   // as the Ctrl-C that stopped it left the loop
            }
            journal.endCommand();
        }
        if (handles > 0) {
            CommandRecord r = records.get(end);
            Applied entry = applied.get(r.appliedBefore());
            HandleRun last = r.handleRuns().get((int) handles - 1);
            journal.beginCommand(r.text(), r.command());
            if (entry instanceof Applied.Stopped && ((Applied.Stopped) entry).handles() == handles
                    && ((Applied.Stopped) entry).iterations() == last.iteration()) {
                apply(world, entry);          // Ctrl-C stopped it right there: its frame said so
                world.loop().requestStop();
            } else {
                Command command = entry instanceof Applied.Stopped ? ((Applied.Stopped) entry).command()
                        : ((Applied.Line) entry).command();
                world.loop().step(0);         // a stepping command first clears a stop left over
                apply(world, new Applied.Stopped(command, handles, last.iteration()));
            }
            journal.endCommand();
        }
        checkSame(records, start, end, handles, journal, world, step);
        return new Replay(world, journal);
    }

    /** How many handles of {@code record} run up to and including task step {@code step}. */
    private static long handlesUpTo(CommandRecord record, long step) {
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
     * Refuses a replay that did not run the steps the present ran (a user coroutine whose body is
     * not deterministic): task for task, and where each step left its task.
     */
    private static void checkSame(List<CommandRecord> records, int start, int end, long handles, Journal replayed,
            World world, long step) throws TravelError {
        if (world.steps() != step) {
            throw notTheSame("it ran " + world.steps() + " steps where the world had run " + step);
        }
        List<CommandRecord> again = replayed.records();
        int last = handles > 0 ? end : end - 1;
        for (int i = start; i <= last; i++) {
            int j = i - start;
            if (j >= again.size()) {
                throw notTheSame("`" + records.get(i).text() + "` did not run again");
            }
            List<HandleRun> was = records.get(i).handleRuns();
            List<HandleRun> now = again.get(j).handleRuns();
            int n = i < end ? was.size() : (int) handles;
            if (now.size() != n) {
                throw notTheSame("`" + records.get(i).text() + "` ran " + now.size() + " handles, not " + n);
            }
            for (int k = 0; k < n; k++) {
                Step a = was.get(k).step();
                Step b = now.get(k).step();
                if ((a == null) != (b == null) || a != null && (!a.task().equals(b.task())
                        || a.toAwaiting() != b.toAwaiting() || !a.to().equals(b.to()))) {
                    throw notTheSame("step " + (a != null ? a.n() : b.n()) + " went differently");
                }
            }
        }
    }

    private static TravelError notTheSame(String what) {
        return new TravelError("the world does not replay the same (" + what + ")",
                "a coroutine of yours must be deterministic: the same steps every time it runs from the start");
    }

    /** The index of the record that made the present world ({@code new}), or -1 for the first world. */
    private static int worldStart(List<CommandRecord> records) {
        for (int i = records.size() - 1; i >= 0; i--) {
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
