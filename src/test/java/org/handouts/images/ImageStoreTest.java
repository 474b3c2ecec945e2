package org.handouts.images;

import org.handouts.config.ImageSettings;
import org.handouts.testing.TestImages;
import org.handouts.testing.TestServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources in, prepared files or warnings out: checking, caching, offline use and preparing. */
class ImageStoreTest {

    /**
     * No test here waits for the deadline to run out, so it is generous: a loaded machine (test classes run two at
     * a time) must never turn a slow local answer into a failed download.
     */
    private static final ImageSettings FAST = ImageSettings.DEFAULTS
            .withDeadline(Duration.ofSeconds(30)).withConnectTimeout(Duration.ofSeconds(10)).withRetryDelay(Duration.ofMillis(50));

    @TempDir
    Path temp;
    private TestServer server;
    private Path articles;
    private Path article;
    private Path cache;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        articles = Files.createDirectories(temp.resolve("project/articles"));
        article = articles.resolve("a.md");
        Files.writeString(article, "---\ntitle: A\n---\n");
        cache = temp.resolve("project/.cache/handouts");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ImageStore store(boolean offline) {
        return new ImageStore(cache, offline, articles, FAST);
    }

    private ImageOutcome prepare(String source) {
        return store(false).prepare(source, article, 5, 12);
    }

    private static String messages(ImageOutcome outcome) {
        return outcome.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    private static PreparedImage ok(ImageOutcome outcome) {
        assertTrue(outcome.image().isPresent(), messages(outcome));
        return outcome.image().get();
    }

    private static String warning(ImageOutcome outcome) {
        assertTrue(outcome.image().isEmpty());
        assertEquals(1, outcome.diagnostics().size(), messages(outcome));
        Diagnostic d = outcome.diagnostics().get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(5, d.line());
        return d.message();
    }

    @Test
    void jpeg_png_and_webp_become_embeddable_jpeg_or_png_files() throws IOException {
        server.serve("/photo", "image/jpeg", TestImages.jpeg(300, 200));
        server.serve("/drawing", "application/octet-stream", TestImages.png(120, 80));
        server.serve("/small.webp", "image/webp", TestImages.resource("small.webp"));
        server.serve("/lossless.webp", "image/webp", TestImages.resource("small-lossless.webp"));
        for (String path : new String[] {"/photo", "/drawing", "/small.webp", "/lossless.webp"}) {
            PreparedImage image = ok(prepare(server.url(path)));
            assertTrue(image.format() == ImageFormat.JPEG || image.format() == ImageFormat.PNG, path + ": " + image.format());
            byte[] bytes = Files.readAllBytes(image.file());
            assertEquals(image.format(), ImageFormat.sniff(bytes), path);
            BufferedImage decoded = ImageIO.read(image.file().toFile());
            assertEquals(image.width(), decoded.getWidth(), path);
            assertTrue(image.file().startsWith(cache), "prepared files live in the cache: " + image.file());
        }
        assertEquals(64, ok(prepare(server.url("/small.webp"))).width());
    }

    @Test
    void html_error_page_sent_as_jpeg_is_a_warning_saying_what_arrived() {
        server.serve("/fake.jpg", "image/jpeg", "<!DOCTYPE html><html><body><h1>Access denied</h1></body></html>".getBytes());
        String message = warning(prepare(server.url("/fake.jpg")));
        assertTrue(message.contains("web page (HTML)") && message.contains("Access denied"), message);
        assertTrue(message.contains("the handout is made without it"), message);
    }

    @Test
    void empty_body_is_a_warning() {
        server.serve("/empty.jpg", "image/jpeg", new byte[0]);
        assertTrue(warning(prepare(server.url("/empty.jpg"))).contains("empty (0 bytes)"));
    }

    @Test
    void pdf_and_svg_are_refused_with_a_warning() {
        server.serve("/doc", "image/png", "%PDF-1.7\n...".getBytes());
        server.serve("/logo.svg", "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes());
        assertTrue(warning(prepare(server.url("/doc"))).contains("a PDF document"));
        String svg = warning(prepare(server.url("/logo.svg")));
        assertTrue(svg.contains("SVG pictures are not used") && svg.contains("export it as PNG"), svg);
    }

    @Test
    void not_found_is_a_warning() {
        assertTrue(warning(prepare(server.url("/nope.jpg"))).contains("HTTP 404"));
    }

    @Test
    void a_picture_declaring_30000_by_30000_pixels_is_refused_before_decoding() {
        byte[] bomb = TestImages.pngDeclaring(30000, 30000);
        assertTrue(bomb.length < 200, "a tiny file: " + bomb.length);
        server.serve("/bomb.png", "image/png", bomb);
        String message = warning(prepare(server.url("/bomb.png")));
        assertTrue(message.contains("30000×30000") && message.contains("50 megapixels") && message.contains("not decoded"), message);
    }

    @Test
    void paths_leaving_the_project_folder_are_warnings_and_never_read() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.png"), "not for you");
        for (String source : new String[] {"../../etc/passwd", "../../secret.png", secret.toString(), "images/../../secret.png"}) {
            ImageOutcome outcome = prepare(source);
            assertTrue(outcome.image().isEmpty());
            Diagnostic d = outcome.diagnostics().get(0);
            assertEquals(Severity.WARNING, d.severity(), source);
            assertTrue(d.message().contains("outside the project folder") && d.message().contains("made without it"), d.message());
        }
    }

    @Test
    void a_link_inside_the_articles_folder_pointing_outside_is_refused() throws IOException {
        Path secret = Files.write(temp.resolve("secret.png"), TestImages.png(10, 10));
        Path link = articles.resolve("innocent.png");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to test
        }
        ImageOutcome outcome = prepare("innocent.png");
        assertTrue(outcome.image().isEmpty());
        assertEquals(Severity.WARNING, outcome.diagnostics().get(0).severity());
        assertTrue(outcome.diagnostics().get(0).message().contains("outside the project folder"), outcome.diagnostics().toString());
    }

