package looplab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code looplab bench}: the anchor's four workloads on the model, one line each, optionally side
 * by side with CPython's asyncio running the anchor itself; and the extra measurements of issue 5.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs the workloads of ../shared/bench/asyncio_bench.py on LoopLab's model "
                + "(after a warm-up; the median of the measured runs) and prints one line per workload.",
                "With --json the lines are the anchor's JSON: workload, items, seconds, ns_per_item."})
public final class BenchCommand implements Callable<Integer> {
    static final int USAGE = 2;

    @Option(names = "--items", paramLabel = "N", defaultValue = "1000000", description = "Items per workload (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--only", paramLabel = "NAME", description = "Run only this workload: pingpong, unbounded, fanin or yields.")
    String only;

    @Option(names = "--json", description = "Print JSON lines (the anchor's format) instead of a table.")
    boolean json;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Measured runs per workload, after the warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "0.5", description = "Warm-up per workload, at 100,000 items whatever --items (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--vs-python", description = "Also run the anchor on CPython with the same --items, and print the ratio per workload.")
    boolean vsPython;

    @Option(names = "--anchor", paramLabel = "PATH", defaultValue = "../shared/bench/asyncio_bench.py", description = "The anchor script (default: ${DEFAULT-VALUE}).")
    Path anchor;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "python3", description = "The Python that runs the anchor (default: ${DEFAULT-VALUE}).")
    String python;

    @Option(names = "--memory", description = "Memory per idle task: --count tasks parked in await q.get(), heap after GC.")
    boolean memory;

    @Option(names = "--timers", description = "--count timers (call_later) scheduled, then run.")
    boolean timers;

    @Option(names = "--sizes", description = "Cost per item of each workload at 10^3, 10^5 and 10^7 items.")
    boolean sizes;

    @Option(names = "--frame", description = "The console's frame render time with 1,000 tasks (--tasks).")
    boolean frame;

    @Option(names = "--tasks", paramLabel = "N", defaultValue = "1000", description = "Tasks in the world of --frame (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--startup", description = "Time from launch to the console's first prompt, in a pty (tmux) and with stdin a pipe (--runs launches).")
    boolean startup;

    @Option(names = "--jar", paramLabel = "PATH", description = "The jar whose console --startup launches (default: this jar, or target/looplab.jar).")
    Path jar;

    @Option(names = "--user-coroutines", description = "pingpong with the producer and consumer as user (thread-backed) coroutines;"
            + " 20,000 items unless --items is given; with --vs-python, against the anchor's pingpong.")
    boolean userCoroutines;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000000", description = "Tasks for --memory, timers for --timers (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--in-process", description = "Measure in this JVM, as it was started, instead of a JVM of the bench's own.")
    boolean inProcess;

    @Option(names = "--jvm-args", paramLabel = "ARGS", defaultValue = Fork.DEFAULT_JVM_ARGS,
            description = "Options of the JVM that measures (default: ${DEFAULT-VALUE}: the model runs on one thread).")
    String jvmArgs;

    @Spec
    CommandSpec spec;

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    /** Sends the output elsewhere (tests). */
    BenchCommand to(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        return this;
    }

    @Override
    public Integer call() {
        List<Workload> workloads = new ArrayList<>();
        for (Workload w : Workload.values()) {
            if (only == null || w.label().equals(only)) {
                workloads.add(w);
            }
        }
        if (workloads.isEmpty()) {
            err.println("bench: no workload named '" + only + "' (pingpong, unbounded, fanin, yields)");
            return USAGE;
        }
        if (items <= 0 || count <= 0 || runs <= 0) {
            err.println("bench: --items, --count and --runs must be positive");
            return USAGE;
        }
        if (vsPython && !anchor.toFile().isFile()) {
            err.println("bench: the anchor was not found at " + anchor + " (give its path with --anchor)");
            return USAGE;
        }
        if (!inProcess) {
            try {
                List<String> args = spec.commandLine().getParseResult().originalArgs();
                return Fork.run(jvmArgs, args.subList(args.indexOf(spec.name()) + 1, args.size()));
            } catch (IOException e) {
                err.println("bench: cannot start a JVM to measure in (try --in-process): " + e.getMessage());
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        if (!json) {
            out.println("# " + Fork.describeJvm());
        }
        boolean extras = memory || timers || sizes || frame || startup || userCoroutines;
        if (!extras || vsPython && !userCoroutines) {
            int rc = workloads(workloads);
            if (rc != 0) {
                return rc;
            }
        }
        if (userCoroutines) {
            int rc = userCoroutines();
            if (rc != 0) {
                return rc;
            }
        }
        if (sizes) {
            sizes(workloads);
        }
        if (timers) {
            timers();
        }
        if (memory) {
            memory();
        }
        if (frame) {
            frame();
        }
        if (startup) {
            return startup();
        }
        return 0;
    }

    private int workloads(List<Workload> workloads) {
        List<Measurement> results = new ArrayList<>();
        if (!json) {
            out.printf("%-10s %10s %10s %10s %12s %10s%n", "workload", "items", "seconds", "ns/item", "cpu ns/item", "B/item");
        }
        for (Workload w : workloads) {
            Measurement m = Measurement.of(w, items, runs, 0, warmup);
            results.add(m);
            if (!json) {
                row(m);
            } else if (!vsPython) {
                out.println(m.json());
            }
            out.flush();
        }
        if (!vsPython) {
            return 0;
        }
        if (!json) {
            out.println("running the anchor on " + python + ": " + anchor + " --items " + items + (only == null ? "" : " --only " + only));
            out.flush();
        }
        Map<String, Double> cpython;
        try {
            cpython = Anchor.run(python, anchor, items, only);
        } catch (IOException | RuntimeException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        }
        if (!json) {
            out.printf("%-10s %10s %16s %16s %10s%n", "workload", "items", "looplab ns/item", "cpython ns/item", "ratio");
        }
        for (Measurement m : results) {
            Double py = cpython.get(m.workload());
            if (py == null) {
                err.println("bench: the anchor printed no line for " + m.workload());
                return 1;
            }
            double ratio = py / m.nsPerItem();
            if (json) {
                String line = m.json();
                out.println(line.substring(0, line.length() - 1) + ", \"cpython_ns_per_item\": " + Measurement.py(py, 1)
                        + ", \"ratio\": " + Measurement.py(ratio, 1) + "}");
            } else {
                out.printf(Locale.ROOT, "%-10s %10d %16.1f %16.1f %9.1fx%n", m.workload(), m.items(), m.nsPerItem(), py, ratio);
            }
        }
        return 0;
    }

    private void row(Measurement m) {
        out.printf(Locale.ROOT, "%-10s %10d %10.4f %10.1f %12.1f %10.1f%n", m.workload(), m.items(), m.seconds(),
                m.nsPerItem(), m.cpuNsPerItem(), m.bytesPerItem());
    }

    private int userCoroutines() {
        int n = spec.commandLine().getParseResult().hasMatchedOption("--items") ? items : 20_000;
        Measurement m = Measurement.of(UserPingPong.LABEL, UserPingPong::run, n, runs, 0, warmup, Math.min(n, 2_000));
        String line = m.json();
        if (!vsPython) {
            if (json) {
                out.println(line);
            } else {
                out.printf(Locale.ROOT, "user coroutines: pingpong, %d items: %.1f ns per item (%.1f CPU ns, %.1f B allocated by the loop's thread)%n",
                        n, m.nsPerItem(), m.cpuNsPerItem(), m.bytesPerItem());
            }
            out.flush();
            return 0;
        }
        Double py;
        try {
            py = Anchor.run(python, anchor, n, "pingpong").get("pingpong");
        } catch (IOException | RuntimeException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        }
        if (py == null) {
            err.println("bench: the anchor printed no line for pingpong");
            return 1;
        }
        if (json) {
            out.println(line.substring(0, line.length() - 1) + ", \"cpython_ns_per_item\": " + Measurement.py(py, 1)
                    + ", \"ratio\": " + Measurement.py(py / m.nsPerItem(), 1) + "}");
        } else {
            out.printf(Locale.ROOT, "user coroutines: pingpong, %d items: %.1f ns per item; CPython's asyncio %.1f; ratio %.2fx%n",
                    n, m.nsPerItem(), py, py / m.nsPerItem());
        }
        out.flush();
        return 0;
    }

    private void sizes(List<Workload> workloads) {
        int[] sizes = {1_000, 100_000, 10_000_000};
        if (!json) {
            out.printf("%-10s %10s %10s %10s %12s %10s %6s%n", "workload", "items", "seconds", "ns/item", "cpu ns/item", "B/item", "runs");
        }
        for (Workload w : workloads) {
            for (int n : sizes) {
                // Small sizes are timed over many runs (0.5 s at least), the largest over --runs.
                Measurement m = Measurement.of(w, n, n >= 10_000_000 ? Math.min(runs, 3) : runs, n >= 10_000_000 ? 0 : 0.5, warmup);
                if (json) {
                    out.println(m.json());
                } else {
                    out.printf(Locale.ROOT, "%-10s %10d %10.4f %10.1f %12.1f %10.1f %6d%n", m.workload(), m.items(), m.seconds(),
                            m.nsPerItem(), m.cpuNsPerItem(), m.bytesPerItem(), m.runs());
                }
                out.flush();
            }
        }
    }

    private void timers() {
        Timers.Result r = Timers.measure(count);
        if (json) {
            out.println("{\"measure\": \"timers\", \"timers\": " + r.timers()
                    + ", \"schedule_ns_per_timer\": " + Measurement.py(r.scheduleNs(), 1)
                    + ", \"run_ns_per_timer\": " + Measurement.py(r.runNs(), 1)
                    + ", \"bytes_per_pending_timer\": " + Measurement.py(r.bytesPerPending(), 1) + "}");
        } else {
            out.printf(Locale.ROOT, "timers: %d scheduled at %.1f ns each (%.1f bytes each while pending), run at %.1f ns each%n",
                    r.timers(), r.scheduleNs(), r.bytesPerPending(), r.runNs());
        }
        out.flush();
    }

    private void frame() {
        Frames.Result r = Frames.measure(tasks);
        if (json) {
            out.println("{\"measure\": \"frame\", \"tasks\": " + r.tasks() + ", \"lines\": " + r.lines()
                    + ", \"first_ms\": " + Measurement.py(r.firstMs(), 3) + ", \"median_ms\": " + Measurement.py(r.medianMs(), 3)
                    + ", \"p99_ms\": " + Measurement.py(r.p99Ms(), 3) + "}");
        } else {
            out.printf(Locale.ROOT, "frame: %d tasks, %d lines: first %.3f ms, then median %.3f ms, p99 %.3f ms%n",
                    r.tasks(), r.lines(), r.firstMs(), r.medianMs(), r.p99Ms());
        }
        out.flush();
    }

    private int startup() {
        Path launched = jar;
        if (launched == null) {
            String classPath = System.getProperty("java.class.path");
            launched = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                    ? Path.of(classPath) : Path.of("target", "looplab.jar");
        }
        Startup.Result r;
        try {
            r = Startup.measure(launched, runs);
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        if (json) {
            out.println("{\"measure\": \"startup\", \"runs\": " + r.runs() + ", \"pty_ms\": " + Measurement.py(r.ptyMs(), 1)
                    + ", \"pipe_ms\": " + Measurement.py(r.pipeMs(), 1) + "}");
        } else {
            out.printf(Locale.ROOT, "startup: java -jar %s to the first prompt, median of %d: %.1f ms in a pty (tmux), %.1f ms with stdin a pipe%n",
                    launched, r.runs(), r.ptyMs(), r.pipeMs());
        }
        out.flush();
        return 0;
    }

    private void memory() {
        double bytes = IdleTasks.bytesPerTask(count);
        if (json) {
            out.println("{\"measure\": \"idle_tasks\", \"tasks\": " + count + ", \"bytes_per_task\": " + Measurement.py(bytes, 1) + "}");
        } else {
            out.printf(Locale.ROOT, "memory: %d idle tasks (each parked in await q.get()), %.1f bytes per task%n", count, bytes);
        }
        out.flush();
    }
}
