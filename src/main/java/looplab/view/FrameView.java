package looplab.view;

import java.util.ArrayList;
import java.util.List;
import looplab.command.Command;
import looplab.model.Awaiting;
import looplab.model.EventLoop;
import looplab.world.World;

/**
 * The frame shown after each command: what the command did (its outcomes, the handles it ran,
 * the last step in detail) and then the whole world, compactly.
 */
final class FrameView {
    /** Ready handles and timers listed in a frame. */
    static final int FRAME_LIST = 8;
    /** Queue slots drawn in a frame. */
    static final int FRAME_ITEMS = 8;
    /** Waiting tasks named in a frame. */
    static final int FRAME_WAITERS = 8;
    /** Handle runs of the last command shown in a frame. */
    static final int FRAME_RUNS = 6;

    private FrameView() {}

    static void render(Text t, World world, CommandRecord last, TaskCensus census) {
        header(t, world, last);
        ran(t, world, last);
        QueueView.render(t, world, FRAME_ITEMS, FRAME_WAITERS);
        ReadyView.render(t, world, FRAME_LIST);
        TimersView.render(t, world, FRAME_LIST);
        TasksView.render(t, world, last, census);
        int before = t.length();
        IdleDiagnosis.render(t, world);
        if (t.length() == before && world.loop().isIdle() && !world.actors().isEmpty()) {
            t.add("The loop is idle: every task is done.", Text.HEAD).nl();
        }
    }

    /** The frame's first part alone: its header and what the command did, without the world. */
    static void renderHappened(Text t, World world, CommandRecord last) {
        header(t, world, last);
        ran(t, world, last);
    }

    private static void header(Text t, World world, CommandRecord last) {
        EventLoop loop = world.loop();
        String cmd = last.text().isEmpty() ? "start" : Text.safe(last.text());
        t.add("== " + Text.clip(cmd, 60) + " ==", Text.HEAD);
        t.add("  t=" + Text.time(loop.time()));
        t.add("  iteration " + loop.iterations());
        t.add("  task steps " + loop.taskSteps());
        t.nl();
        if (last.interrupted()) {
            t.add("   stopped by Ctrl-C", Text.WARN).add(" between two handles: the world is consistent");
            t.nl();
        }
        if (loop.batchLeft() > 0) {
            t.add("   iteration " + loop.iterations() + " is under way: "
                    + Text.plural(loop.batchLeft(), "handle", "handles") + " of its batch still to run"
                    + " (`tick` finishes it)", Text.DIM).nl();
        }
        asleep(t, loop);
    }

    /** A loop asleep in its selector while handles are ready: until its next timer, or for ever. */
    private static void asleep(Text t, EventLoop loop) {
        if (!loop.asleep() || loop.batchLeft() > 0 || loop.readyCount() == 0) {
            return;
        }
        int ready = loop.readyCount();
        String waiting = Text.plural(ready, "handle waits", "handles wait") + " in the ready queue";
        t.add("   the loop is asleep", Text.WARN);
        if (loop.stuck()) {
            t.wrapIndented(" in its selector, and no timer will wake it: " + waiting + " for ever (another thread"
                    + " scheduled it with call_soon, which does not wake the loop)");
        } else {
            t.wrapIndented(" in its selector until its next timer, at t=" + Text.time(loop.nextIterationStart().orElse(0))
                    + ": " + waiting + " meanwhile (another thread scheduled it with call_soon, which does not wake"
                    + " the loop)");
        }
        t.nl();
    }

