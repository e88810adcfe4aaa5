package looplab.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** JShell's {@code looplab} engine, driven through the JShell API in this JVM. */
@Timeout(60)
class OneThreadExecutionTest {
    private JShell shell;

    @BeforeEach
    void open() throws Exception {
        shell = JShell.builder().executionEngine("looplab").build();
        shell.addToClasspath(Path.of(Lab.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        eval("import looplab.workbook.*;");
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private SnippetEvent eval(String code) {
        List<SnippetEvent> events = shell.eval(code);
        return events.get(events.size() - 1);
    }

    @Test
    void everySnippetRunsOnTheSameThread() {
        String first = eval("Thread.currentThread().getName() + '#' + Thread.currentThread().getId()").value();
        String second = eval("Thread.currentThread().getName() + '#' + Thread.currentThread().getId()").value();
        assertThat(first).startsWith("\"jshell#").isEqualTo(second);
    }

    @Test
    void aLabsLoopKeepsItsOwnerAcrossSnippetsAndAThreadAStartedIsNotIt() {
        eval("var lab = Lab.seeded(42).spawnProducer();");
        assertThat(eval("lab.step().steps()").value()).isEqualTo("1");
        assertThat(eval("lab.loop().owner() == Thread.currentThread()").value()).isEqualTo("true");
        eval("var owned = new boolean[1];");
        eval("var t = new Thread(() -> owned[0] = lab.loop().owner() == Thread.currentThread());");
        eval("t.start();");
        eval("t.join();");
        assertThat(eval("owned[0]").value()).isEqualTo("false");
        assertThat(eval("lab.loop().owner().getName()").value()).isEqualTo("\"jshell\"");
    }

    @Test
    void anExceptionIsTheSnippetsAndTheSessionGoesOn() {
        SnippetEvent failed = eval("Integer.parseInt(\"x\")");
        assertThat(failed.exception()).isNotNull();
        assertThat(failed.exception().getMessage()).contains("For input string");
        assertThat(eval("1 + 1").value()).isEqualTo("2");
    }

    @Test
    void aValueIsShownOnTheSnippetsThread() {
        eval("class Shown { public String toString() { return Thread.currentThread().getName(); } }");
        assertThat(eval("new Shown()").value()).isEqualTo("jshell");
        eval("var shown = new Shown();");
        assertThat(shell.varValue(shell.variables().filter(v -> v.name().equals("shown")).findFirst().orElseThrow()))
                .isEqualTo("jshell");
    }

    @Test
    void aCoroutineWrittenInASnippetShowsTheSnippetsLinesWhereItWaitsAndWhereItRaised() {
        eval("import looplab.model.Queue;");
        eval("var lab = Lab.create();");
        eval("Queue<String> q = lab.queue();");
        eval("lab.spawn(\"mine\", t -> {\n"
                + "    String item = t.await(q.get());\n"
                + "    t.sleep(0.1);\n"
                + "    throw new IllegalStateException(\"boom \" + item);\n"
                + "});");
        String waiting = eval("lab.step().toString()").value();
        assertThat(waiting).contains("TASKS   1 coroutine of yours").contains("waiting in q.get() (line 2)")
                .doesNotContain("none yet");
        assertThat(eval("lab.put(\"x\").step().toString()").value()).contains("sleeping (line 3)");
        assertThat(eval("lab.run().toString()").value())
                .contains("failed: IllegalStateException: boom x (raised at line 4)");
    }
}