    @Test
    void local_picture_next_to_the_article_is_prepared() throws IOException {
        Files.createDirectories(articles.resolve("images"));
        Files.write(articles.resolve("images/x.jpg"), TestImages.jpeg(200, 100));
        assertEquals(200, ok(prepare("images/x.jpg")).width());
        assertTrue(warning(prepare("images/missing.jpg")).contains("not found"));
    }

    @Test
    void second_build_revalidates_with_a_conditional_request_and_gets_no_body() {
        byte[] jpeg = TestImages.jpeg(100, 80);
        int[] bodies = {0};
        server.route("/v.jpg", (ex, nth) -> {
            if ("\"abc\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            bodies[0]++;
            ex.getResponseHeaders().set("ETag", "\"abc\"");
            ex.getResponseHeaders().set("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
            TestServer.send(ex, 200, "image/jpeg", jpeg);
        });
        ok(prepare(server.url("/v.jpg")));
        ok(store(false).prepare(server.url("/v.jpg"), article, 5, 12)); // a new store is a new build
        assertEquals(2, server.count("/v.jpg"));
        assertEquals(1, bodies[0], "the second build downloaded nothing");
        assertEquals("\"abc\"", server.requests.get(1).ifNoneMatch());
        assertEquals("Wed, 21 Oct 2015 07:28:00 GMT", server.requests.get(1).ifModifiedSince());
    }

    @Test
    void offline_uses_the_cache_and_never_the_network() {
        server.route("/o.jpg", (ex, nth) -> {
            ex.getResponseHeaders().set("ETag", "\"1\"");
            TestServer.send(ex, 200, "image/jpeg", TestImages.jpeg(90, 60));
        });
        String missing = warning(store(true).prepare(server.url("/o.jpg"), article, 5, 12));
        assertTrue(missing.contains("not in the picture cache") && missing.contains("--offline"), missing);
        assertEquals(0, server.count("/o.jpg"));
        ok(prepare(server.url("/o.jpg")));
        assertEquals(1, server.count("/o.jpg"));
        assertEquals(90, ok(store(true).prepare(server.url("/o.jpg"), article, 5, 12)).width());
        assertEquals(1, server.count("/o.jpg"), "offline asked the server nothing");
    }

    @Test
    void a_server_down_today_does_not_take_away_a_cached_picture() {
        server.route("/d.jpg", (ex, nth) -> {
            if (nth == 1) {
                ex.getResponseHeaders().set("ETag", "\"1\"");
                TestServer.send(ex, 200, "image/jpeg", TestImages.jpeg(90, 60));
            } else {
                TestServer.send(ex, 404, "text/plain", "gone".getBytes());
            }
        });
        ok(prepare(server.url("/d.jpg")));
        ImageOutcome again = prepare(server.url("/d.jpg"));
        ok(again);
        assertEquals(Severity.NOTE, again.diagnostics().get(0).severity());
    }

    @Test
    void an_error_page_is_never_cached() {
        server.serve("/e.jpg", "image/jpeg", "<html><body>oops</body></html>".getBytes());
        warning(prepare(server.url("/e.jpg")));
        assertTrue(new ImageCache(cache).lookup(server.url("/e.jpg")).isEmpty());
    }

    @Test
    void a_half_written_cache_entry_is_not_trusted() throws IOException {
        server.route("/h.jpg", (ex, nth) -> {
            ex.getResponseHeaders().set("ETag", "\"1\"");
            TestServer.send(ex, 200, "image/jpeg", TestImages.jpeg(90, 60));
        });
        ok(prepare(server.url("/h.jpg")));
        ImageCache imageCache = new ImageCache(cache);
        Path bytes = imageCache.lookup(server.url("/h.jpg")).get().bytes();
        byte[] whole = Files.readAllBytes(bytes);
        whole[whole.length / 2] ^= 0x55; // same size, different bytes: as if a write was cut short and padded
        Files.write(bytes, whole);
        assertTrue(imageCache.lookup(server.url("/h.jpg")).isEmpty());
    }

    @Test
    void a_large_photo_is_scaled_to_1600_wide_once() throws IOException {
        server.serve("/big.jpg", "image/jpeg", TestImages.jpeg(2000, 1333));
        PreparedImage image = ok(prepare(server.url("/big.jpg")));
        assertEquals(1600, image.width());
        assertEquals(1066, image.height(), 1);
        assertEquals(ImageFormat.JPEG, image.format());
        long modified = Files.getLastModifiedTime(image.file()).toMillis();
        PreparedImage again = ok(store(true).prepare(server.url("/big.jpg"), article, 5, 12));
        assertEquals(image.file(), again.file());
        assertEquals(modified, Files.getLastModifiedTime(again.file()).toMillis(), "the scaled copy was reused, not made again");
    }

    @Test
    void exif_orientation_is_applied() throws IOException {
        BufferedImage landscape = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                landscape.setRGB(x, y, x < 15 && y < 10 ? Color.RED.getRGB() : Color.WHITE.getRGB());
            }
        }
        // Orientation 6: the camera was turned clockwise; shown upright, the stored top-left is at the top-right.
        server.serve("/turned.jpg", "image/jpeg", TestImages.withOrientation(TestImages.jpeg(landscape, 0.95f), 6));
        PreparedImage image = ok(prepare(server.url("/turned.jpg")));
        assertEquals(40, image.width());
        assertEquals(60, image.height());
        BufferedImage upright = ImageIO.read(image.file().toFile());
        assertTrue(isRed(upright.getRGB(35, 3)), "top-right is red");
        assertFalse(isRed(upright.getRGB(3, 3)), "top-left is not");
    }

