package looplab.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The replay page: self-contained, and its data is the console's words for each moment. */
class ReplayPageTest {

    @Test
    void thePageLoadsNothingFromAnywhere() {
        String page = ReplayPage.of(Runs.seedExample(), "seed");
        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(page).doesNotContainPattern("(?i)<(script|img|iframe)[^>]*\\ssrc=")
                .doesNotContainPattern("(?i)<link[^>]*href=")
                .doesNotContainPattern("(?i)@import|url\\(")
                .doesNotContainPattern("(?i)https?://")
                .doesNotContain("{{").doesNotContain("/*{{");
    }

    @Test
    void theDataIsTheConsolesWordsForEachMoment() {
        JsonObject data = data(ReplayPage.of(Runs.seedExample(), "seed"));
        assertThat(data.get("title").getAsString()).isEqualTo("seed");
        JsonArray moments = data.getAsJsonArray("moments");
        JsonObject third = moments.get(3).getAsJsonObject();
        assertThat(third.get("task").getAsString()).isEqualTo("C0");
        assertThat(third.get("label").getAsString()).isEqualTo("step 3: C0 ran");
        JsonObject queue = third.getAsJsonObject("state").getAsJsonObject("queue");
        assertThat(queue.getAsJsonArray("items").toString()).isEqualTo("[\"'Item 0 from P1'\"]");
        assertThat(third.get("frame").getAsString()).contains(">> C0 ran  step 3")
                .contains("next get() -> [ 'Item 0 from P1' ]");
        assertThat(third.get("why").getAsString()).startsWith("why: `run`").contains("Why C0 ran now");
        assertThat(data.getAsJsonObject("listings").getAsJsonArray("consumer").get(0).getAsString())
                .startsWith("async def consumer(");
        JsonObject last = moments.get(moments.size() - 1).getAsJsonObject();
        assertThat(last.get("frame").getAsString()).contains("The loop is idle: every task is done.");
    }

    @Test
    void anItemCannotBreakOutOfThePage() {
        String nasty = "</script><script>alert(1)</script>";
        String page = ReplayPage.of(Runs.of("put \"" + nasty.replace("\"", "") + "\"\n"), "<b>x</b> & y");
        assertThat(page).doesNotContain("alert(1)</script>").doesNotContain("<b>x</b>");
        assertThat(page).contains("<title>&lt;b&gt;x&lt;/b&gt; &amp; y</title>");
        JsonArray items = data(page).getAsJsonArray("moments").get(0).getAsJsonObject().getAsJsonObject("state")
                .getAsJsonObject("queue").getAsJsonArray("items");
        assertThat(items.get(0).getAsString()).isEqualTo("'" + nasty + "'");
    }

    /** The JSON the page embeds. */
    static JsonObject data(String page) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"run\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        return JsonParser.parseString(m.group(1)).getAsJsonObject();
    }
}
