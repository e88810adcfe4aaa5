package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import looplab.command.Command;
import looplab.command.CommandSpec;
import looplab.command.Commands;
import looplab.console.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every console view works from JShell: {@code lab.command(VIEW)} and the view methods. */
@Timeout(20)
class LabViewsTest {

    private static final List<String> SETUP = List.of("new seed=42", "spawn producer", "spawn consumer", "step 3");

    /** A console session and a lab that ran the same lines. */
    private static Session session() {
        Session s = new Session(Command.New.DEFAULT, false);
        SETUP.forEach(s::execute);
        return s;
    }

    private static Lab lab() {
        Lab lab = Lab.create();
        SETUP.forEach(lab::command);
        return lab;
    }

    @Test
    void aViewLineShowsTheConsolesTextUntilTheNextCommand() {
        Session s = session();
        Lab lab = lab();
        for (String view : List.of("why", "where P0", "where C0", "queue", "tasks", "ready", "timers", "help",
                "help spawn", "trace 2")) {
            assertThat(lab.command(view).toString()).as(view).isEqualTo("\n" + s.execute(view).text());
        }
        String frame = lab.frame();
        assertThat(lab.command("show").toString()).isEqualTo("\n" + frame);
        assertThat(lab.command("why").toString()).doesNotContain("QUEUE");
        assertThat(lab.step().toString()).startsWith("\n== step ==");
    }

    @Test
    void theViewMethodsGiveTheSameTexts() {
        Session s = session();
        Lab lab = lab();
        assertThat(lab.why().text()).isEqualTo(s.execute("why").text().toString());
        assertThat(lab.where("P0").text()).isEqualTo(s.execute("where P0").text().toString());
        assertThat(lab.queueView().text()).isEqualTo(s.execute("queue").text().toString());
        assertThat(lab.tasks().text()).isEqualTo(s.execute("tasks").text().toString());
        assertThat(lab.ready().text()).isEqualTo(s.execute("ready").text().toString());
        assertThat(lab.timers().text()).isEqualTo(s.execute("timers").text().toString());
        assertThat(lab.trace(3).text()).isEqualTo(s.execute("trace 3").text().toString());
        assertThat(lab.help().text()).isEqualTo(s.execute("help").text().toString());
        assertThat(lab.help("exit").text()).isEqualTo(s.execute("help exit").text().toString());
        assertThat(lab.why()).hasToString("\n" + lab.why().text());
    }

    @Test
    void viewsChangeNothing() {
        Lab lab = lab();
        String frame = lab.frame();
        long steps = lab.steps();
        lab.why();
        lab.command("history");
        lab.command("quit");
        assertThat(lab.frame()).isEqualTo(frame);
        assertThat(lab.steps()).isEqualTo(steps);
    }

    @Test
    void whereNeedsATaskOfTheWorldAsTheConsoleSays() {
        Lab lab = lab();
        assertThatIllegalArgumentException().isThrownBy(() -> lab.command("where P9"))
                .withMessage("no task named 'P9' in this world\n  one of: P0, C0");
        assertThatIllegalArgumentException().isThrownBy(() -> lab.where("P9"))
                .withMessage("no task named 'P9' in this world\n  one of: P0, C0");
        assertThatIllegalArgumentException().isThrownBy(() -> lab.command("where"))
                .withMessage("where needs a task name\n  try: where P0");
        assertThatIllegalArgumentException().isThrownBy(() -> Lab.create().where("P0"))
                .withMessage("no task named 'P0' in this world\n  spawn a task first");
        assertThatIllegalArgumentException().isThrownBy(() -> lab.command("trace abc"))
                .withMessage("trace takes a number of lines, not 'abc'\n  try: trace 10");
        lab.spawn("mine", t -> t.print("hi"));
        assertThatIllegalArgumentException().isThrownBy(() -> lab.where("mine"))
                .withMessageStartingWith("where shows the listings of the built-in tasks");
    }

    @Test
    void historyIsTheCommandsTheLabRan() {
        Lab lab = Lab.seeded(1);             // its setup is written "new", as its first frame says
        lab.spawnProducer().step(2);
        lab.command("why");
        assertThat(lab.history().text()).isEqualTo(
                "   1  new\n   2  spawn producer\n   3  step 2\n   4  why");
    }

    @Test
    void quitSaysHowToLeaveJShell() {
        assertThat(Lab.create().command("exit").toString()).contains("/exit");
    }

    /**
     * Every line of every command the registry has for JShell, its examples and its bare word,
     * is accepted by {@code lab.command}: a view shows the console's text (the lab's own answer to
     * {@code quit}, which cannot leave JShell, aside), a change changes the lab as the console.
     */
    @Test
    void labCommandAcceptsEveryConsoleLine() {
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        for (CommandSpec spec : Commands.all()) {
            if (!spec.isValidIn(CommandSpec.Context.JSHELL)) {
                continue;
            }
            List<String> lines = new java.util.ArrayList<>(spec.examples());
            lines.add(spec.word());
            for (String example : lines) {
                // a line that writes a file (export KIND FILE) writes it where the test can delete it
                String line = spec.word().equals("export") && example.split(" ").length == 3
                        ? example.substring(0, example.lastIndexOf(' ') + 1) + scratch(example) : example;
                Session s = session();
                Lab lab = lab();
                Session.Output console = s.execute(line);
                if (console.kind() == Session.Kind.ERROR) {     // a bare `spawn`: refused by both
                    soft.assertThatThrownBy(() -> lab.command(line)).as(line).isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                String shown = lab.command(line).toString();
                if (console.kind() == Session.Kind.QUIT) {
                    soft.assertThat(shown).as(line).contains("/exit");
                } else if (spec.changesWorld()) {
                    soft.assertThat(lab.command("trace").toString()).as(line).isEqualTo("\n" + s.execute("trace").text());
                } else {
                    soft.assertThat(measuredOut(shown)).as(line).isEqualTo(measuredOut(inTheLabsWords("\n" + console.text())));
                }
                lab.close();
            }
        }
        soft.assertAll();
    }

    private static String scratch(String exportLine) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("labviews");
            dir.toFile().deleteOnExit();
            java.nio.file.Path file = dir.resolve(exportLine.substring(exportLine.lastIndexOf(' ') + 1));
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The console's text as the lab words it: the past's hint names the lab's methods, and the
     * present is a frame like any other (no "the present: step N of N" line under it).
     */
    private static String inTheLabsWords(String console) {
        return console.replace("(back, forward, goto STEP;", "(lab.back(), lab.forward(), lab.goTo(STEP);")
                .replaceAll("\\nthe present: step (\\d+) of \\1$", "");
    }

    /** A view without the lines that measure the machine (explore's time per schedule). */
    private static String measuredOut(String view) {
        return view.replaceAll("(?m)^( *time +)[0-9.]+ s, [0-9,.]+ schedules/s", "$1...");
    }
}
