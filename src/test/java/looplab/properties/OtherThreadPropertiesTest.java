package looplab.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import looplab.command.Command;
import looplab.command.Parser;
import looplab.command.QueueKind;
import looplab.command.ScriptError;
import looplab.model.Scheduler;
import looplab.trace.TraceJson;
import looplab.world.TraceEvent;
import looplab.world.World;
import looplab.world.WorldError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the spec's section 6 (another thread's {@code thread put} and {@code threadsafe
 * put}, {@code new debug=on}) over seeded random scripts, each case named by its seed (7000000 +
 * i): no item is lost or duplicated, whoever put it (an item stored before debug mode's
 * RuntimeError counts as put); a loop stuck with a wake-up ready runs nothing until a command of
 * its own thread or a threadsafe put wakes it; and a world replayed from what it applied writes
 * the same trace, byte for byte. Scale with {@code -Dlooplab.props.cases=N} (default 1000).
 */
class OtherThreadPropertiesTest {
    private static final int CASES = Integer.getInteger("looplab.props.cases", 1000);

    @TestFactory
    Stream<DynamicTest> noItemLostAndAStuckLoopRunsNothing() {
        return LongStream.range(0, CASES).map(i -> 7_000_000L + i)
                .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    private static void check(long seed) throws ScriptError, WorldError {
        List<String> lines = script(new SplittableRandom(seed));
        String text = String.join("\n", lines);
        List<TraceEvent> events = new ArrayList<>();
        World world = new World(events::add);
        Map<String, Integer> balance = new HashMap<>();    // item -> put minus taken
        for (String line : lines) {
            Command command = Parser.parseLine(line, 0, world.kind()).orElseThrow();
            boolean stuck = world.loop().stuck();
            long steps = world.steps();
            int from = events.size();
            world.apply(command);
            if (stuck && command.runsTheLoop()) {
                assertThat(world.steps()).as("a stuck loop runs nothing: %s\n%s", line, text).isEqualTo(steps);
                assertThat(world.loop().stuck()).as(text).isTrue();
            }
            for (TraceEvent e : events.subList(from, events.size())) {
                account(e, balance);
            }
            if (command instanceof Command.New) {
                balance.clear();
            }
            Map<String, Integer> queued = new HashMap<>();
            for (String item : world.queue().contents()) {
                queued.merge(String.valueOf(item), 1, Integer::sum);
            }
            balance.values().removeIf(v -> v == 0);
            assertThat(queued).as("put minus taken is what the queue holds, after `%s`\n%s", line, text)
                    .isEqualTo(balance);
        }
        List<TraceEvent> replayed = new ArrayList<>();
        World.replay(world.applied(), Scheduler.FIFO, replayed::add);
        assertThat(replayed.stream().map(TraceJson::line).toList()).as(text)
                .isEqualTo(events.stream().map(TraceJson::line).toList());
    }

    /** Adds what an event put and subtracts what it took, items as strings ("None" for None). */
    private static void account(TraceEvent e, Map<String, Integer> balance) {
        if (e instanceof TraceEvent.PutResult p && p.ok()) {
            balance.merge(String.valueOf(p.item()), 1, Integer::sum);
        } else if (e instanceof TraceEvent.ThreadPutResult p && (p.ok() || "RuntimeError".equals(p.error()))) {
            balance.merge(String.valueOf(p.item()), 1, Integer::sum);
        } else if (e instanceof TraceEvent.ThreadsafePutRan p && p.ok()) {
            balance.merge(String.valueOf(p.item()), 1, Integer::sum);
        } else if (e instanceof TraceEvent.GetResult g && g.ok()) {
            balance.merge(String.valueOf(g.item()), -1, Integer::sum);
        } else if (e instanceof TraceEvent.Stepped s) {
            for (String out : s.out()) {
                if (out.startsWith("Producer ") && out.contains(" added: ")) {
                    balance.merge(out.substring(out.indexOf(" added: ") + 8), 1, Integer::sum);
                } else if (out.startsWith("Consumer ") && out.contains(" got: ")) {
                    balance.merge(out.substring(out.indexOf(" got: ") + 6), -1, Integer::sum);
                } else if (out.startsWith("Consumer ") && out.endsWith(" finished")) {
                    balance.merge("null", -1, Integer::sum);
                } else if (out.startsWith("Producer ") && out.endsWith(" finished")) {
                    balance.merge("null", 1, Integer::sum);
                }
            }
        }
    }

    /** A random script of section 6: small worlds, other threads' puts among the usual commands. */
    private static List<String> script(SplittableRandom r) {
        List<String> lines = new ArrayList<>();
        QueueKind kind = QueueKind.FIFO;
        int items = 0;
        int n = 5 + r.nextInt(25);
        for (int i = 0; i < n; i++) {
            int x = r.nextInt(100);
            String item = r.nextInt(8) == 0 && kind != QueueKind.PRIORITY ? "None" : "i" + items++;
            if (x < 5) {
                kind = QueueKind.values()[r.nextInt(3)];
                lines.add("new maxsize=" + r.nextInt(3) + " kind=" + kind.word() + " debug=" + (r.nextBoolean() ? "on" : "off"));
            } else if (x < 15) {
                lines.add("spawn producer count=" + r.nextInt(4) + " delay=" + (r.nextBoolean() ? "0" : "0.1..0.3")
                        + (kind == QueueKind.PRIORITY ? " sentinel=off" : ""));
            } else if (x < 28) {
                lines.add("spawn consumer delay=" + (r.nextBoolean() ? "0" : "0.05..0.2"));
            } else if (x < 42) {
                lines.add("thread put " + item);
            } else if (x < 52) {
                lines.add("threadsafe put " + item);
            } else if (x < 58) {
                lines.add("put " + item);
            } else if (x < 62) {
                lines.add("get");
            } else if (x < 78) {
                lines.add("step " + r.nextInt(4));
            } else if (x < 88) {
                lines.add("tick");
            } else if (x < 94) {
                lines.add("run until=" + r.nextInt(3) + "." + r.nextInt(10));
            } else {
                lines.add("run");
            }
        }
        return lines;
    }
}
