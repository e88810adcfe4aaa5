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
    private TraceEvent.Stepped lastStep;

    /** Marks where the events of the next command begin. */
    void begin() {
        commandStart = events.size();
    }

    @Override
    public void accept(TraceEvent event) {
        events.add(event);
        if (event instanceof TraceEvent.Stepped) {
            lastStep = (TraceEvent.Stepped) event;
        }
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
