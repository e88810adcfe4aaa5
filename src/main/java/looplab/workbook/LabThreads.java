package looplab.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A lab's user coroutines, whose threads end when the lab is dropped without
 * {@link Lab#close()}: the lab's cleaning action, so it must not hold the lab.
 */
final class LabThreads implements Runnable {
    private final List<ThreadedCoroutine> coroutines = Collections.synchronizedList(new ArrayList<>());

    void add(ThreadedCoroutine c) {
        coroutines.add(c);
    }

    /** Closes every coroutine ({@link ThreadedCoroutine#close()}: its thread ends) and forgets them. */
    void closeAll() {
        List<ThreadedCoroutine> all;
        synchronized (coroutines) {
            all = new ArrayList<>(coroutines);
            coroutines.clear();
        }
        for (ThreadedCoroutine c : all) {
            c.close();
        }
    }

    @Override
    public void run() {
        synchronized (coroutines) {
            for (ThreadedCoroutine c : coroutines) {
                c.abandon();
            }
            coroutines.clear();
        }
    }
}
