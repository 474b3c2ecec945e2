package org.handouts.images;

import org.handouts.config.ImageSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.handouts.Version;

/**
 * Downloads one picture over HTTP(S), defensively: a connect timeout, one overall deadline that covers
 * redirects and retries, at most {@value ImageSettings#MAX_REDIRECTS} redirects (followed here, so each hop
 * is checked: http(s) only, no loops), up to {@value ImageSettings#RETRIES} retries with back-off on
 * connection errors and 5xx answers (never on 4xx: asking again will not help), and a size cap enforced
 * while the body arrives, so a huge or endless body is cut off instead of filling memory.
 *
 * <p>The URL is used exactly as written: percent-escapes are neither decoded nor encoded again (image
 * CDNs put whole escaped URLs inside their paths). Only characters that can never appear in a URL (spaces,
 * non-ASCII letters) are escaped, as browsers do.
 */
public final class ImageFetcher {

    /** What one fetch gave. */
    public sealed interface Result permits Fetched, NotModified, Failed { }

    public record Fetched(byte[] bytes, Optional<String> etag, Optional<String> lastModified) implements Result { }

    public record NotModified() implements Result { }

    /** @param reason words for a warning, e.g. "the server answered HTTP 404 (not found)" */
    public record Failed(String reason) implements Result { }

    public static final String USER_AGENT = "handouts/" + Version.get() + " (patient handout builder; Java HttpClient)";

    private final ImageSettings settings;
    /**
     * Made on the first download: creating an HTTP client sets up TLS (reading the CA certificates), which
     * costs a one-article rebuild a tenth of a second, and most builds download nothing.
     */
    private HttpClient client;