    /** What the last command did: its outcomes, then the handles it ran, the last step in detail. */
    static void ran(Text t, World world, CommandRecord last) {
        for (Fact outcome : last.outcomes()) {
            t.add(Text.IND).add(Narration.outcome(outcome)).nl();
        }
        if (last.command() instanceof Command.Replay r && r.threads()) {
            t.add(Text.IND).wrapIndented("each thread step of the schedule is played by one task step; a task whose"
                    + " turn has not come only parks on a future in its step (often its first step does just that), so"
                    + " the schedule's step k is not task step k: each step prints which of the schedule's steps it"
                    + " plays").nl();
        }
        List<HandleRun> runs = last.handleRuns();
        long total = runs.size();
        if (total == 0) {
            if (last.runsTheLoop()) {
                if (world.loop().stuck()) {
                    t.add(Text.IND).add("nothing ran: the loop is asleep in its selector with no timer to wake it"
                            + " (stuck)").nl();
                } else if (world.loop().isIdle()) {
                    t.add(Text.IND).add("nothing ran: the loop is idle (nothing ready, no timer)").nl();
                } else {
                    t.add(Text.IND).add("nothing ran").nl();
                }
            }
            return;
        }
        int from = Math.max(0, runs.size() - FRAME_RUNS);
        if (total > runs.size() - from) {
            t.add(Text.IND).add("ran " + Text.plural(total, "handle", "handles") + " in "
                    + Text.plural(last.iterationsBegun(), "new iteration", "new iterations") + ": "
                    + Text.plural(last.stepsRun(), "task step", "task steps") + ", "
                    + Text.plural(last.timerCallbacks(), "timer callback", "timer callbacks")
                    + (last.skippedHandles() > 0 ? ", " + last.skippedHandles() + " skipped" : "")
                    + "; clock " + Text.time(last.clockBefore()) + " -> " + Text.time(world.loop().time())
                    + ". The last " + (runs.size() - from) + ":", Text.DIM).nl();
        }
        Step lastStep = last.lastStep();
        for (int i = from; i < runs.size(); i++) {
            HandleRun r = runs.get(i);
            if (!Double.isNaN(r.jumpedFrom())) {
                t.add(Text.IND).add("clock jumped " + Text.time(r.jumpedFrom()) + " -> " + Text.time(r.clock())
                        + ": nothing was ready, so the loop skipped to the earliest timer", Text.DIM).nl();
            }
            String where = "iteration " + r.iteration() + ", handle " + r.position() + "/" + r.batchSize()
                    + ", t=" + Text.time(r.clock());
            String label = Labels.body(r.handle());
            if (r.skipped()) {
                t.add(Text.IND).add("-- skipped '" + label + "': it was cancelled, but used its place (" + where + ")")
                        .nl();
            } else if (r.step() == null) {
                t.add(Text.IND).add("-- ", Text.TIMER).add(label, Text.TIMER).add("  (" + where + ")", Text.DIM).nl();
                if (r.callbackOutcome() != null) {
                    t.add(Text.IND).add("     ").add(Narration.outcome(r.callbackOutcome())).nl();
                }
                for (Fact.Scheduled e : r.effects()) {
                    t.add(Text.IND).add("     ").add(Narration.outcome(e)).nl();
                }
            } else if (r.step() == lastStep) {
                stepDetail(t, r.step(), where);
            } else {
                stepLine(t, r.step(), where);
            }
        }
    }

    private static void stepLine(Text t, Step s, String where) {
        t.add(Text.IND).add("-> ").add(Text.safe(s.task()), Text.TASK).add(" ran step " + s.n() + " (" + where + "): ");
        List<String> did = new ArrayList<>();
        for (String item : s.put()) {
            did.add("put " + Text.item(item, Text.ITEM_WIDTH));
        }
        List<String> gets = new ArrayList<>();
        for (String item : s.taken()) {
            gets.add("got " + Text.item(item, Text.ITEM_WIDTH));
        }
        for (String item : s.received()) {
            gets.add("got " + Text.item(item, Text.ITEM_WIDTH) + " from its future");
        }
        did.addAll(withTaskDone(gets, s, Fact.TaskDone::words));
        for (String item : s.handedItems()) {
            did.add("handed " + Text.item(item, Text.ITEM_WIDTH) + " to a getter's future");
        }
        for (String item : s.lost()) {
            did.add("LOST " + Text.item(item, Text.ITEM_WIDTH));
        }
        if (!s.woke().isEmpty()) {
            did.add("woke " + woke(s));
        }
        did.add(TaskStates.afterStep(s.toAwaiting(), s.sleepUntil()));
        t.add(String.join("; ", did)).nl();
    }

