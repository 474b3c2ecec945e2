package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.handouts.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logo the renderer cannot draw safely is refused with one warning at {@code brand.logo}, and every PDF is
 * still built, without the logo; before, an SVG whose style imported a file failed every PDF.
 */
class BrokenLogoTest {

    static final String SVG_HEAD = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"10\" height=\"10\" viewBox=\"0 0 10 10\">";

    static CliRun buildWithLogo(Path temp, String name, byte[] logo) {
        FixtureProject project = FixtureProject.create(temp)
                .config(FixtureProject.DEFAULT_CONFIG.replace("logo: brand/logo.svg", "logo: brand/" + name))
                .writeBytes("brand/" + name, logo)
                .simpleArticle("a", "Rest", "", "Rest when you feel tired.");
        String root = project.root().toString();
        CliRun run = CliRun.of("build", "--articles", root + "/articles", "--layouts-folder", root + "/layouts", "--fonts", root + "/fonts",
                "--config", root + "/handouts.yml", "--out", root + "/out", "--cache", root + "/cache", "-q");
        assertEquals(0, run.code(), run.err());
        assertTrue(Pdfs.text(project.out().resolve("pdf/handout/a.pdf")).contains("Rest when you feel tired."), run.err());
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.pdf")), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("at org."), run.err());
        return run;
    }

    static void assertRefused(CliRun run, String reason) {
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("handouts.yml:7:9: warning: 'brand.logo' is not used: " + reason), run.err());
        assertTrue(run.err().contains("the handouts are built without a logo"), run.err());
    }

    @Test
    void anSvgStyleThatImportsAFileIsRefused(@TempDir Path temp) throws java.io.IOException {
        try (TestServer server = new TestServer()) {
            String svg = SVG_HEAD + "<style>@import url(" + server.url("/logo.css") + ");</style><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";
            CliRun run = buildWithLogo(temp, "logo.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertRefused(run, "its <style> imports another file (@import)");
            assertEquals(0, server.requests.size(), "nothing is fetched for the logo");
        }
    }

    @Test
    void anSvgThatLinksToOtherFilesIsRefused(@TempDir Path temp) {
        String svg = SVG_HEAD + "<image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/></svg>";
        assertRefused(buildWithLogo(temp, "logo.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "<image> links to another file (xlink:href=\"file:///etc/passwd\")");
    }

    @Test
    void anSvgWithAnEntityIsRefused(@TempDir Path temp) {
        String svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]>" + SVG_HEAD + "<text>&a;</text></svg>";
        assertRefused(buildWithLogo(temp, "logo.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "it is not a well-formed SVG file");
    }

    @Test
    void aDamagedPngIsRefused(@TempDir Path temp) throws java.io.IOException {
        byte[] png = Files.readAllBytes(FixtureProject.REPO.resolve("brand/logo.png"));
        assertRefused(buildWithLogo(temp, "logo.png", java.util.Arrays.copyOf(png, 200)), "the picture is damaged");
    }

    @Test
    void anSvgWithItsOwnStyleIsDrawn(@TempDir Path temp) {
        String svg = SVG_HEAD + "<style>circle { fill: #1F5C99; }</style><defs><linearGradient id=\"g\"/></defs>"
                + "<circle cx=\"5\" cy=\"5\" r=\"4\" style=\"stroke: url(#g)\"/></svg>";
        CliRun run = buildWithLogo(temp, "logo.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("", run.err());
    }
}