    public ImageFetcher(ImageSettings settings) {
        this.settings = settings;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    // Redirects are followed by hand: the client's own following has no loop check we can report,
                    // no hop limit we can set, and would carry us to any scheme the Location names.
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    /** Parses a URL as written, escaping only characters that are illegal in any URL. */
    public static URI parse(String url) throws URISyntaxException {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            StringBuilder fixed = new StringBuilder();
            for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                    fixed.append('%').append(String.format("%02X", c));
                } else {
                    fixed.append((char) c);
                }
            }
            return new URI(fixed.toString());
        }
    }

    public Result fetch(String url, Optional<ImageCache.Entry> cached) {
        URI uri;
        try {
            uri = parse(url);
        } catch (URISyntaxException e) {
            return new Failed("not a valid web address (" + e.getReason() + ")");
        }
        if (!isWeb(uri)) {
            return new Failed("only http and https addresses are fetched");
        }
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        Duration delay = settings.retryDelay();
        Failed last = null;
        for (int attempt = 0; attempt <= ImageSettings.RETRIES; attempt++) {
            if (attempt > 0) {
                long left = deadline - System.nanoTime();
                if (left <= delay.toNanos()) {
                    break;
                }
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Failed("interrupted");
                }
                delay = delay.multipliedBy(2);
            }
            Attempt outcome = followRedirects(uri, cached, deadline);
            if (outcome.result() instanceof Failed failed) {
                last = failed;
                if (outcome.retry()) {
                    continue;
                }
            }
            return outcome.result();
        }
        return new Failed(last.reason() + " (tried " + (ImageSettings.RETRIES + 1) + " times)");
    }

    /** One try, redirects included; {@code retry} says whether trying again could help. */
    private record Attempt(Result result, boolean retry) {
        static Attempt fail(String reason, boolean retry) {
            return new Attempt(new Failed(reason), retry);
        }
    }

    private Attempt followRedirects(URI start, Optional<ImageCache.Entry> cached, long deadline) {
        Set<URI> visited = new LinkedHashSet<>();
        URI current = start;
        for (int hop = 0; ; hop++) {
            visited.add(current);
            Exchange exchange = exchange(current, cached, deadline);
            if (exchange.failure() != null) {
                return exchange.failure();
            }
            int status = exchange.status();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                Optional<String> location = exchange.location();
                if (location.isEmpty()) {
                    return Attempt.fail("the server answered HTTP " + status + " (a redirect) without saying where to", false);
                }
                URI next;
                try {
                    next = current.resolve(parse(location.get()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Attempt.fail("the server redirected to an invalid address: " + location.get(), false);
                }
                if (!isWeb(next)) {
                    return Attempt.fail("the server redirected to " + next + "; only http and https addresses are fetched", false);
                }
                if (visited.contains(next)) {
                    return Attempt.fail("redirect loop (" + next + " redirects back to itself after " + (hop + 1) + " step"
                            + (hop == 0 ? "" : "s") + ")", false);
                }
                if (hop + 1 > ImageSettings.MAX_REDIRECTS) {
                    return Attempt.fail("more than " + ImageSettings.MAX_REDIRECTS + " redirects", false);
                }
                current = next;
                continue;
            }
            if (status == 304 && cached.isPresent()) {
                return new Attempt(new ImageFetcher.NotModified(), false);
            }
            if (status == 200) {
                if (exchange.body() == null) {
                    return Attempt.fail("the picture is larger than the limit of " + megabytes(settings.maxBytes()), false);
                }
                return new Attempt(new Fetched(exchange.body(), exchange.header("ETag"), exchange.header("Last-Modified")), false);
            }
            return Attempt.fail("the server answered HTTP " + status + reasonPhrase(status), status >= 500);
        }
    }

    /** One request and its answer; {@code body} is only read for a 200 and is null when over the cap. */
    private record Exchange(int status, HttpResponse<byte[]> response, byte[] body, Attempt failure) {
        Optional<String> location() {
            return header("Location");
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }
    }

    private Exchange exchange(URI uri, Optional<ImageCache.Entry> cached, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return new Exchange(0, null, null, Attempt.fail(noAnswer(), false));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(left))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5");
        cached.flatMap(ImageCache.Entry::etag).ifPresent(v -> request.header("If-None-Match", v));
        cached.flatMap(ImageCache.Entry::lastModified).ifPresent(v -> request.header("If-Modified-Since", v));
        CompletableFuture<HttpResponse<byte[]>> pending =
                client().sendAsync(request.GET().build(), info -> new CappedBody(info, settings.maxBytes()));
        try {
            HttpResponse<byte[]> response = pending.get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            return new Exchange(response.statusCode(), response, response.body(), null);
        } catch (TimeoutException e) {
            // Cancelling aborts the exchange and closes its connection (JDK 16+), so nothing keeps reading.
            pending.cancel(true);
            return new Exchange(0, null, null, Attempt.fail(noAnswer(), false));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new Exchange(0, null, null, Attempt.fail("interrupted", false));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean timedOut = cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException);
            return new Exchange(0, null, null, Attempt.fail(timedOut ? noAnswer() : describe(cause), !timedOut && isConnectionProblem(cause)));
        }
    }

    private String noAnswer() {
        return "no complete answer within " + seconds(settings.deadline());
    }

    /**
     * Collects a 200 answer's body up to the cap and stops the transfer as soon as the cap is passed (the
     * rest is never read). Other answers are not read at all: their bodies are error pages we do not need.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long cap;
        private final boolean wanted;
        private Flow.Subscription subscription;

        CappedBody(HttpResponse.ResponseInfo info, long cap) {
            this.cap = cap;
            OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
            this.wanted = info.statusCode() == 200;
            if (wanted && declared.isPresent() && declared.getAsLong() > cap) {
                result.complete(null);
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (!wanted || result.isDone()) {
                s.cancel();
                result.complete(null);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                if (out.size() + (long) item.remaining() > cap) {
                    subscription.cancel();
                    result.complete(null);
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    private static boolean isConnectionProblem(Throwable e) {
        return e instanceof IOException;
    }

    private static String describe(Throwable e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "the server did not accept a connection in time";
        }
        if (e instanceof ConnectException) {
            return "could not connect to the server";
        }
        if (e instanceof java.nio.channels.UnresolvedAddressException || e instanceof java.net.UnknownHostException
                || e.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
            return "the server's name could not be found (no network?)";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "a secure connection could not be made (" + e.getMessage() + ")";
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return "the connection failed (" + e.getMessage() + ")";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 401, 403 -> " (access denied)";
            case 404, 410 -> " (not found)";
            case 429 -> " (too many requests)";
            case 500 -> " (server error)";
            case 502, 503, 504 -> " (server unavailable)";
            default -> "";
        };
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
    }

    static String seconds(Duration duration) {
        long ms = duration.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
