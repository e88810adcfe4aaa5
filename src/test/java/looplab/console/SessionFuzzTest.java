package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import looplab.command.Command;
import looplab.model.Queue;
import looplab.world.Actor;
import looplab.world.TaskRole;
import looplab.world.TraceEvent;
import looplab.world.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Ten thousand seeded console sessions of hostile and valid lines, each line run by a
 * {@link Session} as the piped console runs it. After every line: no exception escaped; an
 * error is one line that starts with {@code error:} and carries no control character; a
 * rejected line or a view changed nothing (no trace event, the same world, the same frame);
 * every item that entered the queue since the last {@code new} left it or is still in it; and a
 * second run of the same seed (every fourth) gives the same transcript, byte for byte. About as
 * many lines as the audit's 240 sessions of 400, in a few seconds.
 */
class SessionFuzzTest {
    static final int SESSIONS = 10_000;
    static final int BATCH = 500;
    static final int MAX_LINES = 24;

    private static final String[] NAMES = {"P0", "P1", "C0", "C1", "a", "b", "\"w x\"", "été", "x"};
    private static final String[] HOSTILE = {"\"", "#", "=", "\t", "\r", "\u0000", "\u001b", "\u001b[2J", "\u007f",
        "\u0085", "\ufeff", "\u2028", "é", "\uD83D\uDE00", "\uD83D", "\\", ".", "-", " ", "..", "None", "\n"};
    private static final String[] ODD_LINES = {"show everything", "help nosuch", "help stpe", "help spawn extra",
        "new maxsize=99999999999999999999", "new maxsize=2147483648", "spawn producer count=99999999999",
        "spawn producer count=2147483648", "step 99999999999999999999999", "tick 99999999999", "trace 999999999",
        "trace 9999999999", "trace -1", "where", "where nobody", "cancel", "cancel nobody", "\ufeffspawn producer",
        "spawn", "spawn worker", "spawn producer a b", "spawn consumer count=3", "put", "put a b", "put \"a",
        "put a\"b\"", "get x", "run 5", "run until=x", "run until=.5", "run until=1e3", "new kind=heap",
        "new seed=1.5", "new maxsize=1 maxsize=2", "\"spawn\" producer", "spawn producer \"\"", "quit now",
        "exit please", "history extra", "ready 1", "timers x", "tasks count=3", "queue x", "why not",
        "STEP", "Spawn producer", "stpe", "x".repeat(2000), "put " + "y".repeat(2000), "#only a comment",
        "   ", "", "new kind=priority", "put None", "spawn producer sentinel=on"};

    @TestFactory
    Stream<DynamicTest> tenThousandSeededSessions() {
        return IntStream.range(0, SESSIONS / BATCH).mapToObj(batch -> DynamicTest.dynamicTest(
                "sessions " + batch * BATCH + ".." + (batch * BATCH + BATCH - 1), () -> {
                    for (int seed = batch * BATCH; seed < (batch + 1) * BATCH; seed++) {
                        String first = session(seed);
                        if (seed % 4 == 0) {
                            assertThat(session(seed)).as("seed %d: the same seed, the same output", seed).isEqualTo(first);
                        }
                    }
                }));
    }

    /** Runs one session of seed {@code seed}, checking every line; returns its transcript. */
    static String session(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Session session = new Session(Command.New.DEFAULT, rnd.nextInt(4) == 0);
        World world = session.world();
        List<TraceEvent> events = new ArrayList<>();
        world.addListener(events::add);
        StringBuilder transcript = new StringBuilder();
        long inQueue = 0;      // items that entered the queue of this world and did not leave it
        String frame = session.frame().toString();   // the frame as it is: what a refused line must leave
        int lines = 1 + rnd.nextInt(MAX_LINES);
        for (int i = 0; i < lines; i++) {
            String line = line(rnd);
            String where = "seed " + seed + ", line " + (i + 1) + " " + Session.safe(line) + "\n--- so far ---\n"
                    + transcript;
            String before = state(session, frame);
            int eventsBefore = events.size();
            Session.Output out;
            try {
                out = session.execute(line);
            } catch (RuntimeException | Error e) {
                throw new AssertionError(where + "\nthrew " + e, e);
            }
            String text = out.text().toString();
            transcript.append("> ").append(Session.safe(line)).append('\n').append(text).append('\n');
            if (out.kind() == Session.Kind.ERROR) {
                assertThat(text).as(where).startsWith("error: ").doesNotContain("\n")
                        .doesNotContainPattern("[\\x00-\\x1f\\x7f\\x80-\\x9f]");
            }
            if (out.kind() == Session.Kind.CHANGE) {
                frame = text;       // a command's output is the frame after it
            } else {
                assertThat(events.size()).as("%s\nno trace event", where).isEqualTo(eventsBefore);
                assertThat(state(session, session.frame().toString())).as("%s\nthe world unchanged", where)
                        .isEqualTo(before);
            }
            for (TraceEvent e : events.subList(eventsBefore, events.size())) {
                inQueue = account(world, e, inQueue);
            }
            assertThat(world.queue().qsize()).as("%s\nitems conserved", where).isEqualTo(inQueue);
            if (out.quit()) {
                break;
            }
        }
        return transcript.toString();
    }

