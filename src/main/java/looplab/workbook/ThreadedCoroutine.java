package looplab.workbook;

import java.security.CodeSource;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import looplab.model.CancelledError;
import looplab.model.Coroutine;
import looplab.model.EventLoop;
import looplab.model.Future;
import looplab.model.Queue;
import looplab.model.Sleep;
import looplab.model.SuspensionPoint;
import looplab.model.Task;

/**
 * A coroutine written as plain Java ({@link AsyncBody}) and run on a thread of its own, with a
 * strict hand-off: while the body runs, the thread that resumed it (the loop) waits; while the loop
 * runs, the body waits at its await point. Exactly one of them runs at any moment, so to the loop
 * this is an ordinary coroutine: {@link #resume} runs the body up to its next
 * {@link Async#await await} and returns what it waits for, as {@code coro.send(None)} does. The
 * task, its trace and its semantics are those of the built-in producer and consumer.
 *
 * <ul>
 *   <li>The thread is started lazily, at the task's first step. A task cancelled before its
 *       first step never starts one, and its body never runs, as in asyncio.</li>
 *   <li>While the body runs, the loop is lent to its thread ({@link EventLoop#lendTo}): the body
 *       may use the loop and the queue; any other thread is refused.</li>
 *   <li>An exception thrown at an await point (a {@link CancelledError} when the task is
 *       cancelled) surfaces in the body at that call; one thrown out of the body ends the task.</li>
 *   <li>The thread ends when the body returns, or when {@link #close()} throws
 *       {@link CoroutineClosed} in at its await point (Python's {@code coro.close()}); the
 *       {@link Lab} closes its coroutines on {@link Lab#close()} and on {@code new}, and a lab
 *       dropped without either has them closed once it is unreachable. The threads are virtual
 *       or daemons, so a forgotten coroutine never keeps the JVM alive.</li>
 * </ul>
 *
 * <p><b>Cost.</b> On JDK 21 and later each user task's body runs on a virtual thread (see
 * {@link BodyThreads}); JDK 17 has none, so there each holds a platform thread (a daemon with a
 * 512 KiB stack) from its first step to its end. Each switch between the loop
 * and the body is a thread hand-off: a volatile write, a spin of 64 pauses, then
 * {@code park}/{@code unpark}. A task step costs two hand-offs. Measured on the project's 2-core
 * machine by {@code ThreadedCoroutinePingPongTest} (a user producer and a user consumer passing
 * items through a queue of one slot): about 25,000 items per second, roughly 20 microseconds per
 * task step, where the built-in producer and consumer, which are state machines, pass several
 * hundred thousand items per second through the same lab. Longer spins made it slower on two
 * cores: the spinning side steals the CPU the other side needs. Plenty for a notebook; not for a
 * benchmark (use the built-ins there).
 */
public final class ThreadedCoroutine extends Coroutine implements AutoCloseable {
    private static final int LOOP = 0;
    private static final int BODY = 1;
    private static final int SPINS = 64;
    private static final long CLOSE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(2);

    private enum State { NEW, RUNNING, SUSPENDED, FINISHED, CLOSED }

    private final EventLoop loop;
    private final String name;
    private final AsyncBody body;
    private final looplab.model.Queue<String> queue;
    private final Async async = new Async(this);

    // Written by one side before the volatile write of `turn`, read by the other after reading it.
    private volatile int turn = LOOP;
    private Thread thread;
    private Thread resumer;
    private RuntimeException inbound;
    private boolean closing;
    private Object outbound;
    private Throwable failure;
    private State state = State.NEW;
    private Point at = new Point("not started");
    // The call that created this coroutine (lab.spawn, in JShell the first line of a snippet):
    // JShell numbers a snippet class's lines in its wrapper, so the body's lines are told from it.
    private final String originClass;
    private final int originLine;

