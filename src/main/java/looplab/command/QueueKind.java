package looplab.command;

import java.util.Optional;

/**
 * The kind of a world's queue, as chosen by {@code new kind=...}: asyncio's
 * {@code Queue}, {@code LifoQueue} or {@code PriorityQueue}.
 */
public enum QueueKind {
    FIFO("fifo"),
    LIFO("lifo"),
    PRIORITY("priority");

    private final String word;

    QueueKind(String word) {
        this.word = word;
    }

    /** The word used in scripts and in the trace ({@code "fifo"}, ...). */
    public String word() {
        return word;
    }

    /** The kind spelled {@code word}, case-sensitively, as the script language requires. */
    public static Optional<QueueKind> fromWord(String word) {
        for (QueueKind k : values()) {
            if (k.word.equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
