package looplab.model;

import java.util.List;

/**
 * A scheduler that replays a recorded schedule ({@link RecordingScheduler#choices()}): the
 * {@code k}-th time it is asked it returns the {@code k}-th choice. Once the schedule is used up
 * it goes on as {@link Scheduler#FIFO}, so a prefix of choices drives a run as far as it goes and
 * asyncio's order does the rest (what an exploration needs to try one more branch).
 */
public final class ReplayScheduler implements Scheduler {
    private final int[] choices;
    private int next;

    /** Replays {@code choices}, then runs FIFO. */
    public ReplayScheduler(List<Integer> choices) {
        this.choices = choices.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public int choose(Batch batch) {
        if (next == choices.length) {
            return 0;
        }
        int choice = choices[next];
        if (choice < 0 || choice >= batch.size()) {
            throw new IllegalStateException("schedule choice " + next + " is " + choice + ", but only "
                    + batch.size() + " handles are left in iteration " + batch.iteration()
                    + "'s batch: the schedule was recorded for other commands");
        }
        next++;
        return choice;
    }

    /** How many choices have been replayed so far. */
    public int replayed() {
        return next;
    }

    /** Whether every choice of the schedule has been replayed (from here on it runs FIFO). */
    public boolean exhausted() {
        return next == choices.length;
    }
}
