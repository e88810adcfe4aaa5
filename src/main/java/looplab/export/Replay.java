package looplab.export;

import java.util.ArrayList;
import java.util.List;
import looplab.command.Command;
import looplab.model.Handle;
import looplab.model.LoopObserver;
import looplab.model.Task;
import looplab.view.Journal;
import looplab.view.Snapshot;
import looplab.world.Applied;
import looplab.world.World;
import looplab.world.WorldError;

/**
 * A run cut into moments, for the exports: what a world applied ({@link World#applied()}) is
 * replayed into a fresh world with a {@link Journal}, one journal command per moment. A moment is
 * one task step (with the timer callbacks that ran just before it), or a stretch of commands that
 * ran no handle ({@code new}, {@code spawn}, {@code put}, ...), taken together. So a {@code run}
 * shows as one moment per task step, each with the journal's facts and the views' words for it,
 * exactly as if it had been typed as that many {@code step}s.
 *
 * <p>Cutting needs to know where each command's task steps fall: a first replay counts, per
 * command, its handles and which of them were task steps; the second applies the same handles in
 * pieces ({@link Applied.Stopped}). Both run under asyncio's FIFO order, as the console does, and
 * the second is checked against the first handle for handle.
 */
public final class Replay {

    /** Called after each moment, with the world as it is then and the journal whose last record is the moment. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param lines the lines of the moment: the commands it took in, or the one it is a step of
         */
        void moment(World world, Journal journal, List<String> lines);
    }

    private final World world = new World();
    private final Journal journal = Journal.attach(world);

    /** Observes the replay's loops (attach before {@link #run}). */
    public void addLoopObserver(LoopObserver observer) {
        world.addLoopObserver(observer);
    }

    /** The world the replay builds (the one the listener is given). */
    public World world() {
        return world;
    }

    /** The journal of the replay: its records are the moments, in order. */
    public Journal journal() {
        return journal;
    }

    /**
     * Replays {@code applied}, calling {@code listener} after each moment.
     *
     * @throws IllegalStateException if the replay does not run what the first pass ran (a command
     *     made under another scheduler)
     */
    public void run(List<Applied> applied, Listener listener) {
        List<Planned> plan = plan(applied);
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < applied.size(); i++) {
            Applied entry = applied.get(i);
            Planned planned = plan.get(i);
            List<Ran> ran = planned.handles();
            String line = CommandLines.of(entry);
            Command command = commandOf(entry);
            if (ran.isEmpty()) {
                // Runs no handle: joins the stretch of such commands, which is one moment.
                if (!pending.isEmpty() && command instanceof Command.New) {
                    end(listener, pending);
                    pending = new ArrayList<>();
                }
                if (pending.isEmpty()) {
                    int j = i;
                    List<String> lines = new ArrayList<>();
                    // A `new` begins a moment of its own: a moment is always in one world.
                    while (j < applied.size() && plan.get(j).handles().isEmpty()
                            && (j == i || !(commandOf(applied.get(j)) instanceof Command.New))) {
                        lines.add(CommandLines.of(applied.get(j)));
                        j++;
                    }
                    journal.beginCommand(String.join("; ", lines), commandOf(applied.get(j - 1)));
                }
                pending.add(line);
                apply(entry);
                continue;
            }
            if (!pending.isEmpty()) {
                end(listener, pending);
                pending = new ArrayList<>();
            }
            int from = 0;
            for (int h = 0; h < ran.size(); h++) {
                boolean last = h + 1 == ran.size();
                if (!ran.get(h).step() && !last) {
                    continue;
                }
                journal.beginCommand(line, command);
                if (last) {
                    applyRest(entry, command, h + 1 - from, planned.iterations());
                } else {
                    apply(new Applied.Stopped(command, h + 1 - from, ran.get(h).iterations()));
                }
                end(listener, List.of(line));
                from = h + 1;
            }
            if (world.loop().handlesRun() != planned.handlesRun()) {
                throw new IllegalStateException("the replay of `" + line + "` ran " + world.loop().handlesRun()
                        + " handles in all where the run had " + planned.handlesRun());
            }
        }
        if (!pending.isEmpty()) {
            end(listener, pending);
        }
    }

    /**
     * Checks that the replay ended where {@code original} is: the same world, in the views'
     * words. A run can fail to replay when a coroutine of the lab reaches into the world it was
     * first made for (its queue, say) instead of its own task's: its replay then runs on a world
     * that is not the replay's.
     *
     * @throws IllegalStateException if it did not
     */
    public void requireSameEnd(World original) {
        if (!Snapshot.of(world).equals(Snapshot.of(original))) {
            throw new IllegalStateException("replaying the run did not end where the run is (a coroutine that uses"
                    + " the world it was first made for, such as a queue captured from it, runs differently in a replay)");
        }
    }

    private void end(Listener listener, List<String> lines) {
        journal.endCommand();
        listener.moment(world, journal, List.copyOf(lines));
    }

    /**
     * The last piece of a command: {@code run} is applied itself, which finishes the same way
     * from where the pieces left it (and moves the clock to {@code until}); others run their last
     * handles and begin the iteration they had begun.
     */
    private void applyRest(Applied entry, Command command, int handles, long iterations) {
        if (entry instanceof Applied.Line && command instanceof Command.Run) {
            apply(entry);
        } else {
            apply(new Applied.Stopped(command, handles, iterations));
        }
    }

    private void apply(Applied entry) {
        try {
            world.apply(entry);
        } catch (WorldError e) {
            throw new IllegalStateException("the replay refused a command the run applied: " + e.getMessage(), e);
        }
    }

    private static Command commandOf(Applied entry) {
        if (entry instanceof Applied.Line line) {
            return line.command();
        }
        if (entry instanceof Applied.Stopped stopped) {
            return stopped.command();
        }
        return null;
    }

    /** One handle a command ran: whether it was a task step, and the iterations begun after it. */
    private record Ran(boolean step, long iterations) {}

    /** What an entry ran in the first pass, and the loop's counters after it. */
    private record Planned(List<Ran> handles, long iterations, long handlesRun) {}

    /** The first pass: per entry, the handles it ran. */
    private static List<Planned> plan(List<Applied> applied) {
        World counting = new World();
        List<Ran> current = new ArrayList<>();
        boolean[] stepped = new boolean[1];
        counting.addLoopObserver(new LoopObserver() {
            @Override
            public void stepFinished(Task task) {
                stepped[0] = true;
            }

            @Override
            public void handleFinished(Handle handle) {
                current.add(new Ran(stepped[0], counting.loop().iterations()));
                stepped[0] = false;
            }
        });
        List<Planned> plan = new ArrayList<>(applied.size());
        for (Applied entry : applied) {
            try {
                counting.apply(entry);
            } catch (WorldError e) {
                throw new IllegalStateException("the replay refused a command the run applied: " + e.getMessage(), e);
            }
            plan.add(new Planned(List.copyOf(current), counting.loop().iterations(), counting.loop().handlesRun()));
            current.clear();
        }
        return plan;
    }
}
