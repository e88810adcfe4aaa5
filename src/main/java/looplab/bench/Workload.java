package looplab.bench;

import java.util.Locale;
import looplab.model.EventLoop;
import looplab.model.Task;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The four workloads of the anchor ({@code ../shared/bench/asyncio_bench.py}), in its order. */
public enum Workload {
    /** 1 producer, {@code Queue(1)}, 1 consumer: a task switch per item. */
    PINGPONG {
        @Override
        WorkloadMain main(EventLoop loop, int items) {
            return new PingPong(loop, items, 1);
        }
    },
    /** 1 producer, {@code Queue()}, 1 consumer: the producer runs ahead. */
    UNBOUNDED {
        @Override
        WorkloadMain main(EventLoop loop, int items) {
            return new PingPong(loop, items, 0);
        }
    },
    /** 100 producers, {@code Queue(100)}, 10 consumers, sentinels after the producers. */
    FANIN {
        @Override
        WorkloadMain main(EventLoop loop, int items) {
            return new FanIn(loop, items);
        }

        @Override
        public long expected(int items) {
            return (long) (items / FanIn.PRODUCERS) * FanIn.PRODUCERS;
        }
    },
    /** 10,000 tasks doing {@code sleep(0)}: the ready queue alone. */
    YIELDS {
        @Override
        WorkloadMain main(EventLoop loop, int items) {
            return new Yields(loop, items);
        }

        @Override
        public long expected(int items) {
            return (long) (items / Yields.TASKS) * Yields.TASKS;
        }
    };

    abstract WorkloadMain main(EventLoop loop, int items);

    /** The anchor's name, such as {@code pingpong}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The workload named {@code label}, or null. */
    public static Workload byLabel(String label) {
        for (Workload w : values()) {
            if (w.label().equals(label)) {
                return w;
            }
        }
        return null;
    }

    /** Reads {@code --only NAME}: the workload of that name, else a usage error listing them. */
    static final class ByLabel implements ITypeConverter<Workload> {
        @Override
        public Workload convert(String value) {
            Workload w = byLabel(value);
            if (w == null) {
                throw new TypeConversionException("no workload named '" + value + "' (pingpong, unbounded, fanin, yields)");
            }
            return w;
        }
    }

    /** How many items must go all the way through for {@code items} (the anchor rounds down per task). */
    public long expected(int items) {
        return items;
    }

    /**
     * One run, as {@code asyncio.run(work(items))}: a fresh loop, the workload as its main task,
     * run until idle. Checks that every item went through.
     *
     * @return how many items went through
     * @throws IllegalStateException if the run did not finish or lost items
     */
    public long run(int items) {
        EventLoop loop = new EventLoop();
        WorkloadMain main = main(loop, items);
        Task task = loop.createTask("main", main);
        loop.runUntilIdle();
        if (!task.done()) {
            throw new IllegalStateException(label() + ": the main task did not finish");
        }
        task.result();                                   // rethrows what the workload raised
        long delivered = main.delivered();
        if (delivered != expected(items)) {
            throw new IllegalStateException(label() + ": " + delivered + " items went through, "
                    + expected(items) + " expected");
        }
        return delivered;
    }
}
