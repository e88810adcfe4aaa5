package looplab.bench;

import java.util.List;
import looplab.model.Coroutine;
import looplab.model.EventLoop;
import looplab.model.Sleep;

/**
 * The anchor's {@code yields} worker, line for line: {@code for _ in range(k): await
 * asyncio.sleep(0)}. It awaits the model's real {@link Sleep}, reused from one turn to the next as
 * the built-ins do; {@code sleep(0)} is a bare yield, so each turn is one task step.
 */
public final class Worker extends Coroutine {
    /** The Python this coroutine mirrors. */
    public static final List<String> LISTING = List.of(
            "async def worker(k):",
            "    for _ in range(k):",
            "        await asyncio.sleep(0)");

    private final Sleep sleep;
    private final int count;
    private boolean started;
    private int turns;

    /** {@code worker(k)} on {@code loop}. */
    public Worker(EventLoop loop, int count) {
        this.sleep = new Sleep(loop);
        this.count = count;
    }

    /** How many sleeps it has finished. */
    public int turns() {
        return turns;
    }

    @Override
    public Object resume(RuntimeException thrown) {
        if (firstResume(started, thrown)) {
            started = true;
            if (turns < count) {
                sleep.start(0);
            }
        }
        while (turns < count) {
            Object suspension = sleep.resume(thrown);     // await asyncio.sleep(0)
            if (suspension != DONE) {
                return suspension;
            }
            thrown = null;
            if (++turns < count) {
                sleep.start(0);
            }
        }
        return finish(null);
    }
}
