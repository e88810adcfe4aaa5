package looplab.explore;

import java.util.List;
import java.util.stream.Collectors;

/** A queue's or buffer's items on one line, in get() order: {@code [ 'a' | 'b' ]}. */
final class QueuePicture {
    private QueuePicture() {
    }

    static String of(List<?> items) {
        if (items.isEmpty()) {
            return "[ empty ]";
        }
        return items.stream().map(LoopRun::quote).collect(Collectors.joining(" | ", "[ ", " ]"));
    }
}
