package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.IntConsumer;
import looplab.command.Command;
import looplab.workbook.Lab;
import org.junit.jupiter.api.Test;

/**
 * The console's and the lab's cost per queued item and per task does not grow with the world:
 * the bytes allocated per unit at 10× the size stay within a small factor (a cost quadratic in
 * the size would multiply them by about ten). Bytes, not time, so that a busy machine cannot
 * fail it; {@code looplab bench scale} measures the times.
 */
class ScaleTest {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static double bytesPerUnit(IntConsumer work, int n) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        work.accept(n);
        return (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) n;
    }

    private static void assertFlat(IntConsumer work) {
        work.accept(500);              // warm: the first run loads and compiles
        double small = bytesPerUnit(work, 2_000);
        double large = bytesPerUnit(work, 20_000);
        assertThat(large).as("bytes per unit at 20,000 (%.0f) against 2,000", large).isLessThan(small * 1.6);
    }

    @Test
    void aQueueOfManyItemsCostsTheSamePerItemInTheConsole() {
        assertFlat(n -> {
            Session s = new Session(Command.New.DEFAULT, false);
            s.execute("spawn producer count=" + n + " delay=0 sentinel=off");
            s.execute("run");
            s.execute("trace");
            assertThat(s.world().queue().qsize()).isEqualTo(n);
        });
    }

    @Test
    void spawningManyTasksCostsTheSamePerTaskInTheConsole() {
        assertFlat(n -> {
            Session s = new Session(Command.New.DEFAULT, false);
            for (int i = 0; i < n; i++) {
                s.execute("spawn consumer");
            }
            s.execute("run");
            assertThat(s.world().queue().getterCount()).isEqualTo(n);
        });
    }

    @Test
    void aQueueOfManyItemsCostsTheSamePerItemInTheLab() {
        assertFlat(n -> {
            try (Lab lab = Lab.create()) {
                lab.spawnProducer("P count=" + n + " delay=0 sentinel=off").run();
                assertThat(lab.items()).hasSize(n);
            }
        });
    }
}
