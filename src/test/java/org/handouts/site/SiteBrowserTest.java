package org.handouts.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The web edition in a real browser (Debian's Chromium through Selenium), served over HTTP from
 * 127.0.0.1: axe-core finds no WCAG 2.1 A/AA violation, nothing is loaded from anywhere but the site,
 * every picture arrives, the console stays quiet, the skip link comes first, no page scrolls sideways
 * on a 320 px phone or at 200% zoom, and without JavaScript every article is reached by keyboard.
 *
 * <p>Needs /usr/bin/chromium and /usr/bin/chromedriver ({@code apt-get install chromium chromium-driver});
 * without them the test is skipped, unless HANDOUTS_REQUIRE_BROWSER is set, as CI sets it ({@code .ci/run}).
 */
class SiteBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> PAGES = List.of("index.html", "managing-fatigue/", "pictures/", "topics/tests/");

    @TempDir
    static Path temp;
    static HttpServer server;
    static WebDriver browser;
    static WebDriver withoutScripts;
    static String origin;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("HANDOUTS_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("HANDOUTS_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + DRIVER + " is missing");
        }
        Assumptions.assumeTrue(present, "no Chromium here: apt-get install chromium chromium-driver");
        FixtureProject project = FixtureProject.create(temp)
                .writeBytes("articles/images/wide.jpg", TestImages.jpeg(1600, 900))
                .repoArticles("managing-fatigue", "eating-well")
                .simpleArticle("pictures", "Pictures and Links", "tags: [tests]\n", """
                        A photo:

                        ![A wide photo of a garden](images/wide.jpg)

                        | A long heading for a column | Another long heading | A third one |
                        | --- | --- | --- |
                        | Some words in a cell | https://clinic.example/a/very/long/address/that/does/not/break/easily | more words |

                        See [eating well](eating-well.md) and [the web](https://example.org/page).[^1]

                        [^1]: Ask your care team which tips fit you.
                        """);
        FixtureProject.Run run = project.build(project.options().withOffline(true));
        assertEquals(0, run.result().exitCode(), run.stderr());
        Path site = project.out().resolve("site");

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            byte[] body = file.startsWith(site) && Files.isRegularFile(file) ? Files.readAllBytes(file) : "not found".getBytes(StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".jpg") ? "image/jpeg" : name.endsWith(".png") ? "image/png" : "application/octet-stream";
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(Files.isRegularFile(file) ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

        browser = chromium("chromium-profile", false);
        withoutScripts = chromium("chromium-no-scripts", true);
    }

    static WebDriver chromium(String profile, boolean noScripts) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + temp.resolve(profile));
        // The page's messages (errors, failed loads), read back after each page.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (noScripts) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (withoutScripts != null) {
            withoutScripts.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    static Object run(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static void open(String page, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(origin + page);
    }

    @Test
    void axeFindsNoViolation() throws IOException {
        String axe = new String(SiteBrowserTest.class.getResourceAsStream("/axe/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        List<String> violations = new ArrayList<>();
        for (String page : PAGES) {
            open(page, 1024);
            run(axe);
            Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                            + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                            + ".catch(e => done(['axe failed: ' + e]));");
            for (Object violation : (List<?>) result) {
                violations.add(page + " " + violation);
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everythingComesFromTheSiteAndEveryPictureArrives() {
        for (String page : PAGES) {
            open(page, 1024);
            // The body's pictures load lazily, after the page's load event: each is asked for now and waited for
            // (a load or an error), so a picture is judged once the browser is done with it, not while it comes.
            List<?> missing = (List<?>) ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const images = Array.from(document.images); images.forEach(i => { i.loading = 'eager'; });"
                            + "Promise.all(images.map(i => i.complete ? null : new Promise(r => { i.onload = r; i.onerror = r; })))"
                            + ".then(() => done(images.filter(i => i.naturalWidth === 0).map(i => i.currentSrc || i.src)));");
            assertEquals(List.of(), missing, page);
            List<?> elsewhere = (List<?>) run("return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith(arguments[0]));", origin);
            assertEquals(List.of(), elsewhere, page);
            List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
            assertEquals(List.of(), console, page + ": the console is quiet");
        }
    }

    /** No script is needed to read anything: with JavaScript off, Tab reaches every article from the index and Enter opens it. */
    @Test
    void withoutJavaScriptEveryArticleIsReachedByKeyboardFromTheIndex() {
        withoutScripts.get("data:text/html,<title>before</title><script>document.title='after'</script>");
        assertEquals("before", withoutScripts.getTitle(), "this browser runs no page script");
        withoutScripts.get(origin + "index.html");
        java.util.Set<String> reached = new java.util.LinkedHashSet<>();
        for (int press = 0; press < 200; press++) {
            new Actions(withoutScripts).sendKeys(Keys.TAB).perform();
            String href = withoutScripts.switchTo().activeElement().getAttribute("href");
            if (href != null) {
                reached.add(href.replace(origin, ""));
            }
        }
        assertTrue(reached.containsAll(List.of("managing-fatigue/", "eating-well/", "pictures/")), reached.toString());
        withoutScripts.get(origin + "index.html");
        for (int press = 0; press < 200; press++) {
            new Actions(withoutScripts).sendKeys(Keys.TAB).perform();
            if ((origin + "pictures/").equals(withoutScripts.switchTo().activeElement().getAttribute("href"))) {
                break;
            }
        }
        new Actions(withoutScripts).sendKeys(Keys.ENTER).perform();
        assertEquals(origin + "pictures/", withoutScripts.getCurrentUrl());
        assertEquals("Pictures and Links", withoutScripts.findElement(org.openqa.selenium.By.tagName("h1")).getText());
    }

    @Test
    void theSkipLinkComesFirstAndLeadsToTheContent() {
        open("managing-fatigue/", 1024);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("Skip to the content", run("return document.activeElement.textContent.trim();"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertEquals("main", run("return document.activeElement.id;"));
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneOrAt200PercentZoom() {
        List<String> wide = new ArrayList<>();
        // 200% zoom of a 1280 px window lays a page out 640 CSS px wide.
        for (int width : new int[] {320, 640}) {
            for (String page : PAGES) {
                open(page, width);
                @SuppressWarnings("unchecked")
                Map<String, Long> sizes = (Map<String, Long>) run("return {scroll: document.documentElement.scrollWidth,"
                        + " client: document.documentElement.clientWidth};");
                if (sizes.get("scroll") > sizes.get("client")) {
                    wide.add(page + " at " + width + " px: " + sizes);
                }
            }
        }
        assertEquals(List.of(), wide);
        open("pictures/", 320);
        assertTrue(((Number) run("return document.querySelector('.body img').getBoundingClientRect().width;")).doubleValue() <= 320);
    }
}
