package looplab.export;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the DevTools protocol, as little as the replay page's
 * end-to-end test needs: open a page, press keys, click, read the page with JavaScript, take a
 * screenshot. The browser is Debian's {@code chromium} ({@code $LOOPLAB_CHROMIUM} names another);
 * it listens on a free port of the loopback address and is given a fresh profile.
 */
final class Chromium implements AutoCloseable {
    private static final long WAIT_SECONDS = 60;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();

    /** The browser's executable, if there is one on this machine. */
    static Optional<Path> find() {
        String named = System.getenv("LOOPLAB_CHROMIUM");
        List<String> candidates = named != null && !named.isEmpty() ? List.of(named)
                : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    Chromium(Path executable, int width, int height) throws Exception {
        profile = Files.createTempDirectory("looplab-chromium");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "about:blank"));
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    int at = line.indexOf("DevTools listening on ");
                    if (at >= 0) {
                        listening.complete(line.substring(at + "DevTools listening on ".length()).strip());
                    }
                }
                listening.completeExceptionally(new IOException("chromium ended without a DevTools address"));
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(listening.get(WAIT_SECONDS, TimeUnit.SECONDS));
        HttpClient http = HttpClient.newHttpClient();
        URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
        String page = null;
        for (JsonElement t : JsonParser.parseString(http.send(HttpRequest.newBuilder(list).build(),
                HttpResponse.BodyHandlers.ofString()).body()).getAsJsonArray()) {
            if (t.getAsJsonObject().get("type").getAsString().equals("page")) {
                page = t.getAsJsonObject().get("webSocketDebuggerUrl").getAsString();
                break;
            }
        }
        if (page == null) {
            throw new IOException("chromium has no page to drive");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Sends one DevTools command and waits for its answer's result. */
    JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        replies.put(id, reply);
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params == null ? new JsonObject() : params);
        socket.sendText(message.toString(), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
        JsonObject answer = reply.get(WAIT_SECONDS, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.getAsJsonObject("result");
    }

    /** Opens {@code url} and waits until its document is loaded and its script has drawn the page. */
    void open(String url, String readyExpression) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("url", url);
        send("Page.navigate", params);
        waitFor(readyExpression);
    }

    /** Waits until {@code expression} is true in the page (the page works in its own time). */
    void waitFor(String expression) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!Boolean.TRUE.equals(evaluateOrNull(expression))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the page never got to: " + expression);
            }
            Thread.sleep(50);
        }
    }

    private Object evaluateOrNull(String expression) throws Exception {
        JsonElement value = evaluate(expression);
        return value == null || value.isJsonNull() ? null : value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                ? value.getAsBoolean() : value;
    }

    /** The value of a JavaScript expression in the page, as JSON (null if undefined). */
    JsonElement evaluate(String expression) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.addProperty("returnByValue", true);
        JsonObject result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new IOException("the page threw: " + result.get("exceptionDetails"));
        }
        return result.getAsJsonObject("result").get("value");
    }

    /** Presses and releases a key, as a person at the keyboard does ({@code ArrowRight}, {@code n}, ...). */
    void press(String key, String code, int keyCode) throws Exception {
        for (String type : List.of("keyDown", "keyUp")) {
            JsonObject params = new JsonObject();
            params.addProperty("type", type);
            params.addProperty("key", key);
            params.addProperty("code", code);
            params.addProperty("windowsVirtualKeyCode", keyCode);
            send("Input.dispatchKeyEvent", params);
        }
    }

    /** Scrolls the element that {@code selector} finds into view and clicks its middle, with the mouse. */
    void click(String selector) throws Exception {
        JsonObject box = evaluate("(() => { const e = document.querySelector(" + quote(selector)
                + "); e.scrollIntoView({block: 'center', inline: 'center'}); const r = e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()")
                .getAsJsonObject();
        for (String type : List.of("mousePressed", "mouseReleased")) {
            JsonObject params = new JsonObject();
            params.addProperty("type", type);
            params.addProperty("x", box.get("x").getAsDouble());
            params.addProperty("y", box.get("y").getAsDouble());
            params.addProperty("button", "left");
            params.addProperty("clickCount", 1);
            send("Input.dispatchMouseEvent", params);
        }
    }

    /** Resizes the page's viewport ({@code mobile}: a phone's). */
    void viewport(int width, int height, boolean mobile) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("width", width);
        params.addProperty("height", height);
        params.addProperty("deviceScaleFactor", 1);
        params.addProperty("mobile", mobile);
        send("Emulation.setDeviceMetricsOverride", params);
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path file) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("format", "png");
        String data = send("Page.captureScreenshot", params).get("data").getAsString();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    static String quote(String s) {
        return new com.google.gson.JsonPrimitive(s).toString();
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Gathers each message (a long one comes in parts) and hands answers to whoever waits for them. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(part.toString()).getAsJsonObject();
                part.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> reply = replies.remove(message.get("id").getAsInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
