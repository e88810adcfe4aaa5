package looplab.builtins;

import java.util.List;
import looplab.model.SuspensionPoint;

/**
 * A built-in task's coroutine describing itself, for views: its Python listing, its Java twin
 * (the state machine that runs it, condensed), where it is suspended with the line of that place
 * in both, and what it has done. Implemented by {@link Producer} and {@link Consumer}.
 */
public interface Builtin {

    /** A place a built-in can be suspended at (or its start, or its end), in both listings. */
    interface Point extends SuspensionPoint {
        /** The 1-based line in the Python {@link Builtin#listing()}. */
        @Override
        int line();

        /** The 1-based line of the Java twin ({@link Builtin#javaListing()}) where the state machine is there. */
        int javaLine();
    }

    /** The Python this coroutine mirrors, line for line. */
    List<String> listing();

    /** The Java twin: {@code resume}, condensed, one {@code case} per {@code await} of the listing. */
    List<String> javaListing();

    /** Every place it can be, in the order of the listing. */
    List<? extends Point> points();

    /** Where it is suspended now (or that it has not started, or has returned). */
    Point suspendedAt();

    /** Items put so far (a producer) or got so far, the sentinel excluded (a consumer). */
    int progress();

    /** How many items a producer puts; -1 for a consumer, which takes until it gets a sentinel. */
    int count();

    /**
     * The item it holds outside the queue: a producer's item while it waits to put it (not the
     * sentinel), a consumer's item from when it got it until it marks it done; else {@code null}.
     */
    String itemInHand();

    /** How many sentinels ({@code None}) it has put into the queue. */
    int sentinelsPut();
}
