package looplab.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --trace OUT}: a file takes its name only when the script has run to its end. */
class TraceTargetTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private int run(String script, ScriptRunner.TraceSink sink) {
        return ScriptRunner.run(script.getBytes(StandardCharsets.UTF_8), sink, err);
    }

    @Test
    void aFileIsWrittenBesideItsPathAndRenamedAtTheEnd() throws Exception {
        Path out = dir.resolve("t.jsonl");
        Files.writeString(out, "an older trace\n");
        TraceTarget target = TraceTarget.of(out.toString(), err);
        try (OutputStream o = target.open()) {
            o.write("{\"type\":\"new\"}\n{\"ty".getBytes(StandardCharsets.UTF_8));
            assertThat(dir.resolve("t.jsonl.partial")).exists();
            assertThat(out).hasContent("an older trace");
            o.write("pe\":\"get\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        target.finish();
        assertThat(out).hasContent("{\"type\":\"new\"}\n{\"type\":\"get\"}");
        assertThat(dir.resolve("t.jsonl.partial")).doesNotExist();
    }

    @Test
    void aStopKeepsTheWholeLinesUnderAPartialNameAndSaysSoInOneLine() throws Exception {
        Path out = dir.resolve("t.jsonl");
        TraceTarget target = TraceTarget.of(out.toString(), err);
        OutputStream o = target.open();
        o.write("{\"n\":1}\n{\"n\":2}\n{\"n\"".getBytes(StandardCharsets.UTF_8));
        target.stoppedBySignal();                    // what the shutdown hook does on Ctrl-C or SIGTERM
        o.write(":3}\n".getBytes(StandardCharsets.UTF_8));   // the run goes on a moment: dropped
        o.close();
        target.finish();
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("t.jsonl.partial")).hasContent("{\"n\":1}\n{\"n\":2}");
        assertThat(Files.readString(dir.resolve("t.jsonl.partial"))).endsWith("\n");
        assertThat(err()).isEqualTo("looplab: stopped before the end of the script; the trace so far (2 lines) is in "
                + dir.resolve("t.jsonl.partial") + " (incomplete); '" + out + "' was not written\n");
    }

    @Test
    void aPathThatCannotBeWrittenIsOneLineAndExitOne() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        String script = "spawn producer count=2 delay=0\nrun\n";
        assertThat(run(script, TraceTarget.of(dir.resolve("no/such/t.jsonl").toString(), err)))
                .isEqualTo(ScriptRunner.CANNOT_WRITE);
        assertThat(run(script, TraceTarget.of(folder.toString(), err))).isEqualTo(ScriptRunner.CANNOT_WRITE);
        assertThat(err().lines()).containsExactly(
                "looplab: cannot write the trace to '" + dir.resolve("no/such/t.jsonl") + "': the folder "
                        + dir.resolve("no/such") + " does not exist",
                "looplab: cannot write the trace to '" + folder + "': it is a folder; give a file name, e.g. "
                        + folder.resolve("trace.jsonl"));
        assertThat(folder).isEmptyDirectory();
        assertThatThrownBy(() -> TraceTarget.of("", err)).hasMessage("--trace needs a file name, or - for standard output");
    }

    @Test
    void aFailedWriteIsOneLineAndKeepsNothing() {
        Path out = dir.resolve("t.jsonl");
        ScriptRunner.TraceSink full = new ScriptRunner.TraceSink() {
            private final TraceTarget target = TraceTarget.of(out.toString(), err);

            @Override
            public OutputStream open() throws java.io.IOException {
                OutputStream file = target.open();
                return new OutputStream() {      // a disk that fills after 4 KiB
                    private long written;

                    @Override
                    public void write(int b) throws java.io.IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws java.io.IOException {
                        written += len;
                        if (written > 4096) {
                            throw new java.io.IOException("No space left on device");
                        }
                        file.write(b, off, len);
                    }

                    @Override
                    public void close() throws java.io.IOException {
                        file.close();
                    }
                };
            }

            @Override
            public void finish() throws java.io.IOException {
                target.finish();
            }

            @Override
            public void abandon() {
                target.abandon();
            }

            @Override
            public String describe() {
                return target.describe();
            }
        };
        assertThat(run("spawn producer count=500 delay=0\nspawn consumer delay=0\nrun\n", full))
                .isEqualTo(ScriptRunner.CANNOT_WRITE);
        assertThat(err()).isEqualTo("looplab: cannot write the trace to '" + out + "': No space left on device\n");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("t.jsonl.partial")).doesNotExist();
    }

    @Test
    void aRunStoppedByAnErrorOfTheScriptKeepsItsTraceAsTheContractSays() throws Exception {
        Path out = dir.resolve("t.jsonl");
        assertThat(run("spawn producer P count=1 delay=0\nspawn consumer P\n", TraceTarget.of(out.toString(), err)))
                .isEqualTo(ScriptRunner.INVALID);
        assertThat(err()).isEqualTo("line 2: a task named 'P' already exists in this world\n");
        assertThat(Files.readAllLines(out)).hasSize(2);
    }
}
