package looplab.view;

import java.util.IdentityHashMap;
import java.util.Map;
import looplab.model.Awaiting;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.SuspensionPoint;
import looplab.model.Queue;
import looplab.model.Task;
import looplab.model.TimerHandle;
import looplab.world.World;

/**
 * The one vocabulary for a task's state: what it waits for, or how it ended, in the words every
 * view uses. A task's line in {@code tasks}, the state after a step, the state of a coroutine
 * written in JShell and the summary by state of a big world are all worded here.
 */
public final class TaskStates {
    private TaskStates() {}

    /** A task's state now: "waiting in get()", "sleeping until t=0.397, holds 'Item 0'", "done". */
    public static String now(Task task, TimerHandle sleepTimer, String heldItem) {
        Awaiting awaiting = task.awaiting();
        Future<?> on = task.waitingOn();
        String s;
        switch (awaiting) {
            case START:
                s = "ready: first step not run yet";
                break;
            case GET:
            case PUT:
                s = task.wakeupLost() ? "in " + call(awaiting) + ", its wake-up lost: never resumes"
                        : woken(on) ? (on.cancelled() ? "in " + call(awaiting) + ", cancelled: resumes to raise"
                        : Queue.carriesAnItem(on) ? "woken in get(): its future holds " + Text.item((String) on.result(), 20)
                        + " (Python 3.4's queue)"
                        : Queue.carriesItsItem(on) ? "woken in put(): a get already put its item (Python 3.4's queue)"
                        : "woken in " + call(awaiting) + ": re-checks when it runs") : "waiting in " + call(awaiting);
                break;
            case SLEEP:
                if (woken(on)) {
                    s = on.cancelled() ? "sleep cancelled: resumes to raise" : "sleep over: wake-up is ready";
                } else {
                    s = sleepTimer == null ? "sleeping" : "sleeping until t=" + Text.time(sleepTimer.when());
                }
                if (heldItem != null) {
                    s += ", holds " + Text.item(heldItem, 20);
                }
                break;
            case YIELD:
                s = "yielded: its next step is ready";
                break;
            default:
                s = awaiting.ended() ? awaiting.word() : "awaiting " + awaiting.word();
                break;
        }
        if (!awaiting.ended() && task.cancelPending() && (on == null || !on.cancelled())) {
            s += " (cancel pending)";
        }
        return s;
    }

    /** Where a step left its task: "waiting in get(): the queue is empty", "returned: done". */
    public static String afterStep(Awaiting awaiting, double sleepUntil) {
        switch (awaiting) {
            case SLEEP:
                return Double.isNaN(sleepUntil) ? "sleeping" : "sleeping until t=" + Text.time(sleepUntil);
            case GET:
                return "waiting in get(): the queue is empty";
            case PUT:
                return "waiting in put(): the queue is full";
            case YIELD:
                return "yielded (sleep(0))";
            case DONE:
                return "returned: done";
            case FUTURE:
                return "waiting for a future";
            default:
                return awaiting.word();
        }
    }

    /**
     * The state of a coroutine written in JShell, marked with its line: "waiting in get() (line 3):
     * the queue is empty", "failed: IllegalStateException: boom".
     */
    public static String ofUserTask(Task task, SuspensionPoint at) {
        String where = at == null ? "" : at.label();
        String line = at == null || at.line() <= 0 ? "" : " (line " + at.line() + ")";
        switch (task.awaiting()) {
            case START:
                return "ready: first step not run yet";
            case GET:
                return "waiting in " + where + line + ": the queue is empty";
            case PUT:
                return "waiting in " + where + line + ": the queue is full";
            case SLEEP:
                return "sleeping" + line;
            case YIELD:
                return "yielded (sleep(0))" + line;
            case JOIN:
                return "waiting in " + where + line + ": items not yet marked done";
            case FUTURE:
                return "waiting for " + where + line;
            case FAILED:
                return "failed: " + failure(task, ": ") + (at == null || at.line() <= 0 ? "" : " (raised at line " + at.line() + ")");
            default:
                return task.awaiting().word();
        }
    }

    /** A task that will never finish, as an exercise's check says it: "waiting in get() for an item that never comes". */
    public static String stuck(Task task) {
        switch (task.awaiting()) {
            case FAILED:
                return "failed with " + failure(task, ": ");
            case GET:
                return "waiting in get() for an item that never comes";
            case PUT:
                return "waiting in put() for a slot that never frees";
            default:
                return task.awaiting().word();
        }
    }

    /** A failed task's exception: its class, and its message when it says more than the class. */
    private static String failure(Task task, String separator) {
        Throwable e = task.exception();
        String message = e.getMessage();
        boolean plain = message == null || message.equals(e.getClass().getSimpleName());
        return e.getClass().getSimpleName() + (plain ? "" : separator + message);
    }

    /** The states a big world's frame counts tasks by. */
    enum Category {
        START("not started"),
        GET("waiting in get()"),
        PUT("waiting in put()"),
        WOKEN("woken"),
        SLEEP("sleeping"),
        YIELD("yielded"),
        DONE("done"),
        CANCELLED("cancelled"),
        FAILED("failed"),
        OTHER("other");

        final String words;

        Category(String words) {
            this.words = words;
        }

        static Category of(Task task) {
            boolean woken = woken(task.waitingOn()) && !task.wakeupLost();
            switch (task.awaiting()) {
                case START:
                    return START;
                case GET:
                    return woken ? WOKEN : GET;
                case PUT:
                    return woken ? WOKEN : PUT;
                case SLEEP:
                    return woken ? WOKEN : SLEEP;
                case YIELD:
                    return YIELD;
                case DONE:
                    return DONE;
                case CANCELLED:
                    return CANCELLED;
                case FAILED:
                    return FAILED;
                default:
                    return OTHER;
            }
        }
    }

    /** Each sleeping task's live timer. */
    static Map<Task, TimerHandle> sleepTimers(World world) {
        Map<Task, TimerHandle> map = new IdentityHashMap<>();
        for (TimerHandle h : world.loop().liveTimersUnordered()) {      // no sort: the earliest per task is kept
            if (h.purpose() == Handle.Purpose.SLEEP_TIMER && h.task() != null) {
                map.merge(h.task(), h, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return map;
    }

    private static boolean woken(Future<?> on) {
        return on != null && on.done();
    }

    private static String call(Awaiting awaiting) {
        return awaiting == Awaiting.GET ? "get()" : "put()";
    }
}
