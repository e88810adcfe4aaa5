package looplab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scheduler that asks another one and keeps every choice it made, in order: the schedule that
 * {@link ReplayScheduler} replays. Only real choices are kept (the loop asks when two or more
 * handles remain), so a FIFO run records a list of zeros, one per such choice.
 */
public final class RecordingScheduler implements Scheduler {
    private final Scheduler chooser;
    private final List<Integer> choices = new ArrayList<>();
    private final List<Integer> options = new ArrayList<>();

    /** Records the choices of {@code chooser}. */
    public RecordingScheduler(Scheduler chooser) {
        this.chooser = chooser;
    }

    @Override
    public int choose(Batch batch) {
        int choice = chooser.choose(batch);
        choices.add(choice);
        options.add(batch.size());
        return choice;
    }

    /** The index chosen at each decision, in order. */
    public List<Integer> choices() {
        return Collections.unmodifiableList(choices);
    }

    /** How many handles there were to choose from at each decision (the batch's size then). */
    public List<Integer> options() {
        return Collections.unmodifiableList(options);
    }
}
