package looplab.view;

import java.util.ArrayList;
import java.util.List;
import looplab.command.Command.Role;
import looplab.model.Awaiting;
import looplab.model.Queue;
import looplab.world.Actor;
import looplab.world.World;

/**
 * When the loop is idle with tasks not done: who waits on what, and why nothing can wake them;
 * and when it is stuck, asleep in its selector with a wake-up ready that nothing will run.
 */
final class IdleDiagnosis {
    /** Waiting tasks named before the diagnosis counts the rest. */
    private static final int MAX_NAMED = 8;

    private IdleDiagnosis() {}

    /** The diagnosis, or nothing when the loop is busy or every task is done. */
    static void render(Text t, World world) {
        if (world.loop().stuck()) {
            stuck(t, world);
            return;
        }
        if (!world.loop().isIdle()) {
            return;
        }
        List<Actor> stuck = new ArrayList<>();
        int producersLeft = 0;
        int consumersLeft = 0;
        int sentinels = 0;
        List<String> doneProducers = new ArrayList<>();
        List<String> doneConsumers = new ArrayList<>();
        for (Actor a : world.actors()) {
            boolean ended = a.task().awaiting().ended();
            if (!ended) {
                stuck.add(a);
            }
            if (a.role() == Role.PRODUCER) {
                if (ended) {
                    doneProducers.add(Text.safe(a.name()));
                } else {
                    producersLeft++;
                }
            } else if (ended) {
                doneConsumers.add(Text.safe(a.name()));
            } else {
                consumersLeft++;
            }
        }
        if (stuck.isEmpty()) {
            return;
        }
        for (Actor a : world.actors()) {
            sentinels += a.sentinelsPut();
        }
        t.add("The loop is idle", Text.WARN).wrap(": nothing is ready and no timer is set, yet "
                + Text.plural(stuck.size(), "task is", "tasks are") + " not done, and nothing can wake "
                + (stuck.size() == 1 ? "it" : "them") + ":").nl();
        Queue<String> q = world.queue();
        int shown = 0;
        for (Actor a : stuck) {
            if (shown == MAX_NAMED) {
                t.add(Text.IND).add("... and " + (stuck.size() - shown) + " more (`tasks` lists all)").nl();
                break;
            }
            shown++;
            Awaiting aw = a.task().awaiting();
            t.add(Text.IND).add(Text.safe(a.name()), Text.TASK);
            if (a.task().wakeupLost()) {
                // Debug mode refused another thread's call_soon of its wake-up, and dropped it.
                t.wrapIndented(" never resumes: its " + (aw == Awaiting.PUT ? "put()" : "get()") + " future was"
                        + " completed by another thread, and debug mode's RuntimeError dropped its wake-up (not even"
                        + " a cancel reaches it now)");
            } else if (aw == Awaiting.GET) {
                t.wrapIndented(" waits in get() on an empty queue: only a put wakes a getter, and ");
                if (producersLeft == 0) {
                    t.wrapIndented(doneProducers.isEmpty() ? "there is no producer" : "no producer is left to put");
                    if (!doneProducers.isEmpty()) {
                        t.wrapIndented(" (" + String.join(", ", doneProducers) + " done");
                        if (sentinels > 0) {
                            long consumers = world.actors().stream().filter(x -> x.role() == Role.CONSUMER).count();
                            t.wrapIndented("; " + Text.plural(sentinels, "None was", "Nones were") + " put for "
                                    + Text.plural(consumers, "consumer", "consumers")
                                    + ", and one None stops only one consumer");
                        }
                        t.add(")");
                    }
                } else {
                    t.add("the producers left are stuck too");
                }
            } else if (aw == Awaiting.PUT) {
                t.wrapIndented(" waits in put() on a full queue (" + q.qsize() + "/" + q.maxsize()
                        + "): only a get frees a slot, and ");
                if (consumersLeft == 0) {
                    t.wrapIndented(doneConsumers.isEmpty() ? "there is no consumer" : "no consumer is left to get");
                    if (!doneConsumers.isEmpty()) {
                        t.wrapIndented(" (" + String.join(", ", doneConsumers) + " done)");
                    }
                } else {
                    t.add("the consumers left are stuck too");
                }
            } else {
                t.add(" waits (" + aw.word() + ") and nothing is scheduled to wake it");
            }
            t.add(".").nl();
        }
        if (stuck.get(0).task().wakeupLost()) {
            t.add(Text.IND).add("Try: `new`, for nothing resumes " + Text.safe(stuck.get(0).name())
                    + "; `threadsafe put ITEM` is the way in from another thread.", Text.DIM).nl();
            return;
        }
        String first = Text.safe(stuck.get(0).name());
        Awaiting firstWait = stuck.get(0).task().awaiting();
        String remedy = firstWait == Awaiting.PUT ? "`get` or `spawn consumer` to free a slot"
                : firstWait == Awaiting.GET ? "`put ITEM` or `spawn producer` to feed the getters" : "";
        t.add(Text.IND).add("Try: " + (remedy.isEmpty() ? "" : remedy + ", or ") + "`cancel " + first + "`.", Text.DIM)
                .nl();
    }


    /** Asleep in its selector, no timer, handles ready: a wake-up is ready but nothing woke the loop. */
    private static void stuck(Text t, World world) {
        int ready = world.loop().readyCount();
        t.add("The loop is stuck", Text.WARN).wrap(": a wake-up is ready but nothing woke the loop. Another thread"
                + " called put_nowait, whose call_soon put " + (ready == 1 ? "the wake-up" : "wake-ups")
                + " in the ready queue without waking the loop, asleep in its selector; with no timer set, it"
                + " sleeps for ever, and `step`, `tick` and `run` do nothing.").nl();
        t.add(Text.IND).add("Try: `threadsafe put ITEM` (call_soon_threadsafe wakes the loop), or `put`, `get`,"
                + " `spawn`, `cancel`.", Text.DIM).nl();
    }
}
