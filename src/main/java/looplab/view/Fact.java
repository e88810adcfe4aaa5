package looplab.view;

import java.math.BigInteger;
import looplab.command.QueueKind;
import looplab.model.Awaiting;
import looplab.model.Handle;

/**
 * What happened, as data: the journal records facts and the views word them (see
 * {@link Narration}). Nothing here is prose, so a new view (a timeline, an export) can read a
 * run without parsing sentences. Names and items are kept as given; the views escape them.
 */
public sealed interface Fact {

    // ---- what a top-level command did, outside any handle -------------------------------------

    /** {@code new}: a fresh world ({@code debug}: asyncio's debug mode). */
    record WorldCreated(BigInteger maxsize, BigInteger seed, QueueKind kind, boolean debug) implements Fact {

        /** A world with debug mode off. */
        public WorldCreated(BigInteger maxsize, BigInteger seed, QueueKind kind) {
            this(maxsize, seed, kind, false);
        }
    }

    /** A task was spawned; {@code count} is a producer's count, else null. */
    record Spawned(String task, String role, Integer count) implements Fact {}

    /** A top-level {@code put}: stored, or refused by a full queue of {@code size}/{@code maxsize}. */
    record PutOutcome(String item, boolean ok, int size, int maxsize) implements Fact {}

    /** A top-level {@code get}: the item, or refused by an empty queue. */
    record GetOutcome(boolean ok, String item) implements Fact {}

    /**
     * A top-level {@code cancel}: what {@code task.cancel()} returned; {@code neverDelivered}: the
     * task's wake-up was lost (debug mode), so no step will ever deliver it.
     */
    record CancelOutcome(String task, boolean ok, boolean neverDelivered) implements Fact {

        /** A cancel that will be delivered (or was refused). */
        public CancelOutcome(String task, boolean ok) {
            this(task, ok, false);
        }
    }

    /**
     * {@code thread put}: another thread's {@code put_nowait}, {@code ok} or refused with
     * {@code error} ("QueueFull", or "RuntimeError": debug mode, after the item was stored);
     * {@code woke} is the getter whose future it completed (its wake-up scheduled, or dropped by
     * the RuntimeError), or null; {@code asleep}: the loop sleeps in its selector after it;
     * {@code size}/{@code maxsize} the queue's after it.
     */
    record ThreadPutOutcome(String item, boolean ok, String error, Wake woke, boolean asleep, int size, int maxsize)
            implements Fact {}

    /**
     * Before a command, a thread other than the loop's (a JShell thread) used the loop:
     * {@code scheduled} a callback through it ({@code call_soon}), {@code refused} by debug mode.
     */
    record OtherThreadCall(String thread, boolean scheduled, boolean refused, boolean debug) implements Fact {}

    /** {@code threadsafe put}: the {@code call_soon_threadsafe} handle is scheduled and the loop woken. */
    record ThreadsafeScheduled(String item) implements Fact {}

    /** What the {@code put_nowait} of a {@code call_soon_threadsafe} handle did, when it ran. */
    record ThreadsafePutOutcome(String item, boolean ok, int size, int maxsize) implements Fact {}

    /** A top-level command completed {@code task}'s wait on {@code on}: its wake-up is scheduled. */
    record Woke(String task, Awaiting on) implements Fact {}

    /**
     * Python 3.4's queue: a top-level {@code put} handed {@code item} straight to the future of
     * {@code getter} (null if unknown), which waited in get().
     */
    record HandedOver(String item, String getter) implements Fact {}

    /** A callback that is not a task step scheduled {@code handle}'s wake-up of {@code task}. */
    record Scheduled(HandleFact handle, String task) implements Fact {}

    // ---- the pieces facts are made of ----------------------------------------------------------

    /**
     * A handle as it was when it ran or was scheduled: what it is for, its task, the await it
     * wakes the task from (or null), and whether it delivers a cancellation.
     */
    record HandleFact(Handle.Purpose purpose, String task, Awaiting wakesFrom, boolean deliversCancel, String what) {

