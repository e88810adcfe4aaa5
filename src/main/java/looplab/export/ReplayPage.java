package looplab.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import looplab.view.Journal;
import looplab.view.Renderer;
import looplab.view.Snapshot;
import looplab.view.Step;
import looplab.world.Actor;
import looplab.world.World;

/**
 * The replay page: one self-contained HTML file that steps through a run in a browser. Every
 * moment of the {@link Replay} is embedded as data: the world as {@link Snapshot} (the words the
 * console's views use) and the texts the console itself prints for it (the frame, {@code why}).
 * The page's script ({@code replay.js}, beside this class) only lays them out; it has no model of
 * the loop. Nothing is loaded from anywhere: the style, the data and the script are inlined.
 */
public final class ReplayPage {
    // Gson escapes <, > and & in strings, so the data cannot close its script element.
    private static final Gson GSON = new GsonBuilder().create();

    private ReplayPage() {}

    /** One moment as the page reads it. */
    record Moment(String label, List<String> lines, String task, Long step, String role, Snapshot state,
            String happened, String why, String frame) {}

    /** The page's data: a title, each role's listing, and the moments in order. */
    record Data(String title, Map<String, List<String>> listings, List<Moment> moments) {}

    /**
     * The page of {@code world}'s run: what it applied, replayed into moments.
     *
     * @throws IllegalStateException if the run does not replay as it ran
     */
    public static String of(World world, String title) {
        return html(data(world, title));
    }

    /** The data the page embeds (the JSON inside it), for tests and for {@link #of}. */
    static Data data(World original, String title) {
        Renderer plain = Renderer.plain();
        Map<String, List<String>> listings = new LinkedHashMap<>();
        List<Moment> moments = new ArrayList<>();
        Replay replay = new Replay();
        replay.run(original.applied(), (world, journal, lines) -> moments.add(moment(world, journal, lines, plain, listings)));
        replay.requireSameEnd(original);
        return new Data(title, listings, moments);
    }

    private static Moment moment(World world, Journal journal, List<String> lines, Renderer plain,
            Map<String, List<String>> listings) {
        for (Actor a : world.actors()) {
            listings.putIfAbsent(a.role().word(), a.listing());
        }
        Step step = journal.last().lastStep();
        String task = step == null ? null : step.task();
        Actor actor = task == null ? null : world.actor(task);
        String label = step != null ? "step " + step.n() + ": " + task + " ran"
                : journal.last().handlesRun() > 0 ? "timer callbacks" : lines.size() == 1 ? lines.get(0)
                : lines.size() + " commands";
        return new Moment(label, lines, task, step == null ? null : step.n(),
                actor == null ? null : actor.role().word(), Snapshot.of(world),
                plain.happened(world, journal).toString(), plain.why(world, journal).toString(),
                plain.frame(world, journal).toString());
    }

    static String html(Data data) {
        // Filled in one pass over the template, so that nothing in the data is taken for a marker.
        String page = resource("replay.html");
        String[][] parts = {
                {"{{title}}", escape(data.title())},
                {"/*{{style}}*/", resource("replay.css")},
                {"{{data}}", GSON.toJson(data)},
                {"/*{{script}}*/", resource("replay.js")}};
        StringBuilder b = new StringBuilder(page.length() + 4096);
        int at = 0;
        for (String[] part : parts) {
            int i = page.indexOf(part[0], at);
            if (i < 0) {
                throw new IllegalStateException("replay.html lacks " + part[0]);
            }
            b.append(page, at, i).append(part[1]);
            at = i + part[0].length();
        }
        return b.append(page, at, page.length()).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = ReplayPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource looplab/export/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
