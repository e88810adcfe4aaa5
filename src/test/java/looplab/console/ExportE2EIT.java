package looplab.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code export} typed at the real console in tmux: TAB completes it, and it says where it wrote. */
@Timeout(120)
class ExportE2EIT {
    @BeforeAll
    static void needTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed: the terminal end-to-end tests need it");
        assertThat(Path.of("target/looplab.jar")).exists();
    }

    @Test
    void exportWritesThePageAndSaysHowToOpenIt() throws Exception {
        Path home = Tmux.home();
        Path page = home.resolve("run.html");
        try (Tmux t = Tmux.start(Tmux.looplab(home, "--seed", "42"))) {
            t.waitFor("looplab>", ConsoleE2EIT.SLOW);
            t.type("spawn producer");
            t.keys("Enter");
            t.waitFor("spawned P0", ConsoleE2EIT.SLOW);
            t.type("step 2");
            t.keys("Enter");
            t.waitFor(">> P0 ran", ConsoleE2EIT.SLOW);
            t.type("expo");
            t.keys("Tab");
            t.waitFor("the command completed", s -> s.contains("looplab> export "), ConsoleE2EIT.SLOW);
            t.type("h");
            t.keys("Tab");
            t.waitFor("the kind completed", s -> s.contains("looplab> export html "), ConsoleE2EIT.SLOW);
            t.type(page.toString());
            t.keys("Enter");
            String screen = t.waitFor("open it in a browser", ConsoleE2EIT.SLOW);
            assertThat(screen).contains("wrote " + page);
            assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("Producer P0 added: Item 0 from P0");
            t.type("export pdf x");
            t.keys("Enter");
            t.waitFor("export writes perfetto or html, not 'pdf'", ConsoleE2EIT.SLOW);
        }
    }
}