        /** A handle that is not a {@code call_soon_threadsafe} one. */
        public HandleFact(Handle.Purpose purpose, String task, Awaiting wakesFrom, boolean deliversCancel) {
            this(purpose, task, wakesFrom, deliversCancel, null);
        }
    }

    /** A place in a coroutine's listing: its label and 1-based line (0 when unknown). */
    record Point(String label, int line) {
        static final Point UNKNOWN = new Point("?", 0);
    }

    /** A task whose future a step completed, and the await it was in. */
    record Wake(String task, Awaiting on) {}

    /**
     * A {@code task_done()} in a step: the unfinished count it left, and how many items the step
     * had got before it (so that views tell it in its place among the gets).
     */
    record TaskDone(int unfinished, int afterGets) {
        /** "task_done() (unfinished 2 -> 1)". */
        String words() {
            return "task_done() (unfinished " + (unfinished + 1) + " -> " + unfinished + ")";
        }
    }

    /** An item put or taken: by a task (in its step {@code step}) or by a top-level command. */
    record Move(String by, String item, long step, long seq, String command) {}

    /** Why a handle was scheduled. */
    sealed interface Cause {}

    /** A command created the task: create_task schedules its first step. */
    record Created(String command, String task) implements Cause {}

    /** The task yielded with {@code sleep(0)} in step {@code step}. */
    record Yielded(String task, long step) implements Cause {}

    /** The task began {@code sleep(delay)} in step {@code step} at {@code clock}. */
    record SleepBegan(String task, double delay, long step, double clock) implements Cause {}

    /** A callback (not a task step) scheduled it during iteration {@code iteration}. */
    record ScheduledInIteration(long iteration) implements Cause {}

    /** A top-level command scheduled it. */
    record ScheduledByCommand(String command) implements Cause {}

    /** The awaited future completed, but nothing more is known. */
    record FutureCompleted() implements Cause {}

    /** A top-level command cancelled {@code waiter}'s wait on {@code on} (waiter null: a bare future). */
    record CancelledByCommand(String command, String waiter, Awaiting on) implements Cause {}

    /** {@code waiter}'s wait was cancelled inside a handle, by task {@code by} (null: a callback). */
    record CancelledBy(String waiter, Awaiting on, String by) implements Cause {}

    /** The timer of {@code waiter}'s sleep fired in {@code iteration} at {@code clock}. */
    record TimerFired(String waiter, long iteration, double clock) implements Cause {}

    /** Task {@code by}'s put of {@code item} in step {@code step} woke a getter. */
    record PutBy(String by, String item, long step) implements Cause {}

    /** Task {@code by}'s get of {@code item} in step {@code step} freed a slot for a putter. */
    record GetBy(String by, String item, long step) implements Cause {}

    /** Task {@code by}, cancelled after its own wait on {@code on} was woken, passed the wake-up on. */
    record PassedOn(String by, long step, Awaiting on) implements Cause {}

    /** Task {@code by}'s step {@code step} completed the future. */
    record StepOf(String by, long step) implements Cause {}

    /**
     * Another thread's {@code put_nowait} of {@code item} (during {@code command}) completed the
     * future, and scheduled the wake-up with {@code call_soon} from outside the loop;
     * {@code asleep}: the loop slept in its selector then, and that did not wake it.
     */
    record PutByOtherThread(String command, String item, boolean asleep) implements Cause {}

    /** The {@code put_nowait} of {@code item} in a {@code call_soon_threadsafe} handle of {@code iteration}. */
    record PutByThreadsafe(String item, long iteration) implements Cause {}

    /** A top-level command completed the future ({@code freedSlot}: by taking an item). */
    record TopLevel(String command, boolean freedSlot) implements Cause {}

    /** A callback in {@code iteration} completed the future. */
    record CallbackIn(long iteration) implements Cause {}
}
