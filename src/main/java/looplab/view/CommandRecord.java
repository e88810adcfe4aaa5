package looplab.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import looplab.command.Command;
import looplab.model.Handle;

/**
 * What one command did, as facts: the handles it ran (every one, with its task step if it ran
 * one), what it did at top level (spawned, put, got, cancelled, whom it woke), the counters of
 * the world before it, and whether Ctrl-C cut it short. The {@link Journal} keeps one per
 * command of a session.
 */
public final class CommandRecord {
    final String text;
    final Command command;
    final long stepsBefore;
    final long iterationsBefore;
    final double clockBefore;
    final int appliedBefore;
    long stepsRun;
    long timerCallbacks;
    long skipped;
    long iterationsBegun;
    long jumps;
    double firstJumpFrom = Double.NaN;
    final List<HandleRun> runs = new ArrayList<>();
    final List<Fact> outcomes = new ArrayList<>();
    Step lastStep;
    boolean interrupted;

    CommandRecord(String text, Command command, long stepsBefore, long iterationsBefore, double clockBefore,
            int appliedBefore) {
        this.text = text;
        this.command = command;
        this.stepsBefore = stepsBefore;
        this.iterationsBefore = iterationsBefore;
        this.clockBefore = clockBefore;
        this.appliedBefore = appliedBefore;
    }

    /** The record before any command: nothing happened yet. */
    static CommandRecord start() {
        return new CommandRecord("", null, 0, 0, 0, 0);
    }

    /**
     * This record as it stood right after its first {@code handles} handles: what the command had
     * done up to there, as if it had ended there without being stopped. The time machine's frame
     * of a moment inside a long {@code run} narrates it.
     */
    public CommandRecord upTo(int handles) {
        CommandRecord r = new CommandRecord(text, command, stepsBefore, iterationsBefore, clockBefore, appliedBefore);
        for (HandleRun run : runs.subList(0, handles)) {
            r.runs.add(run);
            if (run.skipped) {
                r.skipped++;
            } else if (run.purpose() == Handle.Purpose.SLEEP_TIMER) {
                r.timerCallbacks++;
            }
            if (run.step != null) {
                r.stepsRun++;
                r.lastStep = run.step;
            }
            // A jump belongs to the command that began its iteration (an earlier one may have, if
            // it was stopped just after beginning it).
            if (!Double.isNaN(run.jumpedFrom) && run.iteration > iterationsBefore) {
                if (r.jumps++ == 0) {
                    r.firstJumpFrom = run.jumpedFrom;
                }
            }
            r.iterationsBegun = run.iteration - iterationsBefore;
        }
        return r;
    }

    /** The command's text as typed (stripped); empty before the first command. */
    public String text() {
        return text;
    }

    /** The command, or null when it was not a line of the language (the start, a JShell call). */
    public Command command() {
        return command;
    }

    /** Whether the command runs the loop ({@code step}, {@code tick}, {@code run}). */
    public boolean runsTheLoop() {
        return command != null && command.runsTheLoop();
    }

    /** Whether it was stopped by a stop request (Ctrl-C) before it was through. */
    public boolean interrupted() {
        return interrupted;
    }

    /** Every handle it ran, oldest first. */
    public List<HandleRun> handleRuns() {
        return Collections.unmodifiableList(runs);
    }

    /** How many handles it ran (skipped cancelled handles included). */
    public long handlesRun() {
        return runs.size();
    }

    /** How many task steps it ran. */
    public long stepsRun() {
        return stepsRun;
    }

    /** How many timer callbacks it ran (handles that end a sleep). */
    public long timerCallbacks() {
        return timerCallbacks;
    }

    /** How many cancelled handles it skipped. */
    public long skippedHandles() {
        return skipped;
    }

    /** How many iterations it began. */
    public long iterationsBegun() {
        return iterationsBegun;
    }

    /** How many times the clock jumped to a timer. */
    public long clockJumps() {
        return jumps;
    }

    /** The clock before it. */
    public double clockBefore() {
        return clockBefore;
    }

    /** The clock before its first jump, or NaN if the clock did not jump. */
    public double firstJumpFrom() {
        return firstJumpFrom;
    }

    /** Task steps run in the world before it. */
    public long stepsBefore() {
        return stepsBefore;
    }

    /**
     * How many entries the world's {@link looplab.world.World#applied()} held before it: what the
     * world kept of this command follows, up to the next record's ({@code looplab.travel} replays
     * a session from these).
     */
    public int appliedBefore() {
        return appliedBefore;
    }

    /** Iterations begun in the world before it. */
    public long iterationsBefore() {
        return iterationsBefore;
    }

    /** What it did at top level, in order: {@link Fact.WorldCreated}, {@link Fact.Spawned}, ... */
    public List<Fact> outcomes() {
        return Collections.unmodifiableList(outcomes);
    }

    /** Its last task step, or null if it ran none. */
    public Step lastStep() {
        return lastStep;
    }
}
