package looplab.view;

import looplab.model.Awaiting;

/**
 * The journal's facts in words: why a handle was ready, what a top-level command did, who took
 * an item. Every view that explains words facts through here, so one fact reads the same
 * everywhere. Names, items and command text are escaped on the way out.
 */
public final class Narration {
    private Narration() {}

    /** Why a handle was scheduled: "P0's put of 'Item 0 from P0' (step 3)". */
    public static String cause(Fact.Cause cause) {
        if (cause instanceof Fact.Created) {
            Fact.Created c = (Fact.Created) cause;
            return "`" + Text.safe(c.command()) + "` created " + name(c.task())
                    + " (create_task schedules its first step)";
        } else if (cause instanceof Fact.Yielded) {
            Fact.Yielded c = (Fact.Yielded) cause;
            return name(c.task()) + " yielded with sleep(0) in step " + c.step();
        } else if (cause instanceof Fact.SleepBegan) {
            Fact.SleepBegan c = (Fact.SleepBegan) cause;
            return name(c.task()) + " began sleep(" + Text.time(c.delay()) + ") in step " + c.step() + " at t="
                    + Text.time(c.clock());
        } else if (cause instanceof Fact.ScheduledInIteration) {
            return "a callback scheduled in iteration " + ((Fact.ScheduledInIteration) cause).iteration();
        } else if (cause instanceof Fact.ScheduledByCommand) {
            return "`" + Text.safe(((Fact.ScheduledByCommand) cause).command()) + "`";
        } else if (cause instanceof Fact.FutureCompleted) {
            return "the future it awaited completed";
        } else if (cause instanceof Fact.CancelledByCommand) {
            Fact.CancelledByCommand c = (Fact.CancelledByCommand) cause;
            return "`" + Text.safe(c.command()) + "` cancelled " + waiter(c.waiter(), c.on());
        } else if (cause instanceof Fact.CancelledBy) {
            Fact.CancelledBy c = (Fact.CancelledBy) cause;
            return waiter(c.waiter(), c.on()) + " was cancelled by " + (c.by() == null ? "a callback" : name(c.by()));
        } else if (cause instanceof Fact.TimerFired) {
            Fact.TimerFired c = (Fact.TimerFired) cause;
            return "the timer of " + (c.waiter() == null ? "a" : name(c.waiter()) + "'s") + " sleep fired in iteration "
                    + c.iteration() + " at t=" + Text.time(c.clock());
        } else if (cause instanceof Fact.PutBy) {
            Fact.PutBy c = (Fact.PutBy) cause;
            return name(c.by()) + "'s put of " + Text.item(c.item(), 40) + " (step " + c.step() + ")";
        } else if (cause instanceof Fact.GetBy) {
            Fact.GetBy c = (Fact.GetBy) cause;
            return name(c.by()) + "'s get of " + Text.item(c.item(), 40) + " (step " + c.step()
                    + "), which freed a slot";
        } else if (cause instanceof Fact.PassedOn) {
            Fact.PassedOn c = (Fact.PassedOn) cause;
            return name(c.by()) + " (step " + c.step() + "): cancelled after its own " + Labels.awaitWord(c.on())
                    + "() had been woken, it passed the wake-up on";
        } else if (cause instanceof Fact.StepOf) {
            Fact.StepOf c = (Fact.StepOf) cause;
            return name(c.by()) + "'s step " + c.step();
        } else if (cause instanceof Fact.PutByOtherThread) {
            Fact.PutByOtherThread c = (Fact.PutByOtherThread) cause;
            return "another thread's put_nowait(" + (c.item() == null ? "None" : Text.item(c.item(), 40)) + ")"
                    + (c.command().isEmpty() ? "" : " (`" + Text.safe(c.command()) + "`)")
                    + ", which scheduled it with call_soon from outside the loop";
        } else if (cause instanceof Fact.PutByThreadsafe) {
            Fact.PutByThreadsafe c = (Fact.PutByThreadsafe) cause;
            return "the put_nowait(" + Text.item(c.item(), 40) + ") of a call_soon_threadsafe handle in iteration "
                    + c.iteration();
        } else if (cause instanceof Fact.TopLevel) {
            Fact.TopLevel c = (Fact.TopLevel) cause;
            return "the top-level `" + Text.safe(c.command()) + "`" + (c.freedSlot() ? ", which freed a slot" : "");
        } else if (cause instanceof Fact.CallbackIn) {
            return "a callback in iteration " + ((Fact.CallbackIn) cause).iteration();
        }
        throw new IllegalArgumentException("no words for " + cause);
    }

