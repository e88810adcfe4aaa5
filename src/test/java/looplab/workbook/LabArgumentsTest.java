package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import looplab.world.TraceEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The lab's methods take the arguments the command language takes, and refuse the others as
 * the language does: an {@link IllegalArgumentException} naming the problem (and what to write
 * instead), and the world unchanged. A body that throws an {@link Error} fails its
 * task, as asyncio fails a task on RecursionError or MemoryError.
 */
@Timeout(20)
class LabArgumentsTest {

    private record Bad(String call, Consumer<Lab> action, String message) {}

    @TestFactory
    Stream<DynamicTest> badArgumentsAreRefusedInOneLineAndChangeNothing() {
        List<Bad> bad = List.of(
                new Bad("command(null)", lab -> lab.command(null), "lab.command needs a line, not null"),
                new Bad("spawnProducer(null)", lab -> lab.spawnProducer(null), "spawnProducer needs a name and options"),
                new Bad("spawnConsumer(null)", lab -> lab.spawnConsumer(null), "spawnConsumer needs a name and options"),
                new Bad("spawnProducer(null, 3, 0.1)", lab -> lab.spawnProducer(null, 3, 0.1), "a task needs a name, not null"),
                new Bad("spawnProducer(\"a b\", ...)", lab -> lab.spawnProducer("a b", 3, 0.1),
                        "'a b' cannot be a task name: the commands could not name it"),
                new Bad("spawnProducer(\"count=5\", ...)", lab -> lab.spawnProducer("count=5", 3, 0.1),
                        "'count=5' cannot be a task name"),
                new Bad("spawnConsumer(\"\", 0.1)", lab -> lab.spawnConsumer("", 0.1), "'' cannot be a task name"),
                new Bad("spawnConsumer(\"#x\", 0.1)", lab -> lab.spawnConsumer("#x", 0.1), "'#x' cannot be a task name"),
                new Bad("spawn(\"a\\nb\", body)", lab -> lab.spawn("a\nb", t -> { }), "'a\\nb' cannot be a task name"),
                new Bad("spawnProducer(\"P\", -1, 0.1)", lab -> lab.spawnProducer("P", -1, 0.1), "count must be an integer >= 0, not -1"),
                new Bad("spawnConsumer(\"C\", NaN)", lab -> lab.spawnConsumer("C", Double.NaN), "delay must be a decimal >= 0, not NaN"),
                new Bad("spawnProducer(\"P\", 3, -0.5)", lab -> lab.spawnProducer("P", 3, -0.5), "delay must be a decimal >= 0, not -0.5"),
                new Bad("runUntil(NaN)", lab -> lab.runUntil(Double.NaN), "run until=T needs a time >= 0, not NaN"),
                new Bad("runUntil(-1)", lab -> lab.runUntil(-1), "run until=T needs a time >= 0, not -1.0"),
                new Bad("runUntil(-0.0)", lab -> lab.runUntil(-0.0), "run until=T needs a time >= 0, not -0.0"),
                new Bad("step(-1)", lab -> lab.step(-1), "step needs a number of steps >= 0, not -1"),
                new Bad("tick(-2)", lab -> lab.tick(-2), "tick needs a number of iterations >= 0, not -2"),
                new Bad("cancel(null)", lab -> lab.cancel(null), "cancel needs a task name, not null"),
                new Bad("maxsize(-1)", lab -> lab.maxsize(-1), "maxsize must be an integer >= 0"),
                new Bad("kind(null)", lab -> lab.kind(null), "kind must be fifo, lifo or priority, not null"),
                new Bad("where(null)", lab -> lab.where(null), "where needs a task name, not null"),
                new Bad("help(null)", lab -> lab.help(null), "help needs a command word, not null"),
                new Bad("command(\"show everything\")", lab -> lab.command("show everything"),
                        "show takes no words, not 'everything'"),
                new Bad("command(\"new maxsize=99999999999999999999\")", lab -> lab.command("new maxsize=99999999999999999999"),
                        "maxsize too large: at most 2147483647"));
        return bad.stream().map(b -> DynamicTest.dynamicTest(b.call(), () -> {
            try (Lab lab = Lab.seeded(42)) {
                lab.spawnProducer("P0", 2, 0.1).spawnConsumer("C0", 0.1).step(2);
                String frame = lab.frame();
                List<TraceEvent> events = List.copyOf(lab.events());
                assertThatThrownBy(() -> b.action().accept(lab))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith(b.message())
                        // the reason, and, from the parser, its hint on a line of its own (as the lab writes it)
                        .satisfies(e -> assertThat(e.getMessage().lines()).hasSizeLessThanOrEqualTo(2));
                assertThat(lab.frame()).as("the frame after a refused call").isEqualTo(frame);
                assertThat(lab.events()).as("the trace after a refused call").isEqualTo(events);
            }
        }));
    }

    @Test
    void namesTheLanguageCanReferToAreTaken() {
        try (Lab lab = Lab.create()) {
            lab.spawnProducer("fast-1", 1, 0).spawnConsumer("C.ü", 0).spawn("mine_2", t -> t.print("hi")).run();
            assertThat(lab.taskNames()).containsExactly("fast-1", "C.ü", "mine_2");
            lab.command("cancel fast-1");
            assertThat(lab.state("mine_2")).isEqualTo("done");
        }
    }

    @Test
    void anErrorThrownByABodyFailsItsTask() {
        try (Lab lab = Lab.create()) {
            lab.spawn("deep", t -> recurse(0));
            lab.spawn("greedy", t -> {
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            });
            lab.run();
            assertThat(lab.state("deep")).isEqualTo("failed");
            assertThat(lab.task("deep").exception()).isInstanceOf(StackOverflowError.class);
            assertThat(lab.state("greedy")).isEqualTo("failed");
            assertThat(lab.task("greedy").exception()).isInstanceOf(OutOfMemoryError.class);
            assertThat(lab.trace()).contains("\"task\":\"deep\"", "\"awaiting\":\"failed\"").doesNotContain("\"future\"");
            // The loop goes on: other work is unaffected.
            lab.spawnProducer("P", 1, 0).spawnConsumer("C", 0).run();
            assertThat(lab.state("C")).isEqualTo("done");
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
