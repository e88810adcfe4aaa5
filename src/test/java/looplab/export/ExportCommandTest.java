package looplab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import looplab.command.Command;
import looplab.console.Session;
import looplab.script.ScriptRunner;
import looplab.workbook.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} at the console and in the lab, {@code --perfetto}/{@code --html} in script mode. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void theConsoleWritesBothAndTheWorldDoesNotChange() throws Exception {
        Session session = new Session(Command.New.DEFAULT, false);
        for (String line : List.of("new seed=42", "spawn producer", "spawn consumer", "step 3")) {
            session.execute(line);
        }
        String before = session.frame().toString();
        Path html = dir.resolve("run.html");
        Session.Output out = session.execute("export html " + html);
        assertThat(out.kind()).isEqualTo(Session.Kind.VIEW);
        assertThat(out.text().toString()).matches("wrote \\Q" + html + "\\E \\(\\d+ KB\\): open it in a browser.*");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Producer P0 added: Item 0 from P0");
        Path json = dir.resolve("run.json");
        assertThat(session.execute("export perfetto " + json).text().toString()).contains("ui.perfetto.dev");
        PerfettoTraceTest.check(Files.readString(json));
        assertThat(session.frame().toString()).isEqualTo(before);
        assertThat(session.execute("step").text().toString()).contains("task steps 4");
    }

    @Test
    void sizesReadAsPeopleReadThem() {
        assertThat(Exports.size(12)).isEqualTo("1 KB");
        assertThat(Exports.size(98_584)).isEqualTo("99 KB");
        assertThat(Exports.size(5_931_625)).isEqualTo("5.9 MB");
    }

    @Test
    void aWrongExportLineIsOneErrorLine() {
        Session session = new Session(Command.New.DEFAULT, false);
        assertThat(session.execute("export").text().toString())
                .isEqualTo("error: export needs a format and a file; try: export html run.html");
        assertThat(session.execute("export html").text().toString())
                .isEqualTo("error: export html needs a file; try: export html run.html");
        assertThat(session.execute("export pdf x.pdf").text().toString())
                .isEqualTo("error: export writes perfetto or html, not 'pdf'; try: export html run.html, or export perfetto run.json");
        Session.Output out = session.execute("export html " + dir.resolve("no/such/folder/run.html"));
        assertThat(out.kind()).isEqualTo(Session.Kind.ERROR);
        assertThat(out.text().toString()).startsWith("error: cannot write ").contains("there is no folder")
                .doesNotContain("\n");
    }

    @Test
    void scriptModeWritesTheExportsBesideTheTrace() throws Exception {
        Path html = dir.resolve("seed.html");
        Path json = dir.resolve("seed.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScriptRunner.run(Scripts.read(Runs.SEED_EXAMPLE).getBytes(StandardCharsets.UTF_8),
                OutputStream::nullOutputStream, new PrintStream(err, true, StandardCharsets.UTF_8), looplab.trace.TraceFormat.FULL,
                List.of(new ScriptRunner.Export(Exports.Format.HTML, html),
                        new ScriptRunner.Export(Exports.Format.PERFETTO, json)), "01_seed_example.loop");
        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(html)).contains("<title>LoopLab replay: 01_seed_example.loop</title>");
        assertThat(Files.readString(json))
                .isEqualTo(Files.readString(Path.of("src/test/resources/looplab/export/01_seed_example.perfetto.json")));
    }

    @Test
    void aLabWithCoroutinesOfItsOwnExportsThem() throws Exception {
        try (Lab lab = Lab.seeded(1)) {
            lab.spawn("mine", t -> {
                t.print("hello");
                t.sleep(0.5);
                t.print("bye");
            });
            lab.spawnConsumer().run();
            Path json = dir.resolve("mine.json");
            lab.exportPerfetto(json.toString());
            String trace = Files.readString(json);
            PerfettoTraceTest.check(trace);
            assertThat(trace).contains("\"mine step 1\"").contains("\"mine step 3\"");
        }
    }

    /** A body that captured the lab's queue fails in the replay (the lab is frozen): the export refuses, nothing is written. */
    @Test
    void aRunThatDoesNotReplayIsRefused() {
        try (Lab lab = Lab.seeded(1)) {
            looplab.model.Queue<String> q = lab.queue();
            lab.spawn("mine", t -> t.print("got " + t.await(q.get())));
            lab.put("a").run();
            String frame = lab.frame();
            String trace = lab.trace();
            Path html = dir.resolve("q.html");
            assertThatThrownBy(() -> lab.exportHtml(html.toString())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot export this run: replaying the run did not end where the run is");
            assertThat(html).doesNotExist();
            // the replay's body was refused the lab's queue (frozen meanwhile): the lab is as it was
            assertThat(q.getterCount()).isZero();
            assertThat(lab.frame()).isEqualTo(frame);
            assertThat(lab.trace()).isEqualTo(trace);
        }
    }

    @Test
    void theLabExportsToo() throws Exception {
        try (Lab lab = Lab.seeded(42)) {
            lab.spawnProducer().spawnConsumer().step(2);
            Path html = dir.resolve("lab.html");
            assertThat(lab.exportHtml(html.toString()).toString().strip()).startsWith("wrote " + html);
            assertThat(ReplayPageTest.data(Files.readString(html)).getAsJsonArray("moments")).hasSize(3);
            Path json = dir.resolve("lab.json");
            lab.exportPerfetto(json.toString());
            PerfettoTraceTest.check(Files.readString(json));
            assertThatThrownBy(() -> lab.exportHtml(dir.resolve("none/x.html").toString()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("there is no folder");
        }
    }
}