    /** A step's gets, worded, with each of its task_done() calls worded in its place among them. */
    static List<String> withTaskDone(List<String> gets, Step s, java.util.function.Function<Fact.TaskDone, String> words) {
        List<String> out = new ArrayList<>();
        int g = 0;
        for (Fact.TaskDone d : s.taskDone()) {
            while (g < d.afterGets() && g < gets.size()) {
                out.add(gets.get(g++));
            }
            out.add(words.apply(d));
        }
        out.addAll(gets.subList(Math.min(g, gets.size()), gets.size()));
        return out;
    }

    /** The tasks a step woke: "C0 (its get()), C1 (its get())". */
    static String woke(Step s) {
        List<String> names = new ArrayList<>();
        for (Fact.Wake w : s.woke()) {
            names.add(Narration.wake(w));
        }
        return String.join(", ", names);
    }

    private static void stepDetail(Text t, Step s, String where) {
        t.add(">> ", Text.RAN).add(Text.safe(s.task()) + " ran", Text.RAN)
                .add("  step " + s.n() + " (" + where + ")").nl();
        t.add(Text.IND).add("   resumed at ").add(lineRef(s.from()))
                .add("   (" + Labels.body(s.run().handle()) + (s.cancelDelivered() ? ": CancelledError raised here" : "")
                        + ")", Text.DIM)
                .nl();
        t.add(Text.IND).add("   stopped at ").add(lineRef(s.to()))
                .add("   " + TaskStates.afterStep(s.toAwaiting(), s.sleepUntil()), Text.DIM).nl();
        for (String line : s.printed()) {
            t.add(Text.IND).add("   printed    ").add(Text.safe(line)).nl();
        }
        for (String item : s.put()) {
            t.add(Text.IND).add("   put        ").add(Text.item(item, 60), Text.ITEM).add(" into the queue").nl();
        }
        List<String> gets = new ArrayList<>();
        for (String item : s.taken()) {
            gets.add("   got        " + Text.item(item, 60) + " from the queue");
        }
        for (String item : s.received()) {
            gets.add("   got        " + Text.item(item, 60) + " from its get() future, where a put had handed it"
                    + " (Python 3.4)");
        }
        for (String line : withTaskDone(gets, s, d -> "   task_done  unfinished " + (d.unfinished() + 1) + " -> "
                + d.unfinished() + (d.unfinished() == 0 ? ": every item put is done, join() waiters wake" : ""))) {
            t.add(Text.IND).add(line).nl();
        }
        for (int i = 0; i < s.handedItems().size(); i++) {
            t.add(Text.IND).add("   handed     ").add(Text.item(s.handedItems().get(i), 60), Text.ITEM)
                    .add(" to " + Narration.wake(s.handedTo().get(i)) + "'s future, not to the queue (Python 3.4)").nl();
        }
        for (String item : s.lost()) {
            t.add(Text.IND).add("   LOST       ", Text.WARN).add(Text.item(item, 60), Text.ITEM)
                    .add(": its get() future held it when the CancelledError came; no queue and no task has it"
                            + " (bpo-23812)").nl();
        }

        for (Fact.Wake w : s.woke()) {
            t.add(Text.IND).add("   woke       ").add(Narration.wake(w)).add(": its wake-up joins the ready queue's tail")
                    .nl();
        }
        if (s.lostRace()) {
            boolean slot = s.parked() == Awaiting.PUT;
            t.add(Text.IND).add("   waits again", Text.WARN).add("  it was woken, but "
                    + (s.thief() != null ? Narration.move(s.thief(), slot) + " took the " + (slot ? "slot" : "item")
                    : "the queue was " + (slot ? "full" : "empty")) + " first (`why` explains)")
                    .nl();
        }
        if (s.passedOn() != null) {
            t.add(Text.IND).add("   passed on  ").add("its wake-up to " + Text.safe(s.passedOn()) + ", so no item is stranded")
                    .nl();
        }
    }

    static String lineRef(Fact.Point p) {
        // 0: a line no one knows (a coroutine's start, a snippet whose first line is not known)
        return (p.line() > 0 ? "line " + p.line() + " " : "") + "`" + p.label() + "`";
    }
}
