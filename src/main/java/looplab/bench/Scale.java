package looplab.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import looplab.command.Command;
import looplab.console.Session;
import looplab.model.Queue;
import looplab.workbook.Lab;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The scale checks of {@code bench scale}: each drives the console's session (lines in, frames
 * out, as the piped console does) or the JShell lab through a world of {@code n} queued items or
 * {@code n} tasks, and reports its time, the bytes it allocated and the bytes it keeps, per item
 * or task. A cost linear in the work is the same per unit at every size.
 */
enum Scale {
    /** One producer of n items, no consumer: {@code spawn producer count=n delay=0 sentinel=off}, {@code run}. */
    CONSOLE_ITEMS("console-items") {
        @Override
        Object run(int n) {
            Session s = session();
            check(s.execute("spawn producer count=" + n + " delay=0 sentinel=off"));
            check(s.execute("run"));
            expect(s.world().queue().qsize(), n, "items queued");
            return s;
        }
    },
    /** n lines {@code put ITEM} at top level: a frame after each, of a queue that grows. */
    CONSOLE_PUTS("console-puts") {
        @Override
        Object run(int n) {
            Session s = session();
            for (int i = 0; i < n; i++) {
                check(s.execute("put x" + i));
            }
            expect(s.world().queue().qsize(), n, "items queued");
            return s;
        }
    },
    /** n lines {@code spawn consumer}, then {@code run}: every consumer parks in get(). */
    CONSOLE_TASKS("console-tasks") {
        @Override
        Object run(int n) {
            Session s = session();
            for (int i = 0; i < n; i++) {
                check(s.execute("spawn consumer"));
            }
            check(s.execute("run"));
            expect(s.world().queue().getters().size(), n, "consumers waiting");
            return s;
        }
    },
    /** The n items of console-items, then {@code trace}: the view's cost, which must not grow with the trace. */
    CONSOLE_TRACE("console-trace") {
        @Override
        Object run(int n) {
            Session s = session();
            check(s.execute("spawn producer count=" + n + " delay=0 sentinel=off"));
            check(s.execute("run"));
            Session.Output out = s.execute("trace");
            check(out);
            return new Object[] {s, out};
        }
    },
    /** The lab's {@code spawnProducer("P count=n delay=0 sentinel=off").run()}. */
    LAB_ITEMS("lab-items") {
        @Override
        Object run(int n) {
            Lab lab = Lab.create();
            lab.spawnProducer("P count=" + n + " delay=0 sentinel=off").run();
            expect(lab.queue().qsize(), n, "items queued");
            return lab;
        }
    },
    /** n calls of the lab's {@code spawnConsumer()}, then {@code run()}. */
    LAB_TASKS("lab-tasks") {
        @Override
        Object run(int n) {
            Lab lab = Lab.create();
            for (int i = 0; i < n; i++) {
                lab.spawnConsumer();
            }
            lab.run();
            expect(lab.queue().getters().size(), n, "consumers waiting");
            return lab;
        }
    },
    /**
     * n user coroutines (thread-backed) spawned and parked in get(), then closed: virtual
     * threads on JDK 21+, platform threads on 17. Only with {@code --only}: on 17, 10⁵ of them
     * are 10⁵ kernel threads.
     */
    LAB_COROUTINES("lab-coroutines") {
        @Override
        Object run(int n) {
            try (Lab lab = Lab.create()) {
                Queue<String> q = lab.queue();
                for (int i = 0; i < n; i++) {
                    lab.spawn("u" + i, t -> {
                        t.await(q.get());
                    });
                }
                lab.run();
                expect(q.getterCount(), n, "coroutines waiting");
            }
            return null;
        }

        @Override
        boolean byDefault() {
            return false;
        }
    };

    /** Whether a plain {@code bench scale} runs this check. */
    boolean byDefault() {
        return true;
    }

    /** What one check at one size cost, in all and per unit (item or task). */
    record Cost(String check, int n, @Column(value = "ms", digits = 0) double ms,
            @Column(value = "us/unit", digits = 2) double microsPerUnit,
            @Column(value = "alloc B/unit", digits = 0) double allocatedPerUnit,
            @Column(value = "kept B/unit", digits = 0) double keptPerUnit) implements Result {
        @Override
        public String measure() {
            return "scale";
        }
    }

    private final String label;

    Scale(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Drives the check's world at size {@code n}; returns what must stay reachable to be weighed. */
    abstract Object run(int n);

    /** Runs the check at size {@code n}, once, after a GC: time, allocation, and the heap it keeps. */
    Cost measure(int n) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = IdleTasks.usedAfterGc();
        long allocated0 = threads.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        Object kept;
        try {
            kept = run(n);
        } catch (OutOfMemoryError e) {
            // What the check held is garbage now: report the failure as a row and go on.
            return new Cost(label + " (out of memory)", n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long ns = System.nanoTime() - t0;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocated0;
        long after = IdleTasks.usedAfterGc();
        Reference.reachabilityFence(kept);
        if (kept instanceof Lab) {
            ((Lab) kept).close();
        }
        return new Cost(label, n, ns / 1e6, ns / 1e3 / n, allocated / (double) n, (after - before) / (double) n);
    }

    private static Session session() {
        return new Session(Command.New.DEFAULT, false);
    }

    private static void check(Session.Output out) {
        if (out.kind() == Session.Kind.ERROR) {
            throw new IllegalStateException("the session refused a line: " + out.text());
        }
    }

    private static void expect(int got, int want, String what) {
        if (got != want) {
            throw new IllegalStateException(got + " " + what + ", " + want + " expected");
        }
    }

    /** picocli: a check by its label. */
    static final class ByLabel implements ITypeConverter<Scale> {
        @Override
        public Scale convert(String value) {
            for (Scale s : values()) {
                if (s.label.equals(value.toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a scale check; one of: "
                    + Arrays.stream(values()).map(Scale::label).collect(Collectors.joining(", ")));
        }
    }
}
