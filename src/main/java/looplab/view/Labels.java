package looplab.view;

import looplab.model.Awaiting;
import looplab.model.Future;
import looplab.model.Handle;
import looplab.model.Task;
import looplab.model.TimerHandle;

/** Names for handles and task states, shared by the journal and the renderer. */
final class Labels {
    private Labels() {}

    /** A handle as the ready queue shows it: {@code P0: first step}, {@code timer: P0's sleep ends}. */
    static String handle(Handle h) {
        String label = handleBody(h);
        return h.cancelled() ? label + " (cancelled: will be skipped)" : label;
    }

    static String handleBody(Handle h) {
        Task task = h.task();
        String name = task == null ? "?" : Text.safe(task.name());
        switch (h.purpose()) {
            case TASK_START:
                return name + ": first step";
            case TASK_RESUME:
                return name + ": resume after sleep(0)";
            case TASK_WAKEUP: {
                Object arg = h.arg();
                if (arg instanceof Future) {
                    Future<?> f = (Future<?>) arg;
                    if (f.cancelled()) {
                        return name + ": wake-up to deliver its cancellation";
                    }
                    return name + ": wake-up after " + awaitWord(f.kind());
                }
                return name + ": wake-up";
            }
            case SLEEP_TIMER:
                return "timer: " + name + "'s sleep ends";
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
