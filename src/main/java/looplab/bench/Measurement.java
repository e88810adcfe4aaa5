package looplab.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * A measured workload: items and the seconds one run took (the median of the measured runs). Its
 * JSON line is the anchor's, {@code {"workload", "items", "seconds", "ns_per_item"}}, rounded as
 * the anchor rounds; compared with CPython ({@link #against}), it adds {@code cpython_ns_per_item}
 * and {@code ratio}.
 *
 * <p>Three diagnostics, which only the table shows, come along: the CPU time of the whole JVM (GC
 * threads included) and the bytes the bench thread allocated, both per item and averaged over the
 * measured runs, and how many runs were measured.
 *
 * @param workload the anchor's name of the workload
 * @param items items per run
 * @param seconds the median run's wall time
 * @param nsPerItem {@code seconds} per item, in nanoseconds
 * @param cpythonNsPerItem the anchor's ns per item on CPython, or null when not compared
 * @param ratio {@code cpythonNsPerItem / nsPerItem}, or null when not compared
 * @param cpuNsPerItem JVM CPU time per item
 * @param bytesPerItem bytes allocated per item by the measuring thread
 * @param runs how many runs were measured
 */
public record Measurement(String workload, long items, @Column(digits = 4) double seconds,
        @Column("ns/item") double nsPerItem,
        @Column("cpython ns/item") Double cpythonNsPerItem,
        Double ratio,
        @Column(value = "cpu ns/item", json = false) double cpuNsPerItem,
        @Column(value = "B/item", json = false) double bytesPerItem,
        @Column(json = false) int runs) implements Result {
    /** This measurement side by side with CPython's {@code cpythonNs} per item for the same workload. */
    public Measurement against(double cpythonNs) {
        return new Measurement(workload, items, seconds, nsPerItem, cpythonNs, cpythonNs / nsPerItem, cpuNsPerItem,
                bytesPerItem, runs);
    }

    /**
     * Runs {@code workload} until it is warm, then measures it: at least {@code runs} runs, and more
     * until {@code minSeconds} have gone by (so that small sizes are timed over many runs).
     */
    public static Measurement of(Workload workload, int items, int runs, double minSeconds, double warmUpSeconds) {
        return of(workload.label(), workload::run, items, runs, minSeconds, warmUpSeconds, WARM_UP_ITEMS);
    }

    /** Items per warm-up run: the same code runs at every size, so small sizes are warmed up at this one. */
    static final int WARM_UP_ITEMS = 100_000;

    /** The same for any run of {@code items} items ({@code run} checks them and returns how many went through). */
    static Measurement of(String label, IntToLongFunction run, int items, int runs, double minSeconds, double warmUpSeconds,
            int warmUpItems) {
        warmUp(run, warmUpItems, warmUpSeconds);
        if (items < warmUpItems) {
            warmUp(run, items, warmUpSeconds);        // and at the size measured, whose mix of code differs
        }
        double[] times = new double[Math.max(runs, 1)];
        int n = 0;
        long cpu0 = processCpuNanos();
        long bytes0 = allocatedBytes();
        long start = System.nanoTime();
        while (n < runs || (System.nanoTime() - start) * 1e-9 < minSeconds && n < 100_000) {
            long t0 = System.nanoTime();
            run.applyAsLong(items);
            long t1 = System.nanoTime();
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = (t1 - t0) * 1e-9;
        }
        double perItem = 1.0 / ((double) items * n);
        double seconds = median(Arrays.copyOf(times, n));
        return new Measurement(label, items, seconds, seconds * 1e9 / items, null, null,
                (processCpuNanos() - cpu0) * perItem, (allocatedBytes() - bytes0) * perItem, n);
    }

    /** Runs {@code run} at {@code size} items for {@code seconds}, and at least three times. */
    static void warmUp(IntToLongFunction run, int size, double seconds) {
        long start = System.nanoTime();
        for (int i = 0; i < 3 || (System.nanoTime() - start) * 1e-9 < seconds; i++) {
            run.applyAsLong(size);
        }
    }

    /** CPU time of the whole JVM, or -1 where the platform does not say. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Bytes allocated so far by this thread, or -1 where the platform does not say. */
    static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
