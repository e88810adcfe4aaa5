package looplab.world;

import java.util.List;
import looplab.model.Batch;
import looplab.model.Scheduler;

/**
 * The scheduler of {@code replay SCHEDULE}: the schedule's choices in order, then asyncio's
 * (FIFO). Unlike {@link looplab.model.ReplayScheduler}, a choice that does not fit the batch
 * (commands typed between the replay and the steps changed what is ready) ends the schedule
 * instead of failing the step: from there on the loop runs FIFO.
 */
final class FollowSchedule implements Scheduler {
    private final int[] choices;
    private int next;

    FollowSchedule(List<Integer> choices) {
        this.choices = choices.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public int choose(Batch batch) {
        if (next < choices.length && choices[next] < batch.size()) {
            return choices[next++];
        }
        next = choices.length;
        return 0;
    }
}
