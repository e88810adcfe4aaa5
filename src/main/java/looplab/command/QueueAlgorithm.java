package looplab.command;

import java.util.Optional;

/**
 * How a world's queue hands items to waiting tasks, as chosen by {@code new queue=...}: today's
 * asyncio ({@code py311}, the default) or Python 3.4.3's, which lost items (bpo-23812). Not in
 * the script language: the oracle runs today's asyncio only.
 */
public enum QueueAlgorithm {
    PY311("py311"),
    PY34("py34");

    private final String word;

    QueueAlgorithm(String word) {
        this.word = word;
    }

    /** The word of {@code new queue=WORD}. */
    public String word() {
        return word;
    }

    /** The algorithm spelled {@code word}, case-sensitively. */
    public static Optional<QueueAlgorithm> fromWord(String word) {
        for (QueueAlgorithm a : values()) {
            if (a.word.equals(word)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
