package looplab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The anchor's workloads under JMH, to find hot spots ({@code -prof gc}, {@code -prof stack}):
 * {@code mvn -B -ntp -Pjmh test-compile exec:exec -Djmh.args="WorkloadBenchmark -prof gc"}.
 * The score is nanoseconds per item. Not run by the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class WorkloadBenchmark {
    static final int ITEMS = 100_000;

    @Param({"pingpong", "unbounded", "fanin", "yields"})
    public String workload;

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public long run() {
        return Workload.byLabel(workload).run(ITEMS);
    }
}
