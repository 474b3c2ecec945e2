package org.handouts.pipeline;

import org.handouts.config.BuildOptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds with the real pipeline: what is rendered again after each kind of change. Articles are
 * tiny and tagged so that "related handouts" link them: a and b share "sleep", c has "work", d has "pain".
 */
class IncrementalBuildTest {

    @TempDir
    Path temp;
    FixtureProject project;

    /** What is rendered again and what is kept, in the PDFs and booklets; SiteWriterTest follows the web edition. */
    static final String CONFIG = FixtureProject.DEFAULT_CONFIG + "site:\n  enabled: false\n";

    @BeforeEach
    void library() {
        project = FixtureProject.create(temp).config(CONFIG);
        project.simpleArticle("a", "Alpha", "tags: [sleep]\n", "Rest well.");
        project.simpleArticle("b", "Bravo", "tags: [sleep]\n", "Sleep tips.");
        project.simpleArticle("c", "Charlie", "tags: [work]\n", "Working during treatment.");
        project.simpleArticle("d", "Delta", "tags: [pain]\n", "Pain relief.");
    }

    private Path pdf(String layout, String slug) {
        return project.out().resolve("pdf/" + layout + "/" + slug + ".pdf");
    }

    private static Set<String> names(List<Path> files) {
        return files.stream().map(p -> p.getParent().getFileName() + "/" + p.getFileName()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Handouts only: the booklets have their own test below, so counts here are about article PDFs. */
    private BuildOptions handoutsOnly() {
        return project.options().withEpub(false).withBookletPdf(false);
    }

    private FixtureProject.Run build() {
        FixtureProject.Run run = project.build(handoutsOnly());
        assertEquals(0, run.result().exitCode(), run.stderr());
        return run;
    }

    @Test
    void booksAreRemadeOnlyWhenAnArticleInThemChanged() throws Exception {
        Path epub = project.out().resolve("booklet.epub");
        Path booklet = project.out().resolve("booklet.pdf");
        FixtureProject.Run first = project.build();
        assertEquals(0, first.result().exitCode(), first.stderr());
        assertTrue(first.result().written().containsAll(List.of(epub, booklet)), first.result().written().toString());
        assertEquals("", first.stdout(), "--quiet says nothing about the booklets either");

        FixtureProject.Run second = project.build();
        assertEquals(List.of(), second.result().written());
        assertTrue(second.result().upToDate().containsAll(List.of(epub, booklet)));

        project.simpleArticle("c", "Charlie", "tags: [work]\n", "Working during treatment, with breaks.");
        FixtureProject.Run third = project.build();
        assertTrue(third.result().written().containsAll(List.of(epub, booklet, pdf("handout", "c"))), third.result().written().toString());
        assertFalse(third.result().written().contains(pdf("handout", "a")));

        Files.delete(booklet);
        FixtureProject.Run fourth = project.build();
        assertEquals(List.of(booklet), fourth.result().written(), "a deleted booklet is made again, and only it");
    }

    @Test
    void aSecondBuildRendersNothingAndLeavesEveryPdfAsItWas() throws Exception {
        FixtureProject.Run first = build();
        assertEquals(4, first.result().written().size());
        byte[] before = Files.readAllBytes(pdf("handout", "a"));
        FileTime mtime = Files.getLastModifiedTime(pdf("handout", "a"));

        FixtureProject.Run second = build();
        assertEquals(List.of(), second.result().written());
        assertEquals(4, second.result().upToDate().size());
        assertArrayEquals(before, Files.readAllBytes(pdf("handout", "a")));
        assertEquals(mtime, Files.getLastModifiedTime(pdf("handout", "a")));
    }

    @Test
    void editingOneArticleRendersOnlyThatArticle() {
        build();
        project.simpleArticle("d", "Delta", "tags: [pain]\n", "Pain relief, with a new paragraph.");
        FixtureProject.Run run = build();
        assertEquals(Set.of("handout/d.pdf"), names(run.result().written()));
        assertEquals(3, run.result().upToDate().size());
    }

    @Test
    void aBookletAfterAnEditPreparesOnlyTheEditedArticleAgain() throws Exception {
        BuildOptions epubOnly = buildAndAgeKeptPreparations("a", "b", "c", "d");
        Path kept = project.out().resolve(PreparedArticles.FOLDER);

        project.simpleArticle("c", "Charlie", "tags: [work]\n", "Working during treatment, with short breaks.");
        FixtureProject.Run run = project.build(epubOnly);
        assertEquals(0, run.result().exitCode(), run.stderr());

        assertTrue(Files.getLastModifiedTime(kept.resolve("c.bin")).compareTo(OLD) > 0, "the edited article is prepared again");
        for (String slug : List.of("a", "b", "d")) {
            assertEquals(OLD, Files.getLastModifiedTime(kept.resolve(slug + ".bin")), slug + " is taken as kept");
        }
        String book = epubText(project.out().resolve("booklet.epub"));
        assertTrue(book.contains("with short breaks"), "the edit is in the booklet");
        for (String text : List.of("Rest well.", "Sleep tips.", "Pain relief.")) {
            assertTrue(book.contains(text), "kept articles are in the booklet too: " + text);
        }
    }

    @Test
    void forceAndDeletionDoNotTrustKeptPreparations() throws Exception {
        BuildOptions epubOnly = buildAndAgeKeptPreparations("a");
        Path kept = project.out().resolve(PreparedArticles.FOLDER);

        assertEquals(0, project.build(epubOnly.withForce(true)).result().exitCode());
        assertTrue(Files.getLastModifiedTime(kept.resolve("a.bin")).compareTo(OLD) > 0, "--force prepares everything again");

        Files.delete(project.articles().resolve("d.md"));
        assertEquals(0, project.build(epubOnly).result().exitCode());
        assertFalse(Files.exists(kept.resolve("d.bin")), "a deleted article's preparation is forgotten");
    }

    @Test
    void anotherImageCacheDoesNotTrustKeptPreparations() throws Exception {
        BuildOptions epubOnly = buildAndAgeKeptPreparations("a");
        Path kept = project.out().resolve(PreparedArticles.FOLDER).resolve("a.bin");
        project.simpleArticle("c", "Charlie", "tags: [work]\n", "Working during treatment, with breaks.");

        assertEquals(0, project.build(epubOnly.withCache(temp.resolve("other-cache"))).result().exitCode());
        assertTrue(Files.getLastModifiedTime(kept).compareTo(OLD) > 0,
                "kept preparations name pictures in the old cache, which the renderer may not read");
    }

    /** A kept preparation's mtime before the next build; a newer one means it was prepared again. */
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    /** Builds with the EPUB (so every article is prepared and kept) and dates the given slugs' entries {@link #OLD}. */
    private BuildOptions buildAndAgeKeptPreparations(String... slugs) throws Exception {
        BuildOptions epubOnly = project.options().withBookletPdf(false);
        assertEquals(0, project.build(epubOnly).result().exitCode());
        for (String slug : slugs) {
            Files.setLastModifiedTime(project.out().resolve(PreparedArticles.FOLDER).resolve(slug + ".bin"), OLD);
        }
        return epubOnly;
    }

    /** Every XHTML file in an EPUB, one after another. */
    private static String epubText(Path epub) throws Exception {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }

    @Test
    void changingALayoutFileRendersOnlyThatLayout() throws Exception {
        Path copy = project.root().resolve("layouts/copy");
        Files.createDirectories(copy);
        for (String file : List.of("article.ftlx", "style.css")) {
            Files.copy(project.root().resolve("layouts/handout/" + file), copy.resolve(file));
        }
        project.config(CONFIG.replace("layouts: [handout]", "layouts: [handout, copy]"));
        assertEquals(8, build().result().written().size());

        Files.writeString(copy.resolve("style.css"), "\nh1 { letter-spacing: 0.01em; }\n", java.nio.file.StandardOpenOption.APPEND);
        FixtureProject.Run run = build();
        assertEquals(Set.of("copy/a.pdf", "copy/b.pdf", "copy/c.pdf", "copy/d.pdf"), names(run.result().written()));
    }

    @Test
    void changingATagRendersTheArticlesWhoseRelatedListOrTopicsChanged() {
        build();
        // c joins "sleep": c itself changed, and a and b now list c as related. d is not affected.
        project.simpleArticle("c", "Charlie", "tags: [work, sleep]\n", "Working during treatment.");
        FixtureProject.Run run = build();
        assertEquals(Set.of("handout/a.pdf", "handout/b.pdf", "handout/c.pdf"), names(run.result().written()));
    }

    @Test
    void aSharedSettingChangeRendersEverything() {
        build();
        project.config(CONFIG.replace("Test Clinic", "Other Clinic"));
        assertEquals(4, build().result().written().size());
    }

    @Test
    void deletingAnArticleRemovesItsPdfButNoFileTheManifestDidNotRecord() throws Exception {
        build();
        Path stranger = project.out().resolve("pdf/handout/kept-by-hand.pdf");
        Files.writeString(stranger, "not ours");
        Files.delete(project.articles().resolve("d.md"));
        FixtureProject.Run run = build();
        assertFalse(Files.exists(pdf("handout", "d")));
        assertEquals(List.of(pdf("handout", "d")), run.result().removed());
        assertTrue(Files.exists(stranger));
        assertTrue(Files.exists(pdf("handout", "a")));
        assertFalse(Files.readString(project.out().resolve(BuildManifest.FILE_NAME)).contains("handout/d.pdf"));
    }

    @Test
    void anArticleWithAnErrorKeepsItsEarlierPdfAndIsRetriedNextTime() throws Exception {
        build();
        project.article("d.md", "---\ntitle: [broken\n---\n");
        FixtureProject.Run broken = project.build(handoutsOnly());
        assertEquals(1, broken.result().exitCode());
        assertTrue(Files.exists(pdf("handout", "d")), "the earlier PDF stays until a complete new one replaces it");
        project.simpleArticle("d", "Delta", "tags: [pain]\n", "Pain relief.");
        assertEquals(Set.of(), names(build().result().written()), "fixed back as it was: the kept PDF is right");
        project.simpleArticle("d", "Delta", "tags: [pain]\n", "Pain relief, fixed.");
        assertEquals(Set.of("handout/d.pdf"), names(build().result().written()));
    }

    @Test
    void forceRendersEverythingAgain() {
        build();
        FixtureProject.Run run = project.build(handoutsOnly().withForce(true));
        assertEquals(4, run.result().written().size());
        assertEquals(0, run.result().upToDate().size());
        assertEquals(List.of(), build().result().written(), "and the build after it has nothing to do");
    }

    @Test
    void theSummarySaysRenderedAndUpToDate() {
        build();
        project.simpleArticle("a", "Alpha", "tags: [sleep]\n", "Rest well, and more.");
        FixtureProject.Run run = project.build(handoutsOnly().withQuiet(false));
        assertTrue(run.stdout().contains("4 articles: 1 file rendered to "), run.stdout());
        assertTrue(run.stdout().contains(", 3 up to date,"), run.stdout());
        assertTrue(run.stdout().contains("[1/1] "), "plain progress lines when not on a terminal: " + run.stdout());
        FixtureProject.Run quiet = build();
        assertEquals("", quiet.stdout());
    }

    @Test
    void theReportHasTheDocumentedFields() throws Exception {
        project.simpleArticle("e", "Echo", "tags: [pain]\nheroImage: \"images/missing.png\"\nheroAlt: \"A picture\"\n", "Text.");
        build();
        String json = Files.readString(project.out().resolve("report.json"));
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        for (String field : List.of("tool", "version", "startedAt", "jobs", "force", "summary", "timings", "articles", "libraryOutputs")) {
            assertTrue(report.has(field), field + " in " + json);
        }
        for (String field : List.of("articles", "failedArticles", "rendered", "upToDate", "removed", "warnings", "errors")) {
            assertTrue(report.get("summary").has(field), "summary." + field + " in " + json);
        }
        assertTrue(report.get("timings").get("totalMs").isNumber(), json);
        for (String stage : List.of("read articles", "check inputs", "render (sum over workers)")) {
            assertTrue(report.get("timings").get("stagesMs").get(stage).isNumber(), stage + " in " + json);
        }
        com.fasterxml.jackson.databind.JsonNode a = null;
        com.fasterxml.jackson.databind.JsonNode e = null;
        for (com.fasterxml.jackson.databind.JsonNode article : report.get("articles")) {
            for (String field : List.of("slug", "source", "status", "prepareMs", "outputs", "warnings", "errors")) {
                assertTrue(article.has(field), field + " in " + article);
            }
            a = article.get("slug").asText().equals("a") ? article : a;
            e = article.get("slug").asText().equals("e") ? article : e;
        }
        com.fasterxml.jackson.databind.JsonNode handout = null;
        for (com.fasterxml.jackson.databind.JsonNode output : a.get("outputs")) {
            handout = output.get("layout").asText().equals("handout") ? output : handout;
        }
        assertTrue(handout.get("path").asText().endsWith("pdf/handout/a.pdf"), handout.toString());
        assertEquals("rendered", handout.get("status").asText());
        assertTrue(handout.get("renderMs").isNumber(), handout.toString());
        assertEquals(Files.size(pdf("handout", "a")), handout.get("bytes").asLong());
        assertTrue(e.get("warnings").toString().contains("picture file 'images/missing.png' not found"), "warnings are listed under their article: " + e);
    }
}
