package looplab.workbook;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The threads that run user coroutines' bodies: virtual threads on a JVM that has them (21 and
 * later), found at run time so that LoopLab still builds and runs on 17, where each body gets a
 * daemon platform thread with a small stack. A parked body then costs a few hundred bytes of heap
 * instead of a kernel thread, and spawning ten thousand of them takes a fraction of a second
 * instead of tens of seconds.
 */
final class BodyThreads {
    /** The stack of a platform body thread: bodies are shallow. */
    private static final long STACK_SIZE = 512 * 1024;
    /** {@code Thread.ofVirtual()}, or null on a JVM without virtual threads. */
    private static final MethodHandle OF_VIRTUAL;
    /** {@code Thread.Builder.name(String)}. */
    private static final MethodHandle NAME;
    /** {@code Thread.Builder.start(Runnable)}. */
    private static final MethodHandle START;

    static {
        MethodHandle ofVirtual = null;
        MethodHandle name = null;
        MethodHandle start = null;
        try {
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            ofVirtual = lookup.findStatic(Thread.class, "ofVirtual",
                    MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual")));
            name = lookup.findVirtual(builder, "name", MethodType.methodType(builder, String.class));
            start = lookup.findVirtual(builder, "start", MethodType.methodType(Thread.class, Runnable.class));
        } catch (ReflectiveOperationException e) {
            ofVirtual = null;      // JDK 17 to 20: platform threads
        }
        OF_VIRTUAL = ofVirtual;
        NAME = name;
        START = start;
    }

    private BodyThreads() {}

    /** Whether bodies run on virtual threads in this JVM. */
    static boolean virtual() {
        return OF_VIRTUAL != null;
    }

    /** Starts {@code body} on a thread named {@code name}: virtual if the JVM can, else a daemon. */
    static Thread start(String name, Runnable body) {
        if (OF_VIRTUAL != null) {
            try {
                Object builder = NAME.invoke(OF_VIRTUAL.invoke(), name);
                return (Thread) START.invoke(builder, body);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot start a virtual thread", e);
            }
        }
        Thread thread = new Thread(null, body, name, STACK_SIZE);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