    /** What a top-level command did: "put 'x' -> ok: put_nowait stored it at once". */
    public static String outcome(Fact fact) {
        if (fact instanceof Fact.WorldCreated) {
            Fact.WorldCreated e = (Fact.WorldCreated) fact;
            return "a new world: " + e.kind().word() + " queue, "
                    + (e.maxsize().signum() == 0 ? "unbounded" : "maxsize " + e.maxsize())
                    + ", seed " + e.seed() + (e.debug() ? ", asyncio's debug mode on" : "") + "; clock 0, no tasks";
        } else if (fact instanceof Fact.Spawned) {
            Fact.Spawned e = (Fact.Spawned) fact;
            String name = name(e.task());
            return "spawned " + name + " (" + e.role() + (e.count() != null ? ", count " + e.count() : "")
                    + "): its first step '" + name + ": first step' joins the ready queue's tail";
        } else if (fact instanceof Fact.PutOutcome) {
            Fact.PutOutcome e = (Fact.PutOutcome) fact;
            return e.ok() ? "put " + Text.item(e.item(), 40) + " -> ok: put_nowait stored it at once"
                    : "put " + Text.item(e.item(), 40) + " -> QueueFull: the queue is full (" + e.size() + "/"
                    + e.maxsize() + "); nothing changed";
        } else if (fact instanceof Fact.GetOutcome) {
            Fact.GetOutcome e = (Fact.GetOutcome) fact;
            return e.ok() ? "get -> " + Text.item(e.item(), 40) + " (get_nowait; a top-level get does not call task_done())"
                    : "get -> QueueEmpty: the queue is empty; nothing changed";
        } else if (fact instanceof Fact.CancelOutcome) {
            Fact.CancelOutcome e = (Fact.CancelOutcome) fact;
            String name = name(e.task());
            if (e.neverDelivered()) {
                return "cancel " + name + " -> True, but " + name + " has no next step to deliver it: its wake-up"
                        + " was lost (debug mode's RuntimeError)";
            }
            return e.ok() ? "cancel " + name + " -> True: the CancelledError is delivered at " + name + "'s next step"
                    : "cancel " + name + " -> False: " + name + " is already done";
        } else if (fact instanceof Fact.ThreadPutOutcome) {
            Fact.ThreadPutOutcome e = (Fact.ThreadPutOutcome) fact;
            String item = Text.item(e.item(), 40);
            if ("QueueFull".equals(e.error())) {
                return "thread put " + item + " -> QueueFull: the queue is full (" + e.size() + "/" + e.maxsize()
                        + "); nothing changed";
            }
            String woke = e.woke() == null ? "" : waiter(e.woke().task(), e.woke().on());
            if ("RuntimeError".equals(e.error())) {
                return "thread put " + item + " -> RuntimeError (debug mode), late: " + item + " stored, " + woke
                        + " done, its wake-up dropped";
            }
            if (e.woke() == null) {
                return "thread put " + item + " -> ok: stored; no getter waited, so nothing was scheduled";
            }
            return "thread put " + item + " -> ok: stored; " + woke + " woken, "
                    + (e.asleep() ? "but its wake-up waits: nothing wakes the sleeping loop"
                    : "and the loop, awake, runs it in the next iteration");
        } else if (fact instanceof Fact.OtherThreadCall) {
            Fact.OtherThreadCall e = (Fact.OtherThreadCall) fact;
            String who = "before this, thread '" + Text.safe(e.thread()) + "' used the loop from outside its thread";
            if (e.refused()) {
                return who + ": debug mode raised RuntimeError when it scheduled, after what it had done (with debug"
                        + " off, no error, and nothing wakes the loop)";
            }
            if (!e.debug()) {
                return who + ": with debug off asyncio checks nothing" + (e.scheduled()
                        ? ", and its call_soon does not wake the loop" : "")
                        + " (with debug=on, a call that schedules raises RuntimeError)";
            }
            return who + ": debug mode let it, as it scheduled nothing (only call_soon is checked)";
        } else if (fact instanceof Fact.ThreadsafeScheduled) {
            Fact.ThreadsafeScheduled e = (Fact.ThreadsafeScheduled) fact;
            return "threadsafe put " + Text.item(e.item(), 40) + " -> its call_soon_threadsafe handle joins the ready"
                    + " queue and wakes the loop";
        } else if (fact instanceof Fact.ThreadsafePutOutcome) {
            Fact.ThreadsafePutOutcome e = (Fact.ThreadsafePutOutcome) fact;
            return e.ok() ? "put_nowait(" + Text.item(e.item(), 40) + ") -> ok, in the loop's thread"
                    : "put_nowait(" + Text.item(e.item(), 40) + ") -> QueueFull: the queue is full (" + e.size() + "/"
                    + e.maxsize() + "); reported, not raised";
        } else if (fact instanceof Fact.Woke) {
            Fact.Woke e = (Fact.Woke) fact;
            return "woke " + waiter(e.task(), e.on()) + ": " + name(e.task())
                    + "'s wake-up joins the ready queue and runs in the next iteration";
        } else if (fact instanceof Fact.HandedOver) {
            Fact.HandedOver e = (Fact.HandedOver) fact;
            return "put " + Text.item(e.item(), 40) + " -> ok: Python 3.4's put_nowait handed it at once to "
                    + waiter(e.getter(), Awaiting.GET) + "'s future: it is in no queue now, only in that future";
        } else if (fact instanceof Fact.Scheduled) {
            Fact.Scheduled e = (Fact.Scheduled) fact;
            return "scheduled " + Labels.body(e.handle()) + ": it joins the ready queue's tail, so "
                    + (e.task() == null ? "?" : name(e.task())) + " resumes in the next iteration";
        }
        throw new IllegalArgumentException("no words for " + fact);
    }

