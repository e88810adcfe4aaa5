package looplab.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import looplab.command.Command.Role;
import looplab.model.Task;
import looplab.model.TimerHandle;
import looplab.world.Actor;
import looplab.world.World;

/** Every task, one line each: role, progress, state; in a big world's frame, a summary by state. */
final class TasksView {
    /** Tasks listed one by one in a frame; beyond, the frame counts them by state. */
    static final int FRAME_TASKS = 12;
    /** Tasks of the last command listed in a frame of a big world. */
    static final int FRAME_TOUCHED = 6;

    private TasksView() {}

    /**
     * The section. With a {@code census} (the frame), a big world is summarised by state from the
     * census, without visiting every task, and only the tasks that {@code last} ran are listed,
     * latest first.
     */
    static void render(Text t, World world, CommandRecord last, TaskCensus census) {
        Collection<Actor> actors = world.actors();
        List<Actor> yours = yours(world);
        t.add("TASKS", Text.HEAD).add("   ");
        if (actors.isEmpty() && yours.isEmpty()) {
            t.add("none yet (try: spawn producer, spawn consumer)").nl();
            return;
        }
        if (actors.isEmpty()) {
            // Only coroutines written in JShell: no built-in to count.
            t.add(Text.plural(yours.size(), "coroutine", "coroutines") + " of yours, written in Java").nl();
            yourLines(t, yours);
            return;
        }
        boolean summary = census != null && actors.size() > FRAME_TASKS;
        roles(t, actors.size(), summary ? census.producers() : producers(actors));
        if (!yours.isEmpty()) {
            t.add(", " + Text.plural(yours.size(), "coroutine", "coroutines") + " of yours");
        }
        Map<Task, TimerHandle> timers = TaskStates.sleepTimers(world);
        if (!summary) {
            t.nl();
            int width = nameWidth(actors);
            for (Actor a : actors) {
                line(t, a, timers, width);
            }
            yourLines(t, yours);
            return;
        }
        t.add(":");
        boolean first = true;
        for (TaskStates.Category c : TaskStates.Category.values()) {
            int count = census.count(c);
            if (count > 0) {
                t.add((first ? " " : ", ") + count + " " + c.words);
                first = false;
            }
        }
        t.nl();
        Set<String> touched = new LinkedHashSet<>();
        if (last != null) {
            List<HandleRun> runs = last.handleRuns();
            for (int i = runs.size() - 1; i >= 0 && touched.size() < FRAME_TOUCHED; i--) {
                if (runs.get(i).task() != null) {
                    touched.add(runs.get(i).task());
                }
            }
        }
        if (!touched.isEmpty()) {
            List<Actor> shown = new ArrayList<>();
            for (String name : touched) {
                Actor a = world.actor(name);
                if (a != null) {
                    shown.add(a);
                }
            }
            t.add(Text.IND).add("the tasks the last command ran, latest first:", Text.DIM).nl();
            int width = nameWidth(shown);
            for (Actor a : shown) {
                line(t, a, timers, width);
            }
        }
        t.add(Text.IND).add("(`tasks` lists all " + actors.size() + ")", Text.DIM).nl();
        yourLines(t, yours);
    }

    /** The user's coroutines (JShell's), in spawn order; found only when there are some. */
    private static List<Actor> yours(World world) {
        if (world.tasks().size() == world.actors().size()) {
            return List.of();
        }
        List<Actor> yours = new ArrayList<>();
        for (Actor a : world.tasks()) {
            if (!a.isBuiltin()) {
                yours.add(a);
            }
        }
        return yours;
    }

    /** The user's coroutines, each with its state and the line of its body where it waits. */
    private static void yourLines(Text t, List<Actor> yours) {
        int width = nameWidth(yours);
        for (Actor a : yours) {
            String name = Text.clip(Text.safe(a.name()), 16);
            t.add(Text.IND).add("   ").add(name, Text.TASK);
            t.add(" ".repeat(Math.max(1, width - name.length() + 1)));
            t.add("yours     ", Text.DIM).add(" ".repeat(16));
            t.add(TaskStates.ofUserTask(a.task(), a.suspendedAt())).nl();
        }
    }

    /**
     * The clock and the sleeps' deadlines exactly, as Python prints a float ({@code 1e-05},
     * {@code 0.30000000000000004}): the other views round to three decimals.
     */
    static void exactTimes(Text t, World world) {
        Map<Task, TimerHandle> timers = TaskStates.sleepTimers(world);
        List<String> ends = new ArrayList<>();
        for (Actor a : world.tasks()) {
            TimerHandle h = timers.get(a.task());
            if (h != null) {
                ends.add(Text.clip(Text.safe(a.name()), 16) + " t=" + Text.pyFloat(h.when()));
            }
        }
        t.add(Text.IND).add("exact times: now t=" + Text.pyFloat(world.loop().time())
                + (ends.isEmpty() ? "" : "; sleeps end at " + String.join(", ", ends)), Text.DIM).nl();
    }

    /** The section with the first {@code max} tasks listed, then how many more (the watch screen's). */
    static void render(Text t, World world, int max) {
        Collection<Actor> actors = world.actors();
        t.add("TASKS", Text.HEAD).add("   ");
        if (actors.isEmpty()) {
            t.add("none yet (try: spawn producer, spawn consumer)").nl();
            return;
        }
        roles(t, actors.size(), producers(actors));
        t.nl();
        Map<Task, TimerHandle> timers = TaskStates.sleepTimers(world);
        int width = nameWidth(actors);
        int n = 0;
        for (Actor a : actors) {
            if (n == max) {
                t.add(Text.IND).add("   ... " + (actors.size() - n) + " more (`tasks` lists all)", Text.DIM).nl();
                break;
            }
            line(t, a, timers, width);
            n++;
        }
    }

    /** "2 producers, 1 consumer". */
    private static void roles(Text t, int tasks, int producers) {
        t.add(Text.plural(producers, "producer", "producers") + ", "
                + Text.plural(tasks - producers, "consumer", "consumers"));
    }

    private static int producers(Collection<Actor> actors) {
        int producers = 0;
        for (Actor a : actors) {
            if (a.role() == Role.PRODUCER) {
                producers++;
            }
        }
        return producers;
    }

    private static int nameWidth(Collection<Actor> actors) {
        int w = 2;
        for (Actor a : actors) {
            w = Math.max(w, Math.min(16, Text.safe(a.name()).length()));
        }
        return w;
    }

    private static void line(Text t, Actor a, Map<Task, TimerHandle> timers, int width) {
        String name = Text.clip(Text.safe(a.name()), 16);
        t.add(Text.IND).add("   ").add(name, Text.TASK);
        t.add(" ".repeat(Math.max(1, width - name.length() + 1)));
        t.add(a.role() == Role.PRODUCER ? "producer  " : "consumer  ");
        String progress = progress(a);
        t.add(progress, Text.DIM);
        t.add(" ".repeat(Math.max(1, 16 - progress.length())));
        t.add(TaskStates.now(a.task(), timers.get(a.task()), a.heldItem())).nl();
    }

    /** "2/5 produced", "3 got". */
    static String progress(Actor a) {
        if (a.role() == Role.PRODUCER) {
            return a.progress() + "/" + a.count() + " produced";
        }
        return a.progress() + " got";
    }
}
