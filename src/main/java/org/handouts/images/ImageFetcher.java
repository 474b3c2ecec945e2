package org.handouts.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.handouts.Version;

/**
 * Downloads one picture over HTTP(S) with a connect timeout, an overall deadline and a size cap that is
 * enforced while reading. The URL is used exactly as written: percent-escapes are neither decoded nor
 * encoded again (image CDNs put whole URLs, escaped, inside their paths).
 */
public final class ImageFetcher {

    /** What one fetch gave. */
    public sealed interface Result permits Fetched, NotModified, Failed { }

    public record Fetched(byte[] bytes, Optional<String> etag, Optional<String> lastModified) implements Result { }

    public record NotModified() implements Result { }

    public record Failed(String reason) implements Result { }

    private final HttpClient client;
    private final ImageSettings settings;

    public ImageFetcher(ImageSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Result fetch(String url, Optional<ImageCache.Entry> cached) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return new Failed("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Failed("only http and https addresses are fetched");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.deadline())
                .header("User-Agent", "handouts/" + Version.get() + " (patient handout builder)")
                .header("Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5");
        cached.flatMap(ImageCache.Entry::etag).ifPresent(v -> request.header("If-None-Match", v));
        cached.flatMap(ImageCache.Entry::lastModified).ifPresent(v -> request.header("If-Modified-Since", v));

        CompletableFuture<HttpResponse<InputStream>> pending =
                client.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response = null;
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        try {
            response = pending.get(settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            if (status == 304 && cached.isPresent()) {
                response.body().close();
                return new NotModified();
            }
            if (status != 200) {
                response.body().close();
                return new Failed("the server answered HTTP " + status);
            }
            HttpResponse<InputStream> ok = response;
            CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> readCapped(ok.body()));
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            byte[] bytes = body.get(left, TimeUnit.MILLISECONDS);
            if (bytes == null) {
                return new Failed("the picture is larger than the limit of " + settings.maxBytes() / (1024 * 1024) + " MB");
            }
            return new Fetched(bytes, ok.headers().firstValue("ETag"), ok.headers().firstValue("Last-Modified"));
        } catch (TimeoutException e) {
            pending.cancel(true);
            closeQuietly(response);
            return new Failed("no complete answer within " + settings.deadline().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Failed(describe(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(response);
            return new Failed("interrupted");
        } catch (IOException e) {
            return new Failed(describe(e));
        }
    }

    /** Reads at most the cap plus one byte; returns null when the body is larger than the cap. */
    private byte[] readCapped(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > settings.maxBytes()) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void closeQuietly(HttpResponse<InputStream> response) {
        if (response != null) {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // Closing only aborts the transfer; nothing to report.
            }
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof java.io.UncheckedIOException u) {
            e = u.getCause();
        }
        if (e instanceof java.net.ConnectException) {
            return "could not connect to the server";
        }
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            return "the server did not accept a connection in time";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "the server did not answer in time";
        }
        if (e instanceof java.nio.channels.UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
            return "the server's name could not be found (no network?)";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