    /** Who took the item or slot a woken waiter lost: "P0's put of 'Item 1 from P0' (step 4)". */
    public static String move(Fact.Move m, boolean put) {
        String what = (put ? "put of " : "get of ") + Text.item(m.item(), 40);
        if (m.by() == null) {
            return "the top-level `" + Text.safe(m.command()) + "` (" + what + ")";
        }
        return name(m.by()) + "'s " + what + " (step " + m.step() + ")";
    }

    /** A task woken by a step: "C0 (its get())". */
    public static String wake(Fact.Wake w) {
        return name(w.task()) + " (its " + Labels.awaitWord(w.on()) + "())";
    }

    /** A handle by its label, as the ready queue shows it: "C1: wake-up after get", "timer: P0's sleep ends". */
    public static String handle(Fact.HandleFact h) {
        return Labels.body(h);
    }

    /** A place in a listing: "line 6 `await asyncio.sleep(delay())`". */
    public static String point(Fact.Point p) {
        return FrameView.lineRef(p);
    }

    /** An item as Python's repr shows it: "'Item 0 from P0'", "None". */
    public static String item(String item) {
        return Text.item(item);
    }

    private static String waiter(String waiter, Awaiting on) {
        return waiter == null ? "a future" : name(waiter) + "'s " + Labels.awaitWord(on) + "()";
    }

    private static String name(String task) {
        return task == null ? "?" : Text.safe(task);
    }
}
