package looplab.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import looplab.world.TraceEvent;

/** A lab's trace events; the world holds this, never the lab, so that a dropped lab can be cleaned. */
final class LabRecorder implements Consumer<TraceEvent> {
    final List<TraceEvent> events = new ArrayList<>();
    int commandStart;
    TraceEvent.Stepped lastStep;

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
}
