package org.handouts.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the web edition's folder over HTTP. Each HTML page it sends gets a small script that asks, once a
 * second, whether a newer build is there and reloads the page when it is, and, after a build with errors,
 * a box at the top of the page listing them (path:line:col: error: …). Nothing outside the folder is
 * served; a missing file is a plain 404.
 */
final class PreviewServer implements AutoCloseable {
    static final String VERSION_PATH = "/__handouts/version";

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "jpg", "image/jpeg", "png", "image/png", "gif", "image/gif", "webp", "image/webp", "svg", "image/svg+xml",
            "pdf", "application/pdf", "epub", "application/epub+zip", "ttf", "font/ttf");

    private final HttpServer server;
    private final Path folder;
    private final Supplier<BuildStatus> status;

    PreviewServer(String host, int port, Path folder, Supplier<BuildStatus> status) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.status = status;
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address pages are served at, e.g. http://127.0.0.1:8000/. */
    String address() {
        String host = server.getAddress().getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (path.equals(VERSION_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(status.get().version()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = folder.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                BuildStatus now = status.get();
                String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not here yet</title></head><body>"
                        + "<main><h1>Nothing here (yet)</h1><p>This page is not in the web edition: the build may still be running,"
                        + " or the article has an error.</p></main></body></html>";
                send(exchange, 404, TYPES.get("html"), withPreview(page, now).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] body = Files.readAllBytes(file);
            if (extension.equals("html")) {
                body = withPreview(new String(body, StandardCharsets.UTF_8), status.get()).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
        }
    }

    /** The page with the reload script, and the last build's errors at the top when it had any. */
    static String withPreview(String html, BuildStatus now) {
        StringBuilder added = new StringBuilder();
        if (!now.errors().isEmpty()) {
            added.append("<div role=\"alert\" id=\"handouts-build-errors\" style=\"border:4px solid #b00020;background:#fff0f0;color:#1a1a1a;")
                    .append("padding:0.75rem 1rem;margin:0;font:16px/1.5 monospace;white-space:pre-wrap\"><strong>The last build has ")
                    .append(now.errors().size()).append(now.errors().size() == 1 ? " error" : " errors")
                    .append(" (this page may be older):</strong>\n");
            now.errors().forEach(error -> added.append(escape(error)).append('\n'));
            added.append("</div>");
        }
        added.append("<script>(function(){var v='").append(now.version()).append("';function poll(){fetch('")
                .append(VERSION_PATH).append("',{cache:'no-store'}).then(function(r){return r.text();})")
                .append(".then(function(t){if(t.trim()!==v){location.reload();}else{setTimeout(poll,1000);}})")
                .append(".catch(function(){setTimeout(poll,2000);});}setTimeout(poll,1000);})();</script>");
        int body = html.indexOf("<body");
        int open = body < 0 ? -1 : html.indexOf('>', body);
        return open < 0 ? added + html : html.substring(0, open + 1) + added + html.substring(open + 1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
