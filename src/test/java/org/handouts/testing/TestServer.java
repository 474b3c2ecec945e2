package org.handouts.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 for tests: routes by path, and remembers every request it got. */
public final class TestServer implements AutoCloseable {

    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange, int nth) throws IOException;
    }

    /** One request as it arrived: the raw path and query exactly as sent, and the headers we care about. */
    public record Request(String rawPathAndQuery, String userAgent, String ifNoneMatch, String ifModifiedSince) { }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String raw = path + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Request(raw, exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("If-None-Match"), exchange.getRequestHeaders().getFirst("If-Modified-Since")));
            int nth = counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            Handler handler = routes.get(path);
            try {
                if (handler == null) {
                    send(exchange, 404, "text/html", "<html><body>Not here</body></html>".getBytes());
                } else {
                    handler.handle(exchange, nth);
                }
            } catch (IOException e) {
                // The client hung up (as it should, for oversized bodies); nothing to answer.
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public TestServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Serves the same bytes every time. */
    public TestServer serve(String path, String contentType, byte[] body) {
        return route(path, (exchange, nth) -> send(exchange, 200, contentType, body));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int count(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
