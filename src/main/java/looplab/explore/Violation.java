package looplab.explore;

import java.util.Objects;

/**
 * An invariant broken on a schedule: which, and what happened, in words.
 *
 * @param invariant the invariant broken
 * @param what      what happened (for example {@code 'Item 0 from P0' was lost: P1 stored into its slot})
 */
public record Violation(Invariant invariant, String what) {
    public Violation {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(what, "what");
    }
}
