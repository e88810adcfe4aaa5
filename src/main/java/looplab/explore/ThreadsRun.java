package looplab.explore;

import java.util.List;
import looplab.builtins.ThreadedBuffer;

/** One schedule of threads mode: a fresh {@link ThreadedBuffer}, stepped thread by thread (the ids). */
final class ThreadsRun implements Run {
    private final ThreadedBuffer buffer;

    ThreadsRun(List<ThreadedBuffer.Spec> specs, int maxsize, boolean lock, boolean fifoCheck, boolean deadlockExpected) {
        buffer = new ThreadedBuffer(specs, maxsize, lock, fifoCheck, deadlockExpected);
    }

    @Override
    public long enabled() {
        return buffer.enabled();
    }

    @Override
    public boolean epochBegan() {
        return false;
    }

    @Override
    public boolean idsAreActors() {
        return true;
    }

    @Override
    public long waiting() {
        return buffer.waiting();
    }

    @Override
    public long pendingReads(int id) {
        return buffer.pendingReads(id);
    }

    @Override
    public long pendingWrites(int id) {
        return buffer.pendingWrites(id);
    }

    @Override
    public void execute(int id) {
        buffer.execute(id);
    }

    @Override
    public long reads() {
        return buffer.reads();
    }

    @Override
    public long writes() {
        return buffer.writes();
    }

    @Override
    public Violation check() {
        return violation(buffer.check());
    }

    @Override
    public Violation end() {
        return violation(buffer.end());
    }

    private static Violation violation(ThreadedBuffer.Broken b) {
        if (b == null) {
            return null;
        }
        Invariant inv = switch (b.kind()) {
            case CONSERVATION -> Invariant.CONSERVATION;
            case ORDER -> Invariant.FIFO;
            case DEADLOCK -> Invariant.NO_DEADLOCK;
        };
        return new Violation(inv, b.what());
    }

    @Override
    public long fingerprint() {
        return buffer.fingerprint();
    }

    @Override
    public String actorOfLast() {
        return buffer.name(buffer.last());
    }

    @Override
    public String describeLast() {
        return buffer.describeLast();
    }

    @Override
    public String picture() {
        return buffer.picture();
    }

    @Override
    public void close() {
        // a buffer holds nothing to end
    }
}
