package looplab.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The replay page in a real headless Chromium: exported by the jar in script mode from the seed's
 * example, opened from {@code file://}, stepped with the keys and the buttons as a person would.
 * Skipped, saying why, where no Chromium is installed; {@code .ci/run} installs Debian's and sets
 * {@code LOOPLAB_BROWSER_REQUIRED=1}, which makes a missing browser a failure instead.
 */
class ReplayPageIT {
    private static final Path OUT = Path.of("target/replay-page");

    private static Path browser() {
        Optional<Path> found = Chromium.find();
        if (found.isEmpty() && "1".equals(System.getenv("LOOPLAB_BROWSER_REQUIRED"))) {
            throw new AssertionError("LOOPLAB_BROWSER_REQUIRED=1 but no Chromium was found (apt-get install chromium)");
        }
        Assumptions.assumeTrue(found.isPresent(),
                "no Chromium found (/usr/bin/chromium; or set LOOPLAB_CHROMIUM): the replay page's browser test needs it");
        return found.get();
    }

    private static Path exportSeedExample() throws Exception {
        Files.createDirectories(OUT);
        Path page = OUT.resolve("seed-example.html").toAbsolutePath();
        Files.deleteIfExists(page);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/looplab.jar", "--script", Runs.SEED_EXAMPLE.toString(), "--html", page.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        assertThat(page).exists();
        return page;
    }

    @Test
    @Timeout(180)
    void stepsThroughTheSeedExampleWithKeysAndButtons() throws Exception {
        Path chromium = browser();
        Path page = exportSeedExample();
        try (Chromium b = new Chromium(chromium, 1280, 800)) {
            b.viewport(1280, 800, false);
            b.open(page.toUri().toString(), "document.readyState === 'complete' && "
                    + "document.getElementById('position').textContent.startsWith('Moment 0 ')");
            assertThat(text(b, "moment-label")).isEqualTo("5 commands");
            for (int i = 0; i < 3; i++) {
                b.press("ArrowRight", "ArrowRight", 39);
            }
            b.waitFor("location.hash === '#3'");
            assertThat(text(b, "moment-label")).isEqualTo("step 3: C0 ran");
            assertThat(ranTask(b)).isEqualTo("C0");
            assertThat(queue(b)).containsExactly("'Item 0 from P1'");
            assertThat(text(b, "listing-title")).isEqualTo("C0 (consumer), stopped at line 9");
            assertThat(b.evaluate("document.querySelector('#listing li.here code').textContent").getAsString())
                    .isEqualTo("        await asyncio.sleep(delay())");
            assertThat(text(b, "why")).contains("Why C0 ran now");
            b.screenshot(OUT.resolve("step-3-1280x800.png"));

            b.click("#back");
            b.waitFor("location.hash === '#2'");
            assertThat(text(b, "moment-label")).isEqualTo("step 2: P1 ran");
            assertThat(ranTask(b)).isEqualTo("P1");
            assertThat(queue(b)).containsExactly("'Item 0 from P0'", "'Item 0 from P1'");
            b.screenshot(OUT.resolve("step-2-1280x800.png"));

            // The timeline: a mark per step, in the lane of the task that ran.
            b.click("#timeline button[aria-label^='moment 4:']");
            b.waitFor("location.hash === '#4'");
            assertThat(ranTask(b)).isEqualTo("C1");

            b.press("End", "End", 35);
            b.waitFor("document.getElementById('next').disabled");
            assertThat(text(b, "frame")).contains("The loop is idle: every task is done.");
            b.press("Home", "Home", 36);
            b.waitFor("location.hash === '#0'");
        }
    }

    @Test
    @Timeout(180)
    void aLinkOpensItsMomentAndAPhoneGetsNoSidewaysScroll() throws Exception {
        Path chromium = browser();
        Path page = exportSeedExample();
        try (Chromium b = new Chromium(chromium, 390, 844)) {
            b.viewport(390, 844, true);
            b.open(page.toUri() + "#3", "document.readyState === 'complete' && "
                    + "document.getElementById('position').textContent.startsWith('Moment 3 ')");
            assertThat(ranTask(b)).isEqualTo("C0");
            assertThat(b.evaluate("document.documentElement.scrollWidth <= window.innerWidth").getAsBoolean())
                    .as("no sideways scroll at phone width").isTrue();
            b.press("n", "KeyN", 78);
            b.waitFor("location.hash === '#4'");
            b.press("p", "KeyP", 80);
            b.waitFor("location.hash === '#3'");
            b.screenshot(OUT.resolve("step-3-phone.png"));
        }
    }

    private static String text(Chromium b, String id) throws Exception {
        return b.evaluate("document.getElementById(" + Chromium.quote(id) + ").textContent").getAsString();
    }

    private static String ranTask(Chromium b) throws Exception {
        return b.evaluate("document.querySelector('#tasks tr.ran .task-name strong').textContent").getAsString();
    }

    private static List<String> queue(Chromium b) throws Exception {
        JsonElement items = b.evaluate("[...document.querySelectorAll('#queue-items .slot-item')].map(e => e.textContent)");
        return items.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
    }
}
