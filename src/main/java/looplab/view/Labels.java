package looplab.view;

import looplab.model.Awaiting;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.Task;
import looplab.model.TimerHandle;

/** Names for handles, shared by the journal and the views. */
final class Labels {
    private Labels() {}

    /** A live handle as the ready queue shows it: {@code P0: first step}, {@code timer: P0's sleep ends}. */
    static String handle(Handle h) {
        String label = body(fact(h));
        return h.cancelled() ? label + " (cancelled: will be skipped)" : label;
    }

    /** What a handle is, as it is now: the facts its label is made from. */
    static Fact.HandleFact fact(Handle h) {
        Task task = h.task();
        Object arg = h.arg();
        Awaiting wakesFrom = null;
        boolean deliversCancel = false;
        if (h.purpose() == Handle.Purpose.TASK_WAKEUP && arg instanceof Future) {
            Future<?> f = (Future<?>) arg;
            wakesFrom = f.kind();
            deliversCancel = f.cancelled();
        }
        return new Fact.HandleFact(h.purpose(), task == null ? null : task.name(), wakesFrom, deliversCancel, h.what());
    }

    /** A handle's label: {@code C1: wake-up after get}. */
    static String body(Fact.HandleFact h) {
        String name = h.task() == null ? "?" : Text.safe(h.task());
        switch (h.purpose()) {
            case TASK_START:
                return name + ": first step";
            case TASK_RESUME:
                return name + ": resume after sleep(0)";
            case TASK_WAKEUP:
                if (h.wakesFrom() == null) {
                    return name + ": wake-up";
                }
                return h.deliversCancel() ? name + ": wake-up to deliver its cancellation"
                        : name + ": wake-up after " + awaitWord(h.wakesFrom());
            case SLEEP_TIMER:
                return "timer: " + name + "'s sleep ends";
            case THREADSAFE:
                return "call_soon_threadsafe: " + (h.what() == null ? "a callback" : Text.safe(h.what()));
            default:
                return "callback";
        }
    }

    /** What a task's await is called in a wake-up label. */
    static String awaitWord(Awaiting kind) {
        switch (kind) {
            case GET:
                return "get";
            case PUT:
                return "put";
            case SLEEP:
                return "sleep";
            case JOIN:
                return "join";
            default:
                return kind.word();
        }
    }

    /** Whether a handle's run is a task step. */
    static boolean isStep(Handle h) {
        Handle.Purpose p = h.purpose();
        return p == Handle.Purpose.TASK_START || p == Handle.Purpose.TASK_RESUME || p == Handle.Purpose.TASK_WAKEUP;
    }

    static double deadline(Handle h) {
        return h instanceof TimerHandle ? ((TimerHandle) h).when() : Double.NaN;
    }
}
