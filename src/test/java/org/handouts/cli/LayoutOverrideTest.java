package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project replaces a built-in layout by name: {@code handouts layouts copy} puts an editable copy in its
 * layouts/ folder, a change to the copy's CSS shows in the next build, and the other layout stays built in.
 */
class LayoutOverrideTest {
    static final String MARK = "OurOwnLayout";

    static Path project(Path temp) throws IOException {
        Path root = temp.resolve("clinic");
        assertEquals(0, CliRun.of("init", root.toString()).code());
        return root;
    }

    /** {@code handouts layouts ARGS --config ROOT/handouts.yml}: the layouts folder is found beside it. */
    static CliRun layouts(Path root, String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("layouts"));
        all.addAll(java.util.List.of(args));
        all.addAll(java.util.List.of("--config", root.resolve("handouts.yml").toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    static CliRun build(Path root) {
        return CliRun.of("build", "--offline", "-q", "--no-booklet-pdf", "--no-epub", "--config", root.resolve("handouts.yml").toString());
    }

    static String pdfText(Path root, String layout) {
        return Pdfs.text(root.resolve("out/pdf/" + layout + "/getting-ready-for-your-visit.pdf"));
    }

    @Test
    void aCopiedLayoutsCssChangeShowsAndTheOtherLayoutStaysBuiltIn(@TempDir Path temp) throws IOException {
        Path root = project(temp);
        assertEquals(0, build(root).code());
        assertFalse(pdfText(root, "handout").contains(MARK));

        CliRun copy = layouts(root, "copy", "handout");
        assertEquals(0, copy.code(), copy.err());
        assertTrue(copy.out().contains("copied the built-in 'handout' layout to "), copy.out());
        Path css = root.resolve("layouts/handout/style.css");
        assertEquals(Files.readString(FixtureProject.LAYOUTS.resolve("handout/style.css")), Files.readString(css));
        Files.writeString(css, Files.readString(css) + "\nh1::after { content: \" " + MARK + "\"; }\n");

        CliRun list = layouts(root, "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("handout\\s+yes\\s+.*layouts/handout/ \\(replaces the built-in one\\)")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("large-print\\s+yes\\s+built in")), list.out());

        CliRun run = build(root);
        assertEquals(0, run.code(), run.err());
        assertTrue(pdfText(root, "handout").contains(MARK), "the changed CSS is used: " + pdfText(root, "handout"));
        assertFalse(pdfText(root, "large-print").contains(MARK), "large-print is still the built-in one");
    }

    @Test
    void aCopyOfTheSiteTemplatesIsWhatTheWebEditionUses(@TempDir Path temp) throws IOException {
        Path root = project(temp);
        CliRun copy = layouts(root, "copy", "site");
        assertEquals(0, copy.code(), copy.err());
        Path css = root.resolve("layouts/site/site.css");
        Files.writeString(css, Files.readString(css) + "\n/* " + MARK + " */\n");
        CliRun list = layouts(root, "list");
        assertFalse(list.out().contains("layouts/site/ is not a layout"), list.out());
        CliRun run = build(root);
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(root.resolve("out/site/site.css")).contains(MARK));
        assertFalse(Files.exists(root.resolve("out/pdf/site")), "the site templates are no print layout");
    }

    @Test
    void copyNeverOverwritesAndKnowsOnlyBuiltInLayouts(@TempDir Path temp) throws IOException {
        Path root = project(temp);
        assertEquals(0, layouts(root, "copy", "large-print").code());
        Files.writeString(root.resolve("layouts/large-print/style.css"), "/* mine */");
        CliRun again = layouts(root, "copy", "large-print");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already there, so it was left alone"), again.err());
        assertEquals("/* mine */", Files.readString(root.resolve("layouts/large-print/style.css")));

        CliRun unknown = layouts(root, "copy", "poster");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("there is no built-in layout named 'poster' (built in: handout, large-print, site)"), unknown.err());

        // A copy under a new name is a new layout, built once handouts.yml names it.
        CliRun renamed = layouts(root, "copy", "handout", root.resolve("layouts/poster").toString());
        assertEquals(0, renamed.code(), renamed.err());
        assertTrue(renamed.out().contains("add 'poster' to the 'layouts' list in handouts.yml"), renamed.out());
        CliRun list = layouts(root, "list");
        assertTrue(list.out().lines().anyMatch(l -> l.matches("poster\\s+no\\s+.*layouts/poster/")), list.out());
    }

    @Test
    void aLayoutFolderWithoutItsTemplateIsWarnedAboutAndTheBuiltInOneIsUsed(@TempDir Path temp) throws IOException {
        Path root = project(temp);
        Files.createDirectories(root.resolve("layouts/handout"));
        Files.writeString(root.resolve("layouts/handout/style.css"), "h1::after { content: \" " + MARK + "\"; }\n");
        CliRun run = build(root);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("layouts/handout: warning: has no article.ftlx, so the built-in 'handout' layout is used"
                + " and the files here are not; 'handouts layouts copy handout' (into an empty or new folder) makes a complete copy to change"), run.err());
        assertFalse(pdfText(root, "handout").contains(MARK));
    }
}
