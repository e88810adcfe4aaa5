package looplab.workbook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine {@code looplab}: snippets run inside JShell's own JVM (no second JVM
 * to start, which is most of a notebook's start-up), all on one thread that lives as long as the
 * session, as they do on the {@code main} thread of JShell's default remote engine.
 *
 * <p>One thread matters because a lab's loop belongs to the thread that drives it: JShell's
 * {@code --execution local} runs every snippet on a new thread, so a thread a snippet starts
 * could find the loop's owner gone and take the loop over, where under the default engine it is
 * refused. Values are shown ({@code toString}) on that thread too. Ctrl-C stops the snippet's
 * thread, as the default engine does; the next snippet gets a new one.
 *
 * <p>Use: {@code jshell --execution looplab -J-cp -Jtarget/looplab.jar --class-path
 * target/looplab.jar ...} (the jar on JShell's class path, where it looks for engines).
 * Unlike the default engine, {@code System.exit} in a snippet ends JShell itself.
 */
public final class OneThreadExecution implements ExecutionControlProvider {

    /** The name given to {@code --execution}. */
    @Override
    public String name() {
        return "looplab";
    }

    @Override
    public Map<String, String> defaultParameters() {
        return Map.of();
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new Control();
    }

    /** JShell's direct engine, with every call into user code on the session's one thread. */
    private static final class Control extends DirectExecutionControl {
        private final ExecutorService snippets = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jshell");
            t.setDaemon(true);
            return t;
        });
        private volatile Thread running;

        @Override
        protected String invoke(Method doitMethod) throws Exception {
            return onSnippetThread(() -> valueString(doitMethod.invoke(null)));
        }

        @Override
        public String varValue(String className, String varName)
                throws RunException, EngineTerminationException, InternalException {
            try {
                return onSnippetThread(() -> super.varValue(className, varName));
            } catch (RunException | EngineTerminationException | InternalException e) {
                throw e;
            } catch (Exception e) {
                throw new InternalException(e.toString());
            }
        }

        private String onSnippetThread(Callable<String> call) throws Exception {
            Future<String> result = snippets.submit(() -> {
                running = Thread.currentThread();
                try {
                    return call.call();
                } finally {
                    running = null;
                }
            });
            try {
                return result.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ThreadDeath
                        || cause instanceof InvocationTargetException && cause.getCause() instanceof ThreadDeath) {
                    throw new StoppedException();
                }
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                throw (Error) cause;
            }
        }

        @SuppressWarnings({"deprecation", "removal"})
        @Override
        public void stop() {
            Thread t = running;
            if (t != null) {
                t.stop();      // what JShell's own engines do on Ctrl-C (ThreadDeath in the snippet)
            }
        }

        @Override
        public void close() {
            snippets.shutdownNow();
            super.close();
        }
    }
}
