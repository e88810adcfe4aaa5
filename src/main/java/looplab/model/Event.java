package looplab.model;

import java.util.ArrayDeque;

/**
 * asyncio's {@code Event}: a flag that tasks can wait for. {@link #set()} wakes every waiter;
 * {@link #clear()} lowers the flag again. {@link Queue#join()} waits on one.
 */
public final class Event {
    private final EventLoop loop;
    private final ArrayDeque<Future<Boolean>> waiters = new ArrayDeque<>();
    private boolean value;

    /** A cleared event on {@code loop}. */
    public Event(EventLoop loop) {
        this.loop = loop;
    }

    /** Whether the flag is set. */
    public boolean isSet() {
        return value;
    }

    /** Sets the flag and wakes every task waiting for it. */
    public void set() {
        loop.checkThread();
        if (!value) {
            value = true;
            for (Future<Boolean> waiter : waiters) {
                if (!waiter.done()) {
                    waiter.setResult(true);
                }
            }
        }
    }

    /** Lowers the flag. */
    public void clear() {
        loop.checkThread();
        value = false;
    }

    /** {@code await event.wait()}: a coroutine that returns once the flag is set. */
    public Coroutine waitFor() {
        return waiter(Awaiting.FUTURE);
    }

    Coroutine waiter(Awaiting kind) {
        return new Coroutine() {
            private Future<Boolean> waiter;

            @Override
            public Object resume(RuntimeException thrown) {
                if (waiter == null) {
                    if (thrown != null) {
                        throw thrown;
                    }
                    if (value) {
                        return finish(true);
                    }
                    waiter = new Future<>(loop, kind);
                    waiters.addLast(waiter);
                    return waiter;
                }
                // `finally: self._waiters.remove(fut)`
                waiters.remove(waiter);
                if (thrown != null) {
                    throw thrown;
                }
                return finish(true);
            }
        };
    }
}
