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
import looplab.console.Session;
import looplab.model.LoopObserver;
import looplab.model.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Time travel is exact, over random seeded scripts: for every task step {@code k} of the last
 * world, {@code goto k} shows the frame the world had right after step {@code k}, byte for byte,
 * whichever way the session got there; and a command typed there continues exactly as if the
 * world had stopped there.
 *
 * <p>"The frame right after step k" is known without time travel: in scripts that step one task
 * step at a time it is the frame {@code step} printed; inside a longer command it is the frame
 * of that command stopped (as Ctrl-C stops it) right after step {@code k}'s handle, less the line
 * that says it was stopped.
 */
class TimeTravelPropertiesTest {
    private static final String STOPPED_LINE = "   stopped by Ctrl-C between two handles: the world is consistent\n";

    /** Scripts that step one task step at a time: every frame is one {@code step} printed. */
    @TestFactory
    Stream<DynamicTest> gotoKShowsTheFrameStepKPrinted() {
        return LongStream.range(0, 60).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            List<String> lines = stepwise(seed);
            Session session = new Session(Command.New.DEFAULT, false);
            Map<Long, String> frames = forward(session, lines);
            long n = session.world().steps();
            String script = String.join("\n", lines);
            for (long k = 0; k <= n; k++) {
                assertThat(frameOf(session.execute("goto " + k))).as("goto %d of %d in\n%s", k, n, script)
                        .isEqualTo(frames.get(k));
            }
            // A walk of backs, forwards and gotos lands on the same frames.
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int i = 0; i < 30; i++) {
                String move = switch (rnd.nextInt(3)) {
                    case 0 -> "back " + rnd.nextInt(4);
                    case 1 -> "forward " + rnd.nextInt(4);
                    default -> "goto " + rnd.nextLong(n + 1);
                };
                Session.Output out = session.execute(move);
                long at = session.timeMachine().viewedStep();
                if (out.kind() == Session.Kind.TRAVEL) {
                    assertThat(frameOf(out)).as("%s to step %d in\n%s", move, at, script).isEqualTo(frames.get(at));
                }
                assertThat(session.frame().toString()).isEqualTo(frames.get(at));
            }
        }));
    }

    /** Scripts with {@code step N}, {@code tick}, {@code run}, {@code run until}: a moment inside a command too. */
    @TestFactory
    Stream<DynamicTest> gotoKShowsTheCommandStoppedRightAfterStepK() {
        return LongStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Gen.Config cfg = Gen.Config.valid();
            cfg.maxLength = 30;
            List<String> lines = texts(Gen.script(seed, cfg));
            Session session = new Session(Command.New.DEFAULT, false);
            Map<Long, String> atZero = forward(session, lines);
            long n = session.world().steps();
            String script = String.join("\n", lines);
            String trace = session.execute("trace").text().toString();
            for (long k = 0; k <= n; k++) {
                Session.Output out = session.execute("goto " + k);
                String expected = k == 0 ? atZero.get(0L) : k == n ? session.frame().toString() : stoppedAfter(lines, k);
                assertThat(frameOf(out)).as("goto %d of %d in\n%s", k, n, script).isEqualTo(expected);
            }
            // Forward to the present changes nothing: the trace is the whole run's.
            session.execute("goto " + n);
            assertThat(session.execute("trace").text().toString()).isEqualTo(trace);
        }));
    }

    /** A command typed in the past continues from there: the frame and the trace of a world stopped there. */
    @TestFactory
    Stream<DynamicTest> aCommandInThePastContinuesAsIfTheWorldHadStoppedThere() {
        return LongStream.range(0, 30).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Gen.Config cfg = Gen.Config.valid();
            cfg.maxLength = 25;
            List<String> lines = texts(Gen.script(seed, cfg));
            Session probe = new Session(Command.New.DEFAULT, false);
            forward(probe, lines);
            long n = probe.world().steps();
            if (n < 2) {
                return;
            }
            long k = 1 + new SplittableRandom(seed).nextLong(n - 1);
            String then = "put zz" + seed;
            Session session = new Session(Command.New.DEFAULT, false);
            forward(session, lines);
            session.execute("goto " + k);
            Session.Output out = session.execute(then);
            assertThat(out.text().toString()).startsWith(
                    (n - k == 1 ? "the 1 step after step " + k + " is discarded" : "the " + (n - k)
                            + " steps after step " + k + " are discarded") + "\n");
            Session stopped = stoppedSession(lines, k);
            Session.Output expected = stopped.execute(then);
            assertThat(frameOf(out, 1)).as("%s at step %d in\n%s", then, k, String.join("\n", lines))
                    .isEqualTo(expected.text().toString());
            for (String after : List.of("step 3", "run", "trace")) {
                assertThat(session.execute(after).text().toString()).as(after).isEqualTo(stopped.execute(after).text().toString());
            }
            assertThat(session.execute("forward").kind()).isEqualTo(Session.Kind.ERROR);
        }));
    }

    // ---- the frames going forward ------------------------------------------------------------

    /**
     * Runs {@code lines}; returns, for the last world, the frame printed by the command that ran
     * each step (key k), and for 0 the last frame printed before any step ran.
     */
    private static Map<Long, String> forward(Session session, List<String> lines) {
        Map<Long, String> frames = new HashMap<>();
        frames.put(0L, session.frame().toString());
        for (String line : lines) {
            long before = session.world().steps();
            Session.Output out = session.execute(line);
            if (out.kind() != Session.Kind.CHANGE) {
                continue;
            }
            long after = session.world().steps();
            if (line.startsWith("new")) {
                frames.clear();
                frames.put(0L, out.text().toString());
            } else if (after == 0) {
                frames.put(0L, out.text().toString());
            } else if (after > before) {
                frames.put(after, out.text().toString());
            }
        }
        frames.put(session.world().steps(), session.frame().toString());
        return frames;
    }

    /** The frame of {@code lines} run with a stop requested right after step {@code k} of the last world. */
    private static String stoppedAfter(List<String> lines, long k) {
        String frame = stoppedSession(lines, k).frame().toString();
        return frame.replace(STOPPED_LINE, "");
    }

    private static Session stoppedSession(List<String> lines, long k) {
        Session session = new Session(Command.New.DEFAULT, false);
        int lastNew = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("new")) {
                lastNew = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i == lastNew || i == 0 && lastNew < 0) {
                session.world().addLoopObserver(new LoopObserver() {
                    @Override
                    public void stepFinished(Task task) {
                        if (session.world().steps() == k) {
                            session.world().loop().requestStop();
                        }
                    }
                });
            }
            session.execute(lines.get(i));
            if (i >= lastNew && session.world().steps() >= k) {
                break;
            }
        }
        return session;
    }

    /** The frame of a move (its last line says where in time it is). */
    private static String frameOf(Session.Output out) {
        String text = out.text().toString();
        return text.substring(0, text.lastIndexOf('\n'));
    }

    /** The text after its first {@code lines} lines. */
    private static String frameOf(Session.Output out, int lines) {
        String text = out.text().toString();
        for (int i = 0; i < lines; i++) {
            text = text.substring(text.indexOf('\n') + 1);
        }
        return text;
    }

    private static List<String> texts(List<Gen.Cmd> cmds) {
        List<String> lines = new ArrayList<>();
        for (Gen.Cmd c : cmds) {
            lines.add(c.text());
        }
        return lines;
    }

    /** A valid script whose every command that runs the loop is a plain {@code step}. */
    private static List<String> stepwise(long seed) {
        Gen.Config cfg = Gen.Config.valid();
        cfg.maxLength = 40;
        List<String> lines = new ArrayList<>();
        for (Gen.Cmd c : Gen.script(seed, cfg)) {
            if (c.command().runsTheLoop()) {
                int times = c.command() instanceof Command.Run ? 12 : 1;
                for (int i = 0; i < times; i++) {
                    lines.add("step");
                }
            } else {
                lines.add(c.text());
            }
        }
        return lines;
    }
}
