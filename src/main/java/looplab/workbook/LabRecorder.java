package looplab.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import looplab.trace.TraceJson;
import looplab.world.TraceEvent;

/**
 * A lab's trace events, and what the lab answers from them; the world holds this, never the lab,
 * so that a dropped lab can be cleaned.
 */
final class LabRecorder implements Consumer<TraceEvent> {
    private final List<TraceEvent> events = new ArrayList<>();
    private int commandStart;
    private int worldStart;              // where the present world's events begin
    private TraceEvent.Stepped lastStep;

    /** Marks where the events of the next command begin. */
    void begin() {
        commandStart = events.size();
    }

    @Override
    public void accept(TraceEvent event) {
        if (event instanceof TraceEvent.NewWorld) {
            worldStart = events.size();
        }
        events.add(event);
        if (event instanceof TraceEvent.Stepped) {
            lastStep = (TraceEvent.Stepped) event;
        }
    }

    /**
     * Forgets the present world's events, which a replay of it (the time machine's) reports again
     * up to the moment shown; returns them, for {@link #restore} if the replay fails.
     */
    List<TraceEvent> forgetWorld() {
        List<TraceEvent> tail = events.subList(worldStart, events.size());
        List<TraceEvent> dropped = new ArrayList<>(tail);
        tail.clear();
        commandStart = Math.min(commandStart, events.size());
        lastStep = null;
        for (int i = events.size() - 1; i >= 0 && lastStep == null; i--) {
            if (events.get(i) instanceof TraceEvent.Stepped) {
                lastStep = (TraceEvent.Stepped) events.get(i);
            }
        }
        return dropped;
    }

    /** Puts back what {@link #forgetWorld()} forgot. */
    void restore(List<TraceEvent> dropped) {
        events.subList(worldStart, events.size()).clear();
        dropped.forEach(this::accept);
    }

    /** Every event since the lab was made. */
    List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The events of the last command. */
    List<TraceEvent> lastEvents() {
        return Collections.unmodifiableList(events.subList(commandStart, events.size()));
    }

    /** The task whose step ran last, or null. */
    String lastRan() {
        return lastStep == null ? null : lastStep.task();
    }

    /** The tasks whose steps ran during the last command, in order. */
    List<String> ranInLastCommand() {
        return lastEvents().stream().filter(e -> e instanceof TraceEvent.Stepped)
                .map(e -> ((TraceEvent.Stepped) e).task()).collect(Collectors.toList());
    }

    /** The item the last command's get returned, if it got one. */
    Optional<String> got() {
        for (int i = events.size() - 1; i >= commandStart; i--) {
            if (events.get(i) instanceof TraceEvent.GetResult) {
                TraceEvent.GetResult g = (TraceEvent.GetResult) events.get(i);
                return g.ok() ? Optional.ofNullable(g.item()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** What the tasks printed in {@code events}, in order. */
    static List<String> printed(List<TraceEvent> events) {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Stepped) {
                out.addAll(((TraceEvent.Stepped) e).out());
            }
        }
        return out;
    }

    /** The trace as JSON Lines, one line per event. */
    String jsonLines() {
        StringBuilder s = new StringBuilder();
        for (TraceEvent e : events) {
            s.append(TraceJson.line(e)).append('\n');
        }
        return s.toString();
    }
}
