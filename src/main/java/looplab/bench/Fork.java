package looplab.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * As JMH does, the bench measures in a JVM of its own, started with fixed options, so that its
 * numbers do not depend on how the {@code java} that launched LoopLab was started. The option that
 * matters is the collector: LoopLab runs the model on one thread, and on a busy two-core machine
 * the default G1 (two parallel and two refinement threads, barriers on every reference store)
 * costs the bench several times what the serial collector does.
 */
final class Fork {
    /** The options of the measuring JVM, unless {@code --jvm-args} says otherwise. */
    static final String DEFAULT_JVM_ARGS = "-XX:+UseSerialGC";

    private Fork() {}

    /** Runs {@code looplab bench args --in-process} in a new JVM, {@code args} starting with a subcommand; returns its exit status. */
    static int run(String jvmArgs, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : jvmArgs.trim().split("\\s+")) {
            if (!a.isEmpty()) {
                command.add(a);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("looplab.Main");
        command.add("bench");
        command.addAll(args);
        command.add("--in-process");
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new IOException("cannot start a JVM to measure in (try --in-process): " + e.getMessage(), e);
        }
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            throw e;
        }
    }

    /** This JVM, for the header: version and collectors. */
    static String describeJvm() {
        StringJoiner gcs = new StringJoiner(" + ");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(gc.getName());
        }
        return "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + Runtime.getRuntime().availableProcessors() + " cpus, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, gc: " + gcs;
    }
}