    /** The count of items in the queue after {@code e}: what entered, less what left. */
    private static long account(World world, TraceEvent e, long inQueue) {
        if (e instanceof TraceEvent.NewWorld) {
            return 0;
        }
        if (e instanceof TraceEvent.PutResult put) {
            return inQueue + (put.ok() ? 1 : 0);
        }
        if (e instanceof TraceEvent.ThreadPutResult put) {
            // in debug mode the RuntimeError comes after the item was stored (spec section 6)
            return inQueue + (put.ok() || "RuntimeError".equals(put.error()) ? 1 : 0);
        }
        if (e instanceof TraceEvent.ThreadsafePutRan put) {
            return inQueue + (put.ok() ? 1 : 0);
        }
        if (e instanceof TraceEvent.GetResult get) {
            return inQueue - (get.ok() ? 1 : 0);
        }
        if (e instanceof TraceEvent.Stepped step) {
            Actor actor = world.task(step.task());
            // a producer prints once per item it put (and once for None), a consumer once per item it got
            int sign = actor.taskRole() == TaskRole.PRODUCER ? 1 : actor.taskRole() == TaskRole.CONSUMER ? -1 : 0;
            return inQueue + sign * step.out().size();
        }
        return inQueue;
    }

    /** What a line could change: the loop, the queue, the tasks, what was applied, and the frame. */
    private static String state(Session session, String frame) {
        World world = session.world();
        Queue<String> q = world.queue();
        StringBuilder b = new StringBuilder();
        b.append(world.setup()).append(' ').append(world.loop().time()).append(' ').append(world.loop().iterations())
                .append(' ').append(world.loop().taskSteps()).append(' ').append(world.loop().handlesRun())
                .append(' ').append(q.contents()).append(' ').append(q.unfinishedTasks()).append(' ')
                .append(world.applied().size());
        for (Actor a : world.tasks()) {
            b.append(' ').append(a.name()).append('=').append(a.task().awaiting().word());
        }
        return b.append('\n').append(frame).toString();
    }

    /** A line: valid, odd, mutated or random. */
    static String line(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        if (r < 55) {
            return valid(rnd);
        }
        if (r < 70) {
            return ODD_LINES[rnd.nextInt(ODD_LINES.length)];
        }
        if (r < 92) {
            return mutate(valid(rnd), rnd);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = rnd.nextInt(12); i < n; i++) {
            b.append(rnd.nextBoolean() ? HOSTILE[rnd.nextInt(HOSTILE.length)] : (char) ('a' + rnd.nextInt(26)));
        }
        return b.toString();
    }

    private static String mutate(String line, SplittableRandom rnd) {
        StringBuilder b = new StringBuilder(line);
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
            int at = rnd.nextInt(b.length() + 1);
            if (rnd.nextInt(4) == 0 && b.length() > 0 && at < b.length()) {
                b.deleteCharAt(at);
            } else {
                b.insert(at, HOSTILE[rnd.nextInt(HOSTILE.length)]);
            }
        }
        return b.toString();
    }

    private static String valid(SplittableRandom rnd) {
        String name = rnd.nextInt(3) == 0 ? " " + NAMES[rnd.nextInt(NAMES.length)] : "";
        String delay = rnd.nextBoolean() ? " delay=0" : rnd.nextBoolean() ? " delay=0.1..0.3" : "";
        switch (rnd.nextInt(16)) {
            case 0:
                return "new" + (rnd.nextBoolean() ? " maxsize=" + rnd.nextInt(4) : "") + (rnd.nextBoolean() ? " seed=" + rnd.nextInt(-5, 100) : "")
                        + (rnd.nextInt(3) == 0 ? " kind=" + new String[] {"fifo", "lifo", "priority"}[rnd.nextInt(3)] : "")
                        + (rnd.nextInt(4) == 0 ? " debug=on" : "");
            case 1: case 2:
                return "spawn producer" + name + " count=" + (rnd.nextBoolean() ? rnd.nextInt(8) : "1..6") + delay
                        + (rnd.nextInt(4) == 0 ? " sentinel=off" : "");
            case 3: case 4:
                return "spawn consumer" + name + delay;
            case 5:
                return new String[] {"put ", "put ", "put ", "thread put ", "threadsafe put "}[rnd.nextInt(5)]
                        + (rnd.nextInt(5) == 0 ? "None" : rnd.nextBoolean() ? "\"two words\"" : "i" + rnd.nextInt(50));
            case 6:
                return "get";
            case 7:
                return "cancel " + NAMES[rnd.nextInt(NAMES.length)];
            case 8: case 9:
                return "step" + (rnd.nextBoolean() ? " " + rnd.nextInt(6) : "");
            case 10:
                return "tick" + (rnd.nextBoolean() ? " " + rnd.nextInt(4) : "");
            case 11:
                return rnd.nextBoolean() ? "run" : "run until=" + rnd.nextInt(3) + "." + rnd.nextInt(10);
            case 12:
                return new String[] {"show", "queue", "tasks", "ready", "timers", "why", "history"}[rnd.nextInt(7)];
            case 13:
                return "where " + NAMES[rnd.nextInt(NAMES.length)];
            case 14:
                return "trace " + rnd.nextInt(4);
            default:
                return rnd.nextInt(20) == 0 ? "quit" : "help " + new String[] {"step", "spawn", "exit", "nosuch"}[rnd.nextInt(4)];
        }
    }
}
