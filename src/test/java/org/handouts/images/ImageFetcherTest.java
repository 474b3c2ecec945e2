package org.handouts.images;

import org.handouts.config.ImageSettings;
import org.handouts.testing.SilentServer;
import org.handouts.testing.TestImages;
import org.handouts.testing.TestServer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.handouts.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real server on 127.0.0.1 misbehaving in every way the issue lists. */
class ImageFetcherTest {

    private static final ImageSettings FAST = ImageSettings.DEFAULTS
            .withDeadline(Duration.ofSeconds(3)).withConnectTimeout(Duration.ofSeconds(1)).withRetryDelay(Duration.ofMillis(50));
    private static final byte[] JPEG = TestImages.jpeg(40, 30);

    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ImageFetcher.Result fetch(String path) {
        return new ImageFetcher(FAST).fetch(server.url(path), Optional.empty());
    }

    private static String reason(ImageFetcher.Result result) {
        return assertInstanceOf(ImageFetcher.Failed.class, result).reason();
    }

    @Test
    void ok_answer_gives_the_bytes_and_names_the_tool_and_version() {
        server.serve("/a.jpg", "image/jpeg", JPEG);
        ImageFetcher.Fetched fetched = assertInstanceOf(ImageFetcher.Fetched.class, fetch("/a.jpg"));
        assertArrayEquals(JPEG, fetched.bytes());
        String agent = server.requests.get(0).userAgent();
        assertTrue(agent.startsWith("handouts/" + Version.get()), agent);
    }

    @Test
    void url_is_sent_exactly_as_written_percent_escapes_included() {
        // The shape of the seed article's hero: a whole escaped URL inside the path of an image CDN.
        String path = "/dims4/default/03e529f/2147483647/strip/true/crop/2000x1333+0+0/resize/2000x1333!/quality/90/";
        String query = "url=http%3A%2F%2Fnewatlas-brightspot.s3.amazonaws.com%2F39%2Ff0%2Fdepositphotos-321601022-l-2015.jpg";
        server.serve(path, "image/jpeg", JPEG);
        assertInstanceOf(ImageFetcher.Fetched.class, new ImageFetcher(FAST).fetch(server.url(path + "?" + query), Optional.empty()));
        assertEquals(path + "?" + query, server.requests.get(0).rawPathAndQuery());
    }

    @Test
    void not_found_is_not_retried() {
        String why = reason(fetch("/missing.jpg"));
        assertTrue(why.contains("HTTP 404"), why);
        assertEquals(1, server.count("/missing.jpg"));
    }

    @Test
    void server_error_then_ok_is_retried() {
        server.route("/flaky.jpg", (ex, nth) -> {
            if (nth == 1) {
                TestServer.send(ex, 500, "text/plain", "oops".getBytes());
            } else {
                TestServer.send(ex, 200, "image/jpeg", JPEG);
            }
        });
        assertInstanceOf(ImageFetcher.Fetched.class, fetch("/flaky.jpg"));
        assertEquals(2, server.count("/flaky.jpg"));
    }

    @Test
    void server_error_every_time_gives_up_after_two_retries() {
        server.route("/down.jpg", (ex, nth) -> TestServer.send(ex, 503, "text/plain", "busy".getBytes()));
        String why = reason(fetch("/down.jpg"));
        assertTrue(why.contains("HTTP 503") && why.contains("3 times"), why);
        assertEquals(3, server.count("/down.jpg"));
    }

