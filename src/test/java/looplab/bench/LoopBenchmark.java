package looplab.bench;

import java.util.concurrent.TimeUnit;
import looplab.model.Awaiting;
import looplab.model.Callback;
import looplab.model.EventLoop;
import looplab.model.Future;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The loop's unit costs, one per benchmark and per handle: a {@code call_soon} run in the next
 * iteration, a future completed with a done-callback, a timer through the heap.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class LoopBenchmark {
    static final int N = 10_000;
    private long calls;
    private final Callback count = arg -> calls++;

    @Benchmark
    @OperationsPerInvocation(N)
    public long callSoon() {
        EventLoop loop = new EventLoop();
        for (int i = 0; i < N; i++) {
            loop.callSoon(count, null);
        }
        loop.runUntilIdle();
        return calls;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long futureDoneCallback() {
        EventLoop loop = new EventLoop();
        for (int i = 0; i < N; i++) {
            Future<Object> f = new Future<>(loop, Awaiting.FUTURE);
            f.addDoneCallback(count);
            f.setResult(null);
        }
        loop.runUntilIdle();
        return calls;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long timers() {
        EventLoop loop = new EventLoop();
        for (int i = 0; i < N; i++) {
            loop.callLater((i * 7919L % N) * 1e-3, count, null);
        }
        loop.runUntilIdle();
        return calls;
    }
}
