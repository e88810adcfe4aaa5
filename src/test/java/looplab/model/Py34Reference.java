package looplab.model;

import java.util.ArrayDeque;
import looplab.workbook.Async;

/**
 * A transcription of CPython 3.4.3's {@code Lib/asyncio/queues.py} ({@code Queue} with
 * {@code JoinableQueue}'s {@code _put}), the code that lost items (bpo-23812), written the way
 * it reads in Python: {@code put} and {@code get} are straight-line coroutines (user coroutines of
 * the workbook), {@code yield from waiter} is {@code t.await(waiter)}. Only the model's
 * {@link EventLoop} and {@link Future} are shared with what it checks; nothing of
 * {@link Queue}'s waiting is.
 */
final class Py34Reference {
    private final EventLoop loop;
    private final int maxsize;
    final ArrayDeque<Future<String>> getters = new ArrayDeque<>();     // Futures.
    final ArrayDeque<Pair> putters = new ArrayDeque<>();               // Pairs of (item, Future).
    final ArrayDeque<String> queue = new ArrayDeque<>();               // _init: collections.deque()
    int unfinishedTasks;

    record Pair(String item, Future<Void> future) {}

    Py34Reference(EventLoop loop, int maxsize) {
        this.loop = loop;
        this.maxsize = maxsize;
    }

    // def _get(self): return self._queue.popleft()
    private String get0() {
        return queue.pollFirst();
    }

    // JoinableQueue._put: super()._put(item); self._unfinished_tasks += 1; self._finished.clear()
    private void put0(String item) {
        queue.addLast(item);
        unfinishedTasks++;
    }

    // def _consume_done_getters(self): while self._getters and self._getters[0].done(): popleft()
    private void consumeDoneGetters() {
        while (!getters.isEmpty() && getters.peekFirst().done()) {
            getters.pollFirst();
        }
    }

    private void consumeDonePutters() {
        while (!putters.isEmpty() && putters.peekFirst().future().done()) {
            putters.pollFirst();
        }
    }

    int qsize() {
        return queue.size();
    }

    boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
    }

    // @coroutine def put(self, item)
    void put(Async t, String item) {
        consumeDoneGetters();
        if (!getters.isEmpty()) {
            Future<String> getter = getters.pollFirst();
            // Use _put and _get instead of passing item straight to getter, in
            // case a subclass has logic that must run (e.g. JoinableQueue).
            put0(item);
            // getter cannot be cancelled, we just removed done getters
            getter.setResult(get0());
        } else if (maxsize > 0 && maxsize <= qsize()) {
            Future<Void> waiter = new Future<>(loop, Awaiting.PUT);
            putters.addLast(new Pair(item, waiter));
            t.await(waiter);                                   // yield from waiter
        } else {
            put0(item);
        }
    }

    // def put_nowait(self, item)
    void putNowait(String item) {
        consumeDoneGetters();
        if (!getters.isEmpty()) {
            Future<String> getter = getters.pollFirst();
            put0(item);
            getter.setResult(get0());
        } else if (maxsize > 0 && maxsize <= qsize()) {
            throw new QueueFull();
        } else {
            put0(item);
        }
    }

    // @coroutine def get(self)
    String get(Async t) {
        consumeDonePutters();
        if (!putters.isEmpty()) {
            Pair p = putters.pollFirst();
            put0(p.item());
            // When a getter runs and frees up a slot so this putter can
            // run, we need to defer the put for a tick to ensure that
            // getters and putters alternate perfectly.
            loop.callSoon(f -> {                               // putter._set_result_unless_cancelled
                if (!p.future().cancelled()) {
                    p.future().setResult(null);
                }
            }, p.future());
            return get0();
        } else if (qsize() > 0) {
            return get0();
        } else {
            Future<String> waiter = new Future<>(loop, Awaiting.GET);
            getters.addLast(waiter);
            return t.await(waiter);                            // return (yield from waiter)
        }
    }

    // def get_nowait(self)
    String getNowait() {
        consumeDonePutters();
        if (!putters.isEmpty()) {
            Pair p = putters.pollFirst();
            put0(p.item());
            // Wake putter on next tick.
            // getter cannot be cancelled, we just removed done putters
            p.future().setResult(null);
            return get0();
        } else if (qsize() > 0) {
            return get0();
        } else {
            throw new QueueEmpty();
        }
    }
}