    @Test
    void connection_refused_is_retried_then_reported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String why = reason(new ImageFetcher(FAST).fetch("http://127.0.0.1:" + closedPort + "/x.jpg", Optional.empty()));
        assertTrue(why.contains("connect") && why.contains("3 times"), why);
    }

    @Test
    void two_redirects_are_followed() {
        server.route("/one", (ex, nth) -> TestServer.redirect(ex, "/two"));
        server.route("/two", (ex, nth) -> TestServer.redirect(ex, server.url("/final.jpg")));
        server.serve("/final.jpg", "image/jpeg", JPEG);
        assertInstanceOf(ImageFetcher.Fetched.class, fetch("/one"));
        assertEquals(1, server.count("/final.jpg"));
    }

    @Test
    void redirect_loop_is_detected_and_not_retried() {
        server.route("/ping", (ex, nth) -> TestServer.redirect(ex, "/pong"));
        server.route("/pong", (ex, nth) -> TestServer.redirect(ex, "/ping"));
        String why = reason(fetch("/ping"));
        assertTrue(why.contains("redirect loop"), why);
        assertEquals(1, server.count("/ping"));
        assertEquals(1, server.count("/pong"));
    }

    @Test
    void more_than_five_redirects_are_refused() {
        for (int i = 0; i < 8; i++) {
            int next = i + 1;
            server.route("/r" + i, (ex, nth) -> TestServer.redirect(ex, "/r" + next));
        }
        String why = reason(fetch("/r0"));
        assertTrue(why.contains("more than 5 redirects"), why);
        assertEquals(0, server.count("/r6"));
    }

    @Test
    void redirect_to_another_scheme_is_refused() {
        server.route("/sneaky", (ex, nth) -> TestServer.redirect(ex, "file:///etc/passwd"));
        String why = reason(fetch("/sneaky"));
        assertTrue(why.contains("only http and https"), why);
    }

    @Test
    void only_http_and_https_addresses_are_fetched() {
        for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/x.jpg", "jar:file:/x.jar!/a.png")) {
            assertTrue(reason(new ImageFetcher(FAST).fetch(url, Optional.empty())).contains("only http and https"), url);
        }
    }

    @Test
    void a_server_that_accepts_and_never_answers_is_given_up_at_the_deadline() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            ImageSettings settings = FAST.withDeadline(Duration.ofMillis(1500));
            Instant began = Instant.now();
            String why = reason(new ImageFetcher(settings).fetch(silent.url("/x.jpg"), Optional.empty()));
            long ms = Duration.between(began, Instant.now()).toMillis();
            assertTrue(why.contains("no complete answer within 1.5 s"), why);
            // Given up because of the deadline (the message says so) and not before it; how much later depends on
            // the machine's load, so no upper bound is asserted.
            assertTrue(ms >= 1400, "gave up after " + ms + " ms, before the 1.5 s deadline");
        }
    }

    @Test
    void an_endless_body_is_cut_off_while_reading() {
        AtomicLong sent = new AtomicLong();
        server.route("/huge.jpg", (ex, nth) -> {
            ex.getResponseHeaders().set("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, 0); // chunked: no length to check up front
            byte[] chunk = new byte[64 * 1024];
            chunk[0] = (byte) 0xFF;
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 1600; i++) { // 100 MB if nobody stops it
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            }
        });
        ImageSettings capped = FAST.withMaxBytes(1024 * 1024).withDeadline(Duration.ofSeconds(10));
        String why = reason(new ImageFetcher(capped).fetch(server.url("/huge.jpg"), Optional.empty()));
        assertTrue(why.contains("larger than the limit of 1 MB"), why);
        // Socket buffers hold a few MB at most; a fetcher that read to the end would have taken all 100.
        sleepQuietly(300);
        assertTrue(sent.get() < 12L * 1024 * 1024, "server sent " + sent.get() + " bytes");
    }

    @Test
    void a_declared_length_over_the_cap_is_refused_without_reading() {
        server.serve("/big.jpg", "image/jpeg", new byte[3 * 1024 * 1024]);
        String why = reason(new ImageFetcher(FAST.withMaxBytes(1024 * 1024)).fetch(server.url("/big.jpg"), Optional.empty()));
        assertTrue(why.contains("larger than the limit"), why);
    }

    @Test
    void conditional_request_answered_304_is_not_modified() {
        server.route("/c.jpg", (ex, nth) -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                TestServer.send(ex, 200, "image/jpeg", JPEG);
            }
        });
        ImageFetcher.Fetched first = assertInstanceOf(ImageFetcher.Fetched.class, fetch("/c.jpg"));
        assertEquals(Optional.of("\"v1\""), first.etag());
        ImageCache.Entry entry = new ImageCache.Entry(server.url("/c.jpg"), null, first.etag(), Optional.empty(), Instant.now());
        assertInstanceOf(ImageFetcher.NotModified.class, new ImageFetcher(FAST).fetch(server.url("/c.jpg"), Optional.of(entry)));
    }

    @Test
    void spaces_in_a_url_are_escaped_but_existing_escapes_are_kept() throws Exception {
        assertEquals("http://x.example/a%20b/c%2Fd%C3%A9", ImageFetcher.parse("http://x.example/a b/c%2Fdé").toString());
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
