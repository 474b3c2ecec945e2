package org.handouts.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * {@code handouts serve} as a writer meets it, in a real Chromium: the page shows the article, reloads by
 * itself after the article is saved with a new title, shows a located error at its top after a broken save
 * (the server stays up, the last good page stays), and clears it once the article is fixed. The waits are
 * deadlines for something that must happen, never measurements.
 */
class PreviewTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    static Path temp;
    static FixtureProject project;
    static Preview preview;
    static Thread watching;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("HANDOUTS_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("HANDOUTS_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + DRIVER + " is missing");
        }
        Assumptions.assumeTrue(present, "no Chromium here: apt-get install chromium chromium-driver");
        project = FixtureProject.create(temp).simpleArticle("fever", "What To Do About a Fever", "tags: [tests]\n",
                "Call your care team if you have a fever.\n");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        preview = new Preview(project.options().withOffline(true).withBookletPdf(false).withEpub(false), "127.0.0.1", 0, quiet, quiet);
        watching = new Thread(preview::watch, "preview-watch");
        watching.setDaemon(true);
        watching.start();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + temp.resolve("chromium-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
            watching.join(10_000);
        }
    }

    /** Waits until the browser shows what it must, up to a deadline, re-reading the page as it reloads. */
    static void until(java.util.function.Predicate<WebDriver> shown) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                if (shown.test(browser)) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // The page was reloading: look again.
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not show it within " + PATIENCE.toSeconds() + " s: " + browser.getPageSource());
            }
            Thread.sleep(200);
        }
    }

    @Test
    void thePageFollowsTheArticleAndShowsAnErrorWhereTheWriterLooks() throws Exception {
        assertTrue(preview.address().startsWith("http://127.0.0.1:"), preview.address());
        browser.get(preview.address() + "fever/");
        assertEquals("What To Do About a Fever", browser.findElement(By.tagName("h1")).getText());

        project.simpleArticle("fever", "When You Have a Fever", "tags: [tests]\n", "Call your care team if you have a fever.\n");
        until(b -> b.findElement(By.tagName("h1")).getText().equals("When You Have a Fever"));

        project.article("fever.md", "---\ntitle: [unclosed\n---\n\nText.\n");
        until(b -> !b.findElements(By.id("handouts-build-errors")).isEmpty());
        String banner = browser.findElement(By.id("handouts-build-errors")).getText();
        assertTrue(banner.matches("(?s).*fever\\.md:\\d+:\\d+: error: .*"), banner);
        assertEquals("When You Have a Fever", browser.findElement(By.tagName("h1")).getText(), "the last good page stays");
        HttpResponse<String> still = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(preview.address())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, still.statusCode(), "the server is still up");

        project.simpleArticle("fever", "When You Have a Fever", "tags: [tests]\n", "Call your care team if you have a fever.\n");
        until(b -> b.findElements(By.id("handouts-build-errors")).isEmpty());
        assertTrue(Files.readString(preview.folder().resolve("fever/index.html")).indexOf("<script") < 0,
                "the reload script is only in what the preview serves, never in the site on disk");
    }
}