    /**
     * A coroutine that runs {@code body} on its own thread once a task resumes it.
     *
     * @param loop the loop whose task will drive it
     * @param name the name of its thread ({@code looplab-NAME})
     * @param body the code
     */
    public ThreadedCoroutine(EventLoop loop, String name, AsyncBody body) {
        this(loop, null, name, body);
    }

    /**
     * A coroutine of a world's task, which reaches its world's queue as {@link Async#queue()}
     * (so that the same body, made again for a replayed world, uses that world's queue).
     */
    public ThreadedCoroutine(EventLoop loop, looplab.model.Queue<String> queue, String name, AsyncBody body) {
        this.loop = loop;
        this.queue = queue;
        this.name = name;
        this.body = body;
        StackWalker.StackFrame origin = WALKER.walk(frames -> frames.filter(f -> isUserCode(f.getDeclaringClass()))
                .findFirst().orElse(null));
        this.originClass = origin == null ? null : origin.getClassName();
        this.originLine = origin == null ? 0 : origin.getLineNumber();
    }

    /** The queue of the world it was made for, or null. */
    looplab.model.Queue<String> queue() {
        return queue;
    }

    /** The name given at creation. */
    public String name() {
        return name;
    }

    /** The loop its task runs on. */
    public EventLoop loop() {
        return loop;
    }

    /** The body's thread, or {@code null} before the first step. */
    public Thread thread() {
        return thread;
    }

    /** Whether the body has returned, failed or been closed. */
    public boolean finished() {
        return state == State.FINISHED || state == State.CLOSED;
    }

    /** The exception the body ended with, or {@code null}. */
    public Throwable failure() {
        return failure;
    }

    /** Where the body waits: {@code "q.get()"}, {@code "sleep(0.1)"}, ..., for views. */
    @Override
    public SuspensionPoint suspendedAt() {
        return at;
    }

    // ---- the loop's side -------------------------------------------------------------------

