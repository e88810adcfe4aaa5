package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import looplab.model.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * User coroutines run on virtual threads where the JVM has them and on daemon platform threads on
 * 17; either way the threads of a lab dropped without {@code close()} end once it is unreachable.
 */
@Timeout(120)
class BodyThreadsTest {
    /** Whether {@code t} is virtual ({@code Thread.isVirtual()} exists from 21 on). */
    static boolean isVirtual(Thread t) {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(t);
        } catch (NoSuchMethodException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lab whose {@code n} user coroutines are parked in get(), dropped; their threads. */
    private static List<Thread> parkedInADroppedLab(int n) {
        Lab lab = Lab.create();
        Queue<String> q = lab.queue();
        for (int i = 0; i < n; i++) {
            lab.spawn("u" + i, t -> {
                t.await(q.get());
            });
        }
        lab.run();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            threads.add(lab.userCoroutine("u" + i).thread());
        }
        assertThat(q.getterCount()).isEqualTo(n);
        return threads;
    }

    @Test
    void bodiesRunOnVirtualThreadsExactlyWhenTheJvmHasThem() {
        List<Thread> threads = parkedInADroppedLab(3);
        boolean jdk21 = Runtime.version().feature() >= 21;
        assertThat(BodyThreads.virtual()).isEqualTo(jdk21);
        for (Thread t : threads) {
            assertThat(isVirtual(t)).isEqualTo(jdk21);
            assertThat(t.isDaemon()).isTrue();
            assertThat(t.getName()).startsWith("looplab-u");
        }
    }

    @Test
    void theThreadsOfALabDroppedWithoutCloseEnd() throws InterruptedException {
        List<Thread> threads = parkedInADroppedLab(200);
        for (int round = 0; round < 100 && threads.stream().anyMatch(Thread::isAlive); round++) {
            System.gc();
            threads.get(threads.size() - 1).join(100);
        }
        assertThat(threads).noneMatch(Thread::isAlive);
    }

    /** Runs {@link OnAnotherJvm} on a JDK of 21 or later found beside this one, if there is one. */
    @Test
    void onAJdkWithVirtualThreadsTenThousandBodiesRunOnThem() throws Exception {
        Optional<Path> java = newerJava();
        assumeThat(java).as("a JDK 21+ under /usr/lib/jvm").isPresent();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java.get().toString(), "-cp", classpath, OnAnotherJvm.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(out).contains("10000 virtual, 10000 done");
        assertThat(p.exitValue()).isZero();
    }

    private static Optional<Path> newerJava() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().matches(".*-(2[1-9]|[3-9][0-9])(-jdk)?(-amd64|-arm64)?"))
                    .map(d -> d.resolve("bin").resolve("java")).filter(Files::isExecutable).findFirst();
        }
    }

    /** On the other JVM: ten thousand bodies park in get(), then each gets an item and ends. */
    static final class OnAnotherJvm {
        public static void main(String[] args) {
            int n = 10_000;
            try (Lab lab = Lab.create()) {
                Queue<String> q = lab.queue();
                for (int i = 0; i < n; i++) {
                    lab.spawn("u" + i, t -> {
                        t.await(q.get());
                    });
                }
                lab.run();
                long virtual = 0;
                for (int i = 0; i < n; i++) {
                    virtual += isVirtual(lab.userCoroutine("u" + i).thread()) ? 1 : 0;
                }
                for (int i = 0; i < n; i++) {
                    lab.put("x" + i);
                }
                lab.run();
                long done = 0;
                for (int i = 0; i < n; i++) {
                    done += lab.state("u" + i).equals("done") ? 1 : 0;
                }
                System.out.println(virtual + " virtual, " + done + " done");
            }
        }
    }
}
