package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Script mode as a process, when things go wrong: every failure is one line on standard error
 * and a non-zero exit, never a stack trace, and a trace at the {@code --trace} path is complete.
 */
@Timeout(120)
class ScriptModeIT {
    @TempDir
    Path dir;

    private Path script(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void oneLine(MainIT.Result r) {
        assertThat(r.err().lines()).as("stderr: %s", r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aTracePathThatCannotBeWrittenIsOneLine() throws Exception {
        Path s = script("s.loop", "spawn producer count=2 delay=0\nrun\n");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        for (String out : List.of(dir.resolve("missing/t.jsonl").toString(), folder.toString(), "/dev/full",
                "/proc/version")) {
            MainIT.Result r = MainIT.run("", "--script", s.toString(), "--trace", out);
            assertThat(r.status()).as(out).isEqualTo(1);
            oneLine(r);
            assertThat(r.err()).startsWith("looplab: cannot write the trace to '" + out + "': ");
        }
        MainIT.Result empty = MainIT.run("", "--script", s.toString(), "--trace", "");
        assertThat(empty.status()).isEqualTo(2);
        oneLine(empty);
        assertThat(empty.err()).startsWith("looplab: --trace needs a file name, or - for standard output");
    }

    @Test
    void aTraceOnAFullStandardOutputIsNotLostSilently() throws Exception {
        Path s = script("s.loop", "spawn producer count=300 delay=0\nspawn consumer delay=0\nrun\n");
        List<String> cmd = List.of("java", "-jar", Path.of("target/looplab.jar").toAbsolutePath().toString(),
                "--script", s.toString(), "--trace", "-");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(Path.of("/dev/full").toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err)).isEqualTo("looplab: cannot write the trace to standard output: No space left on device\n");
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalLeavesAPartialTraceNamedSoAndSaysIt(String signal) throws Exception {
        Path s = script("long.loop", "spawn producer count=2000000000 delay=0\nspawn consumer delay=0\nrun\n");
        Path out = dir.resolve("t.jsonl");
        Path partial = dir.resolve("t.jsonl.partial");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder("java", "-jar", Path.of("target/looplab.jar").toAbsolutePath().toString(),
                "--script", s.toString(), "--trace", out.toString()).redirectError(err.toFile()).start();
        while (!Files.exists(partial) || Files.size(partial) < 100_000) {
            assertThat(p.isAlive()).as("the run is under way").isTrue();
            Thread.sleep(50);
        }
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(signal.equals("TERM") ? 143 : 130);
        assertThat(out).as("no file that looks complete").doesNotExist();
        String text = Files.readString(partial, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        long lines = text.lines().count();
        assertThat(text.lines().skip(lines - 1).findFirst().orElseThrow()).startsWith("{\"type\":\"step\"").endsWith("}");
        assertThat(Files.readString(err)).isEqualTo("looplab: stopped before the end of the script; the trace so far ("
                + lines + " lines) is in " + partial + " (incomplete); '" + out + "' was not written\n");
    }

    @Test
    void theConsolesOptionsBesideAScriptAreAnError() throws Exception {
        Path s = script("s.loop", "spawn producer\n");
        MainIT.Result r = MainIT.run("", "--script", s.toString(), "--seed", "42");
        assertThat(r.status()).isEqualTo(2);
        oneLine(r);
        assertThat(r.err()).contains("begin it with a line such as `new seed=42`");
        assertThat(MainIT.run("", "--script", s.toString(), "--kind", "lifo").status()).isEqualTo(2);
    }

    @Test
    void aByteOrderMarkIsNamed() throws Exception {
        Path s = dir.resolve("bom.loop");
        Files.write(s, ("\ufeffspawn producer\nrun\n").getBytes(StandardCharsets.UTF_8));
        MainIT.Result r = MainIT.run("", "--script", s.toString(), "--trace", "-");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("line 1: the script starts with a UTF-8 byte-order mark (U+FEFF): save it as UTF-8 without a BOM\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theConsoleTraceWithASeedStartsWithOneNew() throws Exception {
        MainIT.Result r = MainIT.run("trace\n", "--seed", "42");
        assertThat(r.out()).contains("{\"type\":\"new\",\"maxsize\":0,\"seed\":42,\"kind\":\"fifo\"}")
                .doesNotContain("\"seed\":0");
        MainIT.Result big = MainIT.run("", "--maxsize", "99999999999999999999");
        assertThat(big.status()).isEqualTo(2);
        oneLine(big);
        assertThat(big.err()).contains("maxsize too large: at most 2147483647");
    }
}
