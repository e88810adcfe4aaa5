package looplab.view;

import java.util.ArrayList;
import java.util.List;
import looplab.builtins.ThreadedReplay;
import looplab.command.Command;
import looplab.model.Awaiting;
import looplab.model.Handle;
import looplab.world.World;

/**
 * {@code why}: the last command's last step explained in plain words: why that task ran now, why
 * its handle was ready, what it did, and the surprises (a lost race, a passed-on wake-up, why no
 * lock is needed). Without a step, what the command did instead.
 */
final class WhyView {
    /** Handles named when a command ran no task step. */
    private static final int MAX_LABELS = 64;

    private WhyView() {}

    static void render(Text t, World world, CommandRecord last) {
        String cmd = last.text();
        Step s = last.lastStep();
        if (cmd.isEmpty()) {
            t.wrap("Nothing has happened yet. Try: spawn producer, spawn consumer, step; then why.");
            return;
        }
        t.add("why: ", Text.HEAD).add("`" + Text.safe(cmd) + "`", Text.HEAD).nl();
        if (s == null) {
            noStep(t, world, last);
            return;
        }
        if (last.stepsRun() > 1) {
            t.wrap("It ran " + last.stepsRun() + " task steps; this is about the last one (step " + s.n()
                    + "). Use `step` to go one step at a time.", Text.DIM).nl();
        }
        String name = Text.safe(s.task());
        t.add("When: ", Text.HEAD).wrap("step " + s.n() + " ran at t=" + Text.pyFloat(s.run().clock())
                + " (the virtual clock exactly, as Python prints it), in iteration " + s.run().iteration() + "; the clock"
                + " is now t=" + Text.pyFloat(world.loop().time()) + ".").nl();
        t.add("Why ", Text.HEAD).add(name, Text.TASK).add(" ran now: ", Text.HEAD);
        t.wrap("its handle '" + Labels.body(s.run().handle()) + "' was next in the ready queue, handle " + s.run().position()
                + " of the " + s.run().batchSize() + " that iteration " + s.run().iteration() + " took as its batch. The loop runs"
                + " ready handles first in, first out, one at a time, each to its end.").nl();
        t.add("Why it was ready: ", Text.HEAD);
        whyReady(t, s, name);
        t.nl();
        t.add("What it did: ", Text.HEAD);
        t.wrap("resumed at " + FrameView.lineRef(s.from()) + " and ran, without interruption, to "
                + FrameView.lineRef(s.to()) + " (" + TaskStates.afterStep(s.toAwaiting(), s.sleepUntil()) + ")");
        List<String> gets = new ArrayList<>();
        for (String item : s.taken()) {
            gets.add("got " + Text.item(item, 40));
        }
        for (String item : s.received()) {
            gets.add("got " + Text.item(item, 40) + " from its own get() future (Python 3.4's get)");
        }
        List<String> did = new ArrayList<>(FrameView.withTaskDone(gets, s, d -> "called task_done(), which"
                + " lowered the unfinished count from " + (d.unfinished() + 1) + " to " + d.unfinished()
                + (d.unfinished() == 0 ? " and so woke the join() waiters" : "")));
        for (String item : s.put()) {
            did.add("put " + Text.item(item, 40));
        }
        for (int i = 0; i < s.handedItems().size(); i++) {
            did.add("handed " + Text.item(s.handedItems().get(i), 40) + " straight to "
                    + Narration.wake(s.handedTo().get(i)) + "'s future (Python 3.4's put)");
        }
        for (String line : s.printed()) {
            did.add("printed \"" + Text.safe(line) + "\"");
        }

        if (!did.isEmpty()) {
            t.wrap("; on the way it " + String.join(", ", did));
        }
        t.wrap(".").nl();
        String wrong = ThreadedReplay.wentWrong(s.printed());
        if (wrong != null) {
            t.add("What went wrong: ", Text.HEAD).wrap(wrong + ". Each put and get here is several thread steps,"
                    + " and another thread may run between any two of them; with `lock=on` each holds the lock over"
                    + " its steps, and on the event loop each runs whole, between two awaits.").nl();
        }
        surprises(t, s, name);
    }