    /**
     * Runs the body up to its next await (starting its thread at the first call), with the loop
     * lent to it, while the calling thread waits; returns what the body awaits, {@link #YIELD},
     * or {@link #DONE}. An exception thrown out of the body is thrown from here, so the task ends
     * with it. A {@code thrown} given before the first step ends the coroutine without running it.
     */
    @Override
    public Object resume(RuntimeException thrown) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("coroutine " + name + " cannot resume itself");
        }
        switch (state) {
            case RUNNING:
                throw new IllegalStateException("coroutine " + name + " is already running");
            case FINISHED:
            case CLOSED:
                throw new IllegalStateException("coroutine " + name + " has already finished: a coroutine runs once");
            case NEW:
                if (thrown != null) {
                    // Thrown into a coroutine that never started: it ends there, its body never runs.
                    state = State.FINISHED;
                    at = new Point("returned");
                    throw thrown;
                }
                thread = BodyThreads.start("looplab-" + name, this::threadMain);
                break;
            default:
                break;
        }
        inbound = thrown;
        outbound = null;
        state = State.RUNNING;
        switchToBody(false);
        if (failure != null) {
            throw ThreadedCoroutine.<RuntimeException>sneaky(failure);
        }
        if (outbound == DONE) {
            return finish(null);
        }
        return outbound;
    }

    /**
     * Ends a suspended body as Python's {@code coro.close()} does: {@link CoroutineClosed} is thrown
     * at its await point, its {@code finally} blocks run (with the loop lent to it), its thread
     * ends. Does nothing if the body never started or has finished. Call it from the loop's thread.
     */
    @Override
    public void close() {
        if (state == State.NEW) {
            state = State.CLOSED;
            return;
        }
        if (state != State.SUSPENDED) {
            if (state == State.RUNNING) {
                throw new IllegalStateException("coroutine " + name + " cannot be closed while it runs");
            }
            return;
        }
        closing = true;
        inbound = null;
        state = State.RUNNING;
        switchToBody(true);
        if (state == State.RUNNING) {
            state = State.CLOSED;     // it would not end: left to die with the JVM (a daemon)
        }
    }

    /**
     * Last resort, from any thread (a cleaner): wakes a suspended body with {@link CoroutineClosed}
     * without lending it the loop; whatever its {@code finally} blocks try on the loop is refused.
     */
    void abandon() {
        Thread t = thread;
        if (t != null && t.isAlive()) {
            closing = true;
            turn = BODY;
            LockSupport.unpark(t);
        }
    }

    private void switchToBody(boolean closingSwitch) {
        Thread me = Thread.currentThread();
        resumer = me;
        Thread previous = loop.lendTo(thread);
        boolean interrupted = false;
        try {
            turn = BODY;
            LockSupport.unpark(thread);
            long deadline = closingSwitch ? System.nanoTime() + CLOSE_TIMEOUT_NANOS : 0;
            int spins = SPINS;
            while (turn != LOOP) {
                if (spins > 0) {
                    spins--;
                    Thread.onSpinWait();
                } else if (closingSwitch) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;      // the body ignores its closing: give up on it
                    }
                    LockSupport.parkNanos(this, left);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    interrupted = true;   // the body holds the loop: wait for it all the same
                }
            }
        } finally {
            loop.giveBack(previous);
            if (interrupted) {
                me.interrupt();
            }
        }
    }

    // ---- the body's side -------------------------------------------------------------------

    private void threadMain() {
        waitForTurn();
        try {
            if (!closing) {
                body.run(async);
                outbound = DONE;
            }
            state = State.FINISHED;
        } catch (CoroutineClosed e) {
            state = State.CLOSED;
        } catch (Throwable e) {
            failure = e;
            state = State.FINISHED;
        } finally {
            at = failure == null ? new Point("returned") : new Point("raised " + failure.getClass().getSimpleName(),
                    raisedLine(failure));
            Thread back = resumer;
            turn = LOOP;
            LockSupport.unpark(back);
        }
    }

    private void waitForTurn() {
        int spins = SPINS;
        while (turn != BODY) {
            if (spins > 0) {
                spins--;
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
    }

    /** Suspends the body on {@code suspension}; returns what is thrown in when it resumes. */
    private RuntimeException suspend(Object suspension, Point where) {
        checkBody("await");
        at = where.line == 0 ? where.at(callerLine()) : where;
        outbound = suspension;
        state = State.SUSPENDED;
        Thread back = resumer;
        turn = LOOP;
        LockSupport.unpark(back);
        waitForTurn();
        if (closing) {
            throw new CoroutineClosed(name);
        }
        at = RUNNING;
        RuntimeException e = inbound;
        inbound = null;
        return e;
    }

    <R> R awaitFuture(Future<R> future) {
        checkBody("await");
        if (!future.done()) {
            RuntimeException thrown = suspend(future, new Point(labelOf(future)));
            if (thrown != null) {
                throw thrown;
            }
        }
        return future.result();
    }

    @SuppressWarnings("unchecked")
    <R> R awaitCoroutine(Coroutine coro) {
        checkBody("await");
        Point where = new Point(labelOf(coro));
        Object suspension = coro.resume(null);
        while (suspension != DONE) {
            suspension = coro.resume(suspend(suspension, where));
        }
        return (R) coro.result();
    }

    void yieldOnce() {
        checkBody("yield");
        RuntimeException thrown = suspend(YIELD, new Point("sleep(0)"));
        if (thrown != null) {
            throw thrown;
        }
    }

    void print(String line) {
        checkBody("print");
        loop.currentTask().print(line);
    }

    private void checkBody(String what) {
        if (Thread.currentThread() != thread || state != State.RUNNING) {
            throw new IllegalStateException("t." + what + "(...) belongs to the body of task " + name
                    + ": call it from that body's own code, while its step runs (not from another thread or task)");
        }
        if (closing) {
            throw new CoroutineClosed(name);
        }
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final CodeSource LOOPLAB = ThreadedCoroutine.class.getProtectionDomain().getCodeSource();

    /** The line of the body (of its snippet, in JShell) that called the await; 0 if unknown. */
    private int callerLine() {
        return WALKER.walk(frames -> frames
                .filter(f -> isUserCode(f.getDeclaringClass()))
                .findFirst()
                .map(f -> bodyLine(f.getClassName(), f.getMethodName(), f.getLineNumber()))
                .orElse(0));
    }

    /** The line of the body where {@code failure} was raised; 0 if unknown. */
    private int raisedLine(Throwable failure) {
        for (StackTraceElement e : failure.getStackTrace()) {
            if (isUserCode(e)) {
                return bodyLine(e.getClassName(), e.getMethodName(), e.getLineNumber());
            }
        }
        return 0;
    }

    /**
     * A line of code as its author sees it; in a JShell snippet, counted from the snippet's first
     * line, as JShell counts it. In the snippet that created the coroutine the count starts at
     * that call; in a method snippet ({@code AsyncBody worker(...) { return t -> ...; }}) it starts
     * after the three lines JDK 17's JShell wraps a method in (package, imports, class). Else 0:
     * unknown.
     */
    private int bodyLine(String className, String method, int line) {
        if (!className.startsWith("REPL.")) {
            return Math.max(line, 0);
        }
        if (className.equals(originClass) && line >= originLine && originLine > 0) {
            return line - originLine + 1;
        }
        boolean inMethodSnippet = !method.startsWith("do_it$") && !method.startsWith("lambda$do_it$")
                && !method.equals("<clinit>") && !method.equals("<init>");
        return inMethodSnippet && line > METHOD_WRAP_LINES ? line - METHOD_WRAP_LINES : 0;
    }

    private static final int METHOD_WRAP_LINES = 4;

    /** Code of the user's: neither the JDK's nor LoopLab's own (a JShell snippet, a test, a program). */
    private static boolean isUserCode(Class<?> c) {
        ClassLoader loader = c.getClassLoader();
        if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
            return false;
        }
        return !Objects.equals(c.getProtectionDomain().getCodeSource(), LOOPLAB);
    }

    private static boolean isUserCode(StackTraceElement e) {
        String module = e.getModuleName();
        if (module != null && (module.startsWith("java.") || module.startsWith("jdk."))) {
            return false;
        }
        try {
            return isUserCode(Class.forName(e.getClassName(), false, ThreadedCoroutine.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError notOurs) {
            return true;      // a class LoopLab cannot see: a JShell snippet's
        }
    }

    private static String labelOf(Object awaited) {
        if (awaited instanceof Queue.Get) {
            return "q.get()";
        }
        if (awaited instanceof Queue.Put) {
            return "q.put(item)";
        }
        if (awaited instanceof Sleep) {
            return "sleep()";
        }
        if (awaited instanceof Task) {
            return "task " + ((Task) awaited).name();
        }
        if (awaited instanceof Future) {
            return "a future";
        }
        if (awaited instanceof ThreadedCoroutine) {
            return ((ThreadedCoroutine) awaited).name + "(...)";
        }
        return awaited.getClass().getSimpleName().isEmpty() ? "a coroutine" : awaited.getClass().getSimpleName();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }

    @Override
    public String toString() {
        return "ThreadedCoroutine[" + name + ", " + state.name().toLowerCase() + ", at " + at.label() + "]";
    }

    private static final Point RUNNING = new Point("running");

    /**
     * Where a user coroutine waits: what it awaits, and the line of the body that awaits it (of its
     * snippet, in JShell); 0 if unknown.
     */
    private record Point(String label, int line) implements SuspensionPoint {
        Point(String label) {
            this(label, 0);
        }

        Point at(int callerLine) {
            return callerLine <= 0 ? this : new Point(label, callerLine);
        }
    }
}
