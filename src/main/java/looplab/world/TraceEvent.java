package looplab.world;

import java.math.BigInteger;
import java.util.List;
import looplab.command.QueueKind;
import looplab.model.Awaiting;

/**
 * What a world writes to its trace, one record per event, in order of occurrence (spec §5).
 * Views do not write events: only commands that change the world do.
 */
public sealed interface TraceEvent {

    /**
     * A fresh world ({@code new}, and the implicit start of every script); {@code debug} is
     * written only when on.
     */
    record NewWorld(BigInteger maxsize, BigInteger seed, QueueKind kind, boolean debug) implements TraceEvent {

        /** A world with debug mode off. */
        public NewWorld(BigInteger maxsize, BigInteger seed, QueueKind kind) {
            this(maxsize, seed, kind, false);
        }
    }

    /**
     * A task was created: a built-in, or a user's coroutine (role {@link TaskRole#TASK}, workbook
     * only); {@code count} is the producer's count drawn or given (null for the others).
     */
    record Spawned(String task, TaskRole role, Integer count) implements TraceEvent {}

    /**
     * One task step ran.
     *
     * @param n task steps counted from 1 in this world
     * @param time the clock when the step ran
     * @param task the task that ran
     * @param out what the task printed during the step
     * @param queue the queue's items after the step, in get order; {@code null} is the sentinel
     * @param unfinished the count that {@code task_done()} lowers
     * @param awaiting what the task is suspended on after the step, or how it ended
     */
    record Stepped(long n, double time, String task, List<String> out, List<String> queue,
                   int unfinished, Awaiting awaiting) implements TraceEvent {}

    /** {@code put ITEM} at top level: {@code ok}, or refused with {@code error} ("QueueFull"). */
    record PutResult(String item, boolean ok, String error) implements TraceEvent {}

    /**
     * {@code thread put ITEM}: another thread's {@code put_nowait}, {@code ok} or refused with
     * {@code error} ("QueueFull", or "RuntimeError" in debug mode after the item was stored);
     * {@code asleep}: whether the loop sleeps in its selector after it.
     */
    record ThreadPutResult(String item, boolean ok, String error, boolean asleep) implements TraceEvent {}

    /** {@code threadsafe put ITEM}: the handle is scheduled and the loop woken. */
    record ThreadsafePutScheduled(String item) implements TraceEvent {}

    /**
     * The {@code put_nowait} of a {@code threadsafe put} ran, in its handle: {@code ok} or
     * refused with {@code error} ("QueueFull"). Written as a {@code put} with {@code "in"}.
     */
    record ThreadsafePutRan(String item, boolean ok, String error) implements TraceEvent {}

    /** {@code get} at top level: the item got, or refused with {@code error} ("QueueEmpty"). */
    record GetResult(boolean ok, String item, String error) implements TraceEvent {}

    /** {@code cancel NAME}: what {@code task.cancel()} returned. */
    record CancelResult(String task, boolean ok) implements TraceEvent {}
}