    private static void whyReady(Text t, Step s, String name) {
        String by = s.wokenBy() == null ? "something the journal did not see" : Narration.cause(s.wokenBy());
        if (s.cancelDelivered()) {
            if (s.wokenThenCancelled()) {
                t.wrap("its " + Labels.awaitWord(s.fromAwaiting()) + "() future had been resolved by " + by
                        + ", but before its wake-up ran it was cancelled: so this step raised the CancelledError at `"
                        + s.from().label() + "`, where " + name + " was suspended.");
            } else {
                t.wrap("to deliver a cancellation (" + by + "). The CancelledError was raised at `" + s.from().label()
                        + "`, where " + name + " was suspended.");
            }
            return;
        }
        switch (s.purpose()) {
            case TASK_START:
                t.wrap(by + ".");
                return;
            case TASK_RESUME:
                t.wrap(name + " yielded with sleep(0) in its previous step: that schedules the task again at once,"
                        + " behind everything already in the ready queue.");
                return;
            default:
                break;
        }
        switch (s.fromAwaiting()) {
            case SLEEP:
                t.wrap("its sleep ended: " + by + ". That timer callback only completed the sleep's"
                        + " future, which put this wake-up at the tail of the ready queue; so " + name
                        + " resumed one iteration after its timer fired"
                        + (s.scheduledIteration() >= 0 ? " (timer in iteration " + s.scheduledIteration()
                        + ", wake-up in iteration " + s.run().iteration() + ")" : "") + ".");
                break;
            case GET:
            case PUT:
                t.wrap("its " + Labels.awaitWord(s.fromAwaiting()) + "() future was resolved by " + by
                        + ". Resolving a future does not run the waiting task: it schedules the task's wake-up at the"
                        + " tail of the ready queue (call_soon).");
                if (s.wokenBy() instanceof Fact.PutByOtherThread p && p.asleep()) {
                    t.wrap(" But that call_soon came from another thread, and it does not wake a loop asleep in its"
                            + " selector: the wake-up waited in the ready queue until something woke the loop"
                            + (Double.isNaN(s.run().jumpedFrom()) ? ""
                            : ", here its next timer (the clock jumped from t=" + Text.time(s.run().jumpedFrom())
                            + " to t=" + Text.time(s.run().clock()) + ", and the timers due then ran behind it)")
                            + ". asyncio does the same on a real clock; call_soon_threadsafe would have woken it at once.");
                }
                break;
            default:
                t.wrap(by + ".");
                break;
        }
    }

    private static void surprises(Text t, Step s, String name) {
        if (!s.lost().isEmpty()) {
            t.add("Why an item is lost: ", Text.WARN);
            t.wrap("in Python 3.4's queue a put that finds a getter waiting hands the item to the getter's future"
                    + " (getter.set_result(item)) instead of leaving it in the queue. " + name + " was cancelled"
                    + " after that and before its wake-up ran, so its step raised CancelledError and dropped what its"
                    + " future held: " + String.join(", ", s.lost().stream().map(i -> Text.item(i, 40)).toList())
                    + ". It is in no queue and no task has it, and its unfinished count is never done, so join()"
                    + " waits for ever (bpo-23812). Today's asyncio only wakes the getter, which takes the item"
                    + " itself when it runs; a getter cancelled in between passes its wake-up on.").nl();
        }
        if (s.lostRace()) {
            boolean putter = s.parked() == Awaiting.PUT;
            t.add("Why it waits again: ", Text.WARN);
            t.wrap("it had been woken for " + (putter ? "a free slot" : "an item") + ", but "
                    + (s.thief() != null ? Narration.move(s.thief(), putter) + " took it first"
                    : "the queue was " + (putter ? "full" : "empty") + " again when it ran")
                    + ". asyncio does not reserve the " + (putter ? "slot" : "item")
                    + " for a woken waiter: when it runs, its " + (putter ? "put()" : "get()") + " checks "
                    + (putter ? "full()" : "empty()") + " again, and having lost the race it parks a new future at"
                    + " the tail of the " + (putter ? "putters" : "getters") + ".").nl();
        }
        if (s.passedOn() != null) {
            t.add("Why it woke someone else: ", Text.HEAD);
            t.wrap(name + " was cancelled after its wait had already been resolved. So that the item (or slot) it was"
                    + " woken for is not stranded, it passed the wake-up on to " + Text.safe(s.passedOn())
                    + ", as asyncio's Queue does when a woken waiter is cancelled.").nl();
        }
        if (!s.woke().isEmpty() && s.passedOn() == null) {
            t.add("Whom it woke: ", Text.HEAD);
            t.wrap(FrameView.woke(s) + ". Their wake-ups wait at the tail of the ready queue: they run"
                    + " in a later handle, never inside " + name + "'s step.").nl();
        }
        if (!s.put().isEmpty() || !s.taken().isEmpty()) {
            boolean put = !s.put().isEmpty();
            t.add("Why no lock: ", Text.HEAD);
            t.wrap(name + "'s " + (put ? "check of full() and its put" : "check of empty() and its get")
                    + " ran in one step with no await between them. Only one task runs at a time, and it gives up"
                    + " control only at an await, so no other task could "
                    + (put ? "put an item into the same place" : "take the same item") + " in between.").nl();
        }
    }

