package org.quarryhep.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium}, headless, driven over the Chrome DevTools Protocol (a WebSocket, with
 * the JDK's HTTP client): loads a page, collects console errors, exceptions, failed loads and
 * network requests, checks the images and takes a full-page screenshot.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING =
            Pattern.compile("DevTools listening on (ws://[^\\s]+)");

    private final Process process;
    private final String httpBase;
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * What a page load showed.
     *
     * @param images each image's source and whether it loaded (complete, natural width > 0)
     * @param errors console errors, uncaught exceptions and failed loads
     * @param requests every URL the page requested
     */
    record PageLoad(Map<String, Boolean> images, List<String> errors, List<String> requests) {}

    /** The browser on the PATH, or {@code null}. */
    static Path find() {
        for (String dir :
                System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    HeadlessChromium(Path exe, Path profile) throws IOException, InterruptedException {
        process =
                new ProcessBuilder(
                                exe.toString(),
                                "--headless=new",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--no-first-run",
                                "--no-default-browser-check",
                                "--remote-debugging-port=0",
                                "--user-data-dir=" + profile,
                                "--window-size=1400,1000",
                                "about:blank")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        CompletableFuture<String> ws = new CompletableFuture<>();
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader r =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    process.getErrorStream(),
                                                    StandardCharsets.UTF_8))) {
                                String line;
                                while ((line = r.readLine()) != null) {
                                    Matcher m = LISTENING.matcher(line);
                                    if (m.find()) {
                                        ws.complete(m.group(1));
                                    }
                                }
                            } catch (IOException e) {
                                ws.completeExceptionally(e);
                            }
                            ws.completeExceptionally(
                                    new IOException("chromium exited before listening"));
                        });
        reader.setDaemon(true);
        reader.start();
        try {
            URI u = URI.create(ws.get(60, TimeUnit.SECONDS));
            httpBase = "http://" + u.getHost() + ":" + u.getPort();
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("chromium did not start its DevTools server: " + e, e);
        }
    }

    /** Loads a page, waits for its load event, and takes a full-page screenshot. */
    PageLoad load(URI url, Path screenshot) throws Exception {
        JsonNode targets =
                JSON.readTree(
                        http.send(
                                        HttpRequest.newBuilder(URI.create(httpBase + "/json/list"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body());
        String wsUrl = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText())) {
                wsUrl = t.path("webSocketDebuggerUrl").asText();
            }
        }
        if (wsUrl == null) {
            throw new IOException("no page target in " + targets);
        }
        Cdp cdp = new Cdp(http, wsUrl);
        cdp.call("Runtime.enable", null);
        cdp.call("Log.enable", null);
        cdp.call("Network.enable", null);
        cdp.call("Page.enable", null);
        ObjectNode nav = JSON.createObjectNode().put("url", url.toString());
        cdp.call("Page.navigate", nav);
        cdp.awaitEvent("Page.loadEventFired", Duration.ofSeconds(60));
        Thread.sleep(500);
        String expr =
                "JSON.stringify(Array.from(document.images).map(i => [i.getAttribute('src'),"
                        + " i.complete && i.naturalWidth > 0]))";
        JsonNode r =
                cdp.call(
                        "Runtime.evaluate",
                        JSON.createObjectNode().put("expression", expr).put("returnByValue", true));
        Map<String, Boolean> images = new java.util.LinkedHashMap<>();
        for (JsonNode pair : JSON.readTree(r.path("result").path("value").asText())) {
            images.put(pair.get(0).asText(), pair.get(1).asBoolean());
        }
        // Lay the page out at the screenshot's width first: its height depends on the width.
        cdp.call(
                "Emulation.setDeviceMetricsOverride",
                JSON.createObjectNode()
                        .put("width", 1400)
                        .put("height", 1000)
                        .put("deviceScaleFactor", 1)
                        .put("mobile", false));
        JsonNode h =
                cdp.call(
                        "Runtime.evaluate",
                        JSON.createObjectNode()
                                .put("expression", "document.documentElement.scrollHeight")
                                .put("returnByValue", true));
        int height = h.path("result").path("value").asInt();
        cdp.call(
                "Emulation.setDeviceMetricsOverride",
                JSON.createObjectNode()
                        .put("width", 1400)
                        .put("height", Math.min(height, 16000))
                        .put("deviceScaleFactor", 1)
                        .put("mobile", false));
        JsonNode shot =
                cdp.call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.write(screenshot, Base64.getDecoder().decode(shot.path("data").asText()));
        cdp.close();
        return new PageLoad(images, List.copyOf(cdp.errors), List.copyOf(cdp.requests));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** One DevTools session: numbered calls and their replies, events collected. */
    private static final class Cdp implements WebSocket.Listener {
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());

        Cdp(HttpClient http, String url) throws Exception {
            // Screenshots arrive as one large message; the default buffer is enough as frames
            // are joined in onText.
            socket =
                    http.newWebSocketBuilder()
                            .buildAsync(URI.create(url), this)
                            .get(30, TimeUnit.SECONDS);
        }

        JsonNode call(String method, ObjectNode params) throws Exception {
            int id = ids.incrementAndGet();
            ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
            if (params != null) {
                msg.set("params", params);
            }
            CompletableFuture<JsonNode> reply = new CompletableFuture<>();
            pending.put(id, reply);
            socket.sendText(JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
            JsonNode r = reply.get(120, TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IOException(method + " failed: " + r.get("error"));
            }
            return r.path("result");
        }

        void awaitEvent(String method, Duration timeout) throws Exception {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                String m = events.poll(200, TimeUnit.MILLISECONDS);
                if (method.equals(m)) {
                    return;
                }
            }
            throw new IOException("no " + method + " within " + timeout);
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                handle(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        private void handle(String text) {
            try {
                JsonNode m = JSON.readTree(text);
                if (m.has("id")) {
                    CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                    if (f != null) {
                        f.complete(m);
                    }
                    return;
                }
                String method = m.path("method").asText();
                JsonNode p = m.path("params");
                switch (method) {
                    case "Runtime.consoleAPICalled" -> {
                        String type = p.path("type").asText();
                        if (type.equals("error") || type.equals("assert")) {
                            errors.add("console." + type + ": " + p.path("args"));
                        }
                    }
                    case "Runtime.exceptionThrown" ->
                            errors.add("exception: " + p.path("exceptionDetails"));
                    case "Log.entryAdded" -> {
                        JsonNode e = p.path("entry");
                        if (e.path("level").asText().equals("error")) {
                            errors.add(
                                    "log: "
                                            + e.path("text").asText()
                                            + " "
                                            + e.path("url").asText());
                        }
                    }
                    case "Network.requestWillBeSent" ->
                            requests.add(p.path("request").path("url").asText());
                    case "Network.loadingFailed" ->
                            errors.add("load failed: " + p.path("errorText").asText());
                    default -> {}
                }
                events.add(method);
            } catch (IOException e) {
                errors.add("unreadable DevTools message: " + e.getMessage());
            }
        }
    }
}
