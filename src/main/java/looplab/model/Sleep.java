package looplab.model;

/**
 * {@code await asyncio.sleep(delay)}. With {@code delay <= 0} it yields bare once (the task's next
 * step is scheduled at once, for the next iteration). Otherwise it awaits a future that a timer
 * completes at {@code clock + delay}; the timer only completes the future, so the task itself
 * resumes one iteration later. If the sleep is cancelled, its timer is cancelled too.
 */
public final class Sleep extends Coroutine {
    private final EventLoop loop;
    private double delay;
    private boolean started;
    private Future<Object> future;     // non-null while waiting for the timer
    private TimerHandle timer;

    /** A sleep on {@code loop}; {@link #start(double)} sets its delay. */
    public Sleep(EventLoop loop) {
        this.loop = loop;
    }

    /** A sleep of {@code delay} seconds, ready to be awaited. */
    public static Sleep of(EventLoop loop, double delay) {
        Sleep sleep = new Sleep(loop);
        sleep.start(delay);
        return sleep;
    }

    /** Readies this (reusable) sleep for {@code delay} seconds; the next {@code resume} begins it. */
    public void start(double delay) {
        this.delay = delay;
        this.started = false;
        this.future = null;
        this.timer = null;
    }

    /** The deadline of the sleep's timer, or NaN if it has none (not started, or a zero sleep). */
    public double deadline() {
        return timer == null ? Double.NaN : timer.when();
    }

    @Override
    public Object resume(RuntimeException thrown) {
        if (firstResume(started, thrown)) {
            started = true;
            if (delay <= 0) {
                return YIELD;
            }
            future = new Future<>(loop, Awaiting.SLEEP);
            // The timer's callback is futures._set_result_unless_cancelled.
            timer = loop.scheduleTimer(loop.time() + delay, Sleep::endSleep, future,
                    Handle.Purpose.SLEEP_TIMER, loop.currentTask());
            return future;
        }
        if (future != null) {
            timer.cancel();            // `finally: h.cancel()`
            Future<Object> done = future;
            future = null;
            if (thrown != null) {
                throw thrown;
            }
            return finish(done.result());
        }
        if (thrown != null) {
            throw thrown;
        }
        return finish(null);
    }

    @SuppressWarnings("unchecked")
    private static void endSleep(Object future) {
        Future<Object> f = (Future<Object>) future;
        if (!f.cancelled()) {
            f.setResult(null);
        }
    }
}