    /** {@code thread put}: what asyncio did in this world's debug setting, and what the other does. */
    private static void threadPut(Text t, World world, Fact.ThreadPutOutcome p) {
        String item = Text.item(p.item(), 40);
        String woke = p.woke() == null ? null : Text.safe(p.woke().task());
        String call = p.woke() == null ? "get()" : Labels.awaitWord(p.woke().on()) + "()";
        t.add("Another thread ", Text.HEAD).wrap("called queue.put_nowait(" + item + ") directly. asyncio.Queue is not"
                + " thread-safe, and asyncio checks nothing unless its debug mode is on.");
        if ("QueueFull".equals(p.error())) {
            t.wrap(" The queue was full, so put_nowait raised QueueFull at once, before it changed anything, in"
                    + " either debug setting.").nl();
            return;
        }
        if ("RuntimeError".equals(p.error())) {
            t.wrap(" Debug mode is on, and it refused the call with RuntimeError (\"Non-thread-safe operation invoked"
                    + " on an event loop other than the current one\"), but late: put_nowait had already stored "
                    + item + ", raised the unfinished count and completed " + woke + "'s " + call + " future; the"
                    + " error came from call_soon, as it scheduled " + woke + "'s wake-up, and the future's callbacks"
                    + " were dropped. So " + item + " stays in the queue and " + woke + " never resumes: it waits on a"
                    + " future that is already done. With debug off there is no error: the wake-up would join the"
                    + " ready queue, but nothing would wake the loop.").nl();
            return;
        }
        if (woke == null) {
            t.wrap(" It stored " + item + "; no getter waited, so it scheduled nothing, and nothing needed waking."
                    + " Debug mode would not object either: it checks only call_soon, which this put never reached.")
                    .nl();
            return;
        }
        t.wrap(" It stored " + item + " and completed " + woke + "'s " + call + " future, whose wake-up it scheduled"
                + " with call_soon. From another thread, call_soon appends to the ready queue but does not wake the"
                + " selector.");
        if (!p.asleep()) {
            t.wrap(" Here the loop was awake (an iteration under way, or handles ready), so the wake-up runs in the"
                    + " next iteration as usual: luck, not safety.");
        } else if (world.loop().stuck()) {
            t.wrap(" The loop was asleep in its selector (nothing was ready), and with no timer set it sleeps for"
                    + " ever: it is stuck, with the wake-up in its ready queue; `step`, `tick` and `run` do nothing.");
        } else if (world.loop().asleep()) {
            t.wrap(" The loop was asleep in its selector (nothing was ready), so it sleeps on until its next timer,"
                    + " at t=" + Text.time(world.loop().nextIterationStart().orElse(0)) + ", and " + woke
                    + " resumes only then.");
        } else {
            t.wrap(" The loop was asleep in its selector (nothing was ready), until something woke it.");
        }
        t.wrap(" The fix: `threadsafe put ITEM` (loop.call_soon_threadsafe(queue.put_nowait, item)) wakes the loop"
                + " and runs the put in its thread. With debug=on asyncio would raise RuntimeError here instead, after"
                + " storing the item, and " + woke + " would never resume.").nl();
    }

    private static void noStep(Text t, World world, CommandRecord last) {
        List<HandleRun> runs = last.handleRuns();
        if (!runs.isEmpty()) {
            t.wrap("No task step ran: ");
            List<String> labels = new ArrayList<>();
            for (HandleRun r : runs.subList(Math.max(0, runs.size() - MAX_LABELS), runs.size())) {
                labels.add("'" + Labels.body(r.handle()) + "'" + (r.skipped() ? " (skipped: cancelled)" : ""));
            }
            t.wrap("the command ran only " + String.join(", ", labels) + ".");
            boolean timers = runs.stream().anyMatch(r -> r.purpose() == Handle.Purpose.SLEEP_TIMER && !r.skipped());
            if (timers) {
                t.wrap(" A timer callback only completes the sleep's future; the task's wake-up then joins the ready"
                        + " queue and runs in the next iteration: a task resumes one iteration after its timer.");
            }
            t.nl();
            return;
        }
        if (last.runsTheLoop()) {
            t.wrap(world.loop().stuck() ? "Nothing ran: the loop is asleep in its selector, and no timer will wake it."
                    : "Nothing ran: the loop is idle (nothing ready, no timer).").nl();
            IdleDiagnosis.render(t, world);
            return;
        }
        if (last.command() instanceof Command.New) {
            t.wrap("`new` made a fresh world: empty loop and queue, clock 0, random generator seeded.").nl();
            return;
        }
        for (Fact o : last.outcomes()) {
            if (o instanceof Fact.ThreadPutOutcome p) {
                threadPut(t, world, p);
                return;
            }
            if (o instanceof Fact.ThreadsafeScheduled p) {
                t.wrap("Another thread called loop.call_soon_threadsafe(queue.put_nowait, " + Text.item(p.item(), 40)
                        + "): its handle joins the ready queue's tail and the loop wakes at once"
                        + " (call_soon_threadsafe writes a byte to the loop's self-pipe, which ends its selector's"
                        + " wait). The put itself runs in the loop's thread, in the next iteration, whole, between"
                        + " two handles: that is why it is safe, with debug on or off. A full queue refuses it"
                        + " there (QueueFull is reported, not raised).").nl();
                return;
            }
        }
        t.add("`" + Text.safe(last.text()) + "` ran at top level, outside any task and between two"
                + " handles: whatever it scheduled joins the ready queue's tail and runs in the next"
                + " iteration, never inside the batch under way.").nl();
        for (Fact o : last.outcomes()) {
            t.add(Text.IND).add(Narration.outcome(o)).nl();
        }
    }
}