    @Test
    void transparency_is_flattened_on_white_when_jpeg_is_chosen() throws IOException {
        BufferedImage photo = TestImages.photo(400, 300);
        BufferedImage withAlpha = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                withAlpha.setRGB(x, y, x < 100 ? 0x00000000 : (0xFF000000 | photo.getRGB(x, y)));
            }
        }
        server.serve("/alpha.png", "image/png", TestImages.png(withAlpha));
        PreparedImage image = ok(prepare(server.url("/alpha.png")));
        assertEquals(ImageFormat.JPEG, image.format(), "a noisy photo is smaller as JPEG");
        int corner = ImageIO.read(image.file().toFile()).getRGB(10, 10);
        assertTrue(((corner >> 16) & 0xFF) > 245 && ((corner >> 8) & 0xFF) > 245 && (corner & 0xFF) > 245,
                "transparent parts are white, not black: " + Integer.toHexString(corner));
    }

    @Test
    void a_flat_drawing_stays_png_when_that_is_smaller() {
        BufferedImage flat = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = flat.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(Color.BLUE);
        g.fillRect(50, 50, 100, 50);
        g.dispose();
        server.serve("/flat.png", "image/png", TestImages.png(flat));
        assertEquals(ImageFormat.PNG, ok(prepare(server.url("/flat.png"))).format());
    }

    @Test
    void one_silent_server_does_not_hold_up_other_pictures() throws Exception {
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        server.route("/slow.jpg", (ex, nth) -> {
            try {
                answer.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.serve("/fast.jpg", "image/jpeg", TestImages.jpeg(50, 50));
        ImageStore store = store(false);
        Thread slow = new Thread(() -> store.prepare(server.url("/slow.jpg"), article, 5, 12));
        slow.start();
        Thread.sleep(100);
        ok(store.prepare(server.url("/fast.jpg"), article, 5, 12));
        // The silent server has not answered yet (it answers only when told to), so the fast picture did not wait for it.
        assertTrue(slow.isAlive(), "the fast picture was ready only after the slow one");
        answer.countDown();
        slow.join(30_000);
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80;
    }
}
