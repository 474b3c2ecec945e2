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

/**
 * A real HTTP server on 127.0.0.1 for tests that download: each path answers as told, and every request
 * is recorded (method, path as received, status sent, body bytes sent, headers) for assertions.
 */
public final class LocalHttpServer implements AutoCloseable {

    /** How to answer one path. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One request as the server saw it. */
    public record Request(String method, String rawPath, int status, long bodyBytes, Map<String, List<String>> headers) { }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String raw = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            Handler handler = routes.getOrDefault(exchange.getRequestURI().getRawPath(), LocalHttpServer::notFound);
            try {
                handler.handle(exchange);
            } finally {
                requests.add(new Request(exchange.getRequestMethod(), raw, exchange.getResponseCode(),
                        bodyBytes(exchange), Map.copyOf(exchange.getRequestHeaders())));
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalHttpServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Answers 200 with these bytes and content type, and an ETag so clients can revalidate. */
    public LocalHttpServer serve(String path, String contentType, byte[] body) {
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            send(exchange, 200, body);
        });
    }

    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        SENT.set((long) body.length);
    }

    private static final ThreadLocal<Long> SENT = ThreadLocal.withInitial(() -> 0L);

    private static long bodyBytes(HttpExchange exchange) {
        long sent = SENT.get();
        SENT.set(0L);
        return sent;
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "not found".getBytes());
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requestsFor(String path) {
        return requests.stream().filter(r -> r.rawPath().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
