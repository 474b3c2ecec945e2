package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.handouts.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed booklet after an edit that moves no page (the default build of a writer at work): the booklet
 * written last is kept, byte for byte, and only the edited chapter's pages are added to it as an incremental
 * update. What a reader and a checker see is the same as a booklet made from nothing: every page's text, the
 * structure tree, links between chapters, PDF/UA-1 and PDF/A-3u.
 */
class BookletRevisionTest {

    @TempDir
    static Path temp;
    static FixtureProject project;
    static Path booklet;
    static byte[] first;
    static byte[] revised;

    @BeforeAll
    static void buildThenEditOneWord() throws IOException {
        project = FixtureProject.create(temp)
                .simpleArticle("alpha", "Alpha Care", "tags: [treatment]\n",
                        "## Before\n\nAlpha text. Read [the zulu notes](zulu.md) too.\n\n## After\n\nMore alpha.")
                .simpleArticle("long-one", "Long One", "tags: [treatment]\n",
                        "## First part\n\n" + "A paragraph that fills the page with plain words. ".repeat(60) + "\n\nThe end.")
                .simpleArticle("zulu", "Zulu Notes", "", "Untagged text. Back to [alpha](alpha.md).");
        FixtureProject.Run built = project.build();
        assertEquals(0, built.result().exitCode(), built.stderr());
        booklet = project.out().resolve("booklet.pdf");
        first = Files.readAllBytes(booklet);
        editAlpha("Alpha text, now edited.");
        revised = Files.readAllBytes(booklet);
    }

    private static void editAlpha(String sentence) {
        project.simpleArticle("alpha", "Alpha Care", "tags: [treatment]\n",
                "## Before\n\n" + sentence + " Read [the zulu notes](zulu.md) too.\n\n## After\n\nMore alpha.");
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length > prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    @Test
    void theLastBookletIsKeptAndTheEditAddedToIt() {
        assertTrue(startsWith(revised, first), "the booklet was written whole again, not revised");
        String text = Pdfs.text(booklet);
        assertTrue(text.contains("Alpha text, now edited."), text);
        assertFalse(text.contains("Alpha text. Read"), "the old sentence is still shown");
        assertTrue(text.contains("The end.") && text.contains("Untagged text."), "the other chapters are still there");
    }

    @Test
    void readersAndCheckersSeeWhatABookletMadeFromNothingShows(@TempDir Path other) throws IOException {
        FixtureProject.Run fresh = project.build(project.options().withForce(true).withOut(other));
        assertEquals(0, fresh.result().exitCode(), fresh.stderr());
        try (PDDocument made = Pdfs.open(booklet); PDDocument expected = Pdfs.open(other.resolve("booklet.pdf"))) {
            assertEquals(expected.getNumberOfPages(), made.getNumberOfPages());
            for (int page = 1; page <= made.getNumberOfPages(); page++) {
                assertEquals(Pdfs.pageText(expected, page), Pdfs.pageText(made, page), "page " + page);
            }
            assertEquals(structure(expected), structure(made), "the structure tree");
            assertEquals(parentTreeSize(expected), parentTreeSize(made), "entries in the parent tree (old chapter's left behind?)");
        }
    }

    @Test
    void theRevisedBookletIsStillPdfUaAndPdfA() throws IOException {
        assertEquals(List.of(), VeraPdf.failedRules(booklet, VeraPdf.PDF_UA_1));
        assertEquals(List.of(), VeraPdf.failedRules(booklet, VeraPdf.PDF_A_3U));
    }

    @Test
    void linksBetweenChaptersStillLeadToTheirPages() throws IOException {
        try (PDDocument doc = Pdfs.open(booklet)) {
            int alpha = pageWith(doc, "Alpha text, now edited.");
            int zulu = pageWith(doc, "About Zulu Notes.");
            assertEquals(List.of(zulu), internalLinkTargets(doc, alpha), "the edited chapter's link to zulu");
            assertTrue(internalLinkTargets(doc, pageWith(doc, "Untagged text.")).contains(pageWith(doc, "About Alpha Care.")),
                    "the kept chapter's link to the edited one");
        }
    }

    /** A booklet changed since it was written (here: copied over by hand) is never revised: it is assembled again. */
    @Test
    void aBookletChangedSinceIsAssembledAgain(@TempDir Path dir) throws IOException {
        FixtureProject small = builtPair(dir);
        Path file = small.out().resolve("booklet.pdf");
        byte[] before = Files.readAllBytes(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        small.simpleArticle("one", "One", "", "One text, edited.");
        assertEquals(0, small.build().result().exitCode());
        assertFalse(startsWith(Files.readAllBytes(file), before), "a booklet touched since was revised");
        assertTrue(Pdfs.text(file).contains("One text, edited."));
    }

    /** The chapters' key knows the layout's files: an edited stylesheet lays every chapter out again, in the new style. */
    @Test
    void anEditedStylesheetLaysTheChaptersOutAgain(@TempDir Path dir) throws IOException {
        FixtureProject small = builtPair(dir);
        Path chapter = small.out().resolve(org.handouts.render.ChapteredBooklet.FOLDER).resolve("two.bin");
        byte[] before = Files.readAllBytes(chapter);
        Path css = small.root().resolve("layouts/handout/booklet.css");
        Files.writeString(css, Files.readString(css) + "\np { letter-spacing: 0.05em; }\n");
        assertEquals(0, small.build().result().exitCode());
        assertFalse(Arrays.equals(before, Files.readAllBytes(chapter)), "a chapter of the old style was kept");
    }

    /** With SOURCE_DATE_EPOCH a booklet is always the same bytes as one made from nothing, so it is never revised. */
    @Test
    void aReproducibleBuildIsNeverRevised(@TempDir Path dir) throws IOException {
        Instant date = Instant.parse("2026-01-01T00:00:00Z");
        FixtureProject small = FixtureProject.create(dir.resolve("p"))
                .simpleArticle("one", "One", "", "One text.")
                .simpleArticle("two", "Two", "", "Two text.");
        assertEquals(0, small.build(small.options().withSourceDate(date)).result().exitCode());
        small.simpleArticle("one", "One", "", "One text, edited.");
        assertEquals(0, small.build(small.options().withSourceDate(date)).result().exitCode());
        assertEquals(0, small.build(small.options().withSourceDate(date).withForce(true).withOut(dir.resolve("fresh"))).result().exitCode());
        assertArrayEquals(Files.readAllBytes(dir.resolve("fresh/booklet.pdf")), Files.readAllBytes(small.out().resolve("booklet.pdf")));
    }

    /** A project of two one-line articles, built once. */
    private static FixtureProject builtPair(Path dir) {
        FixtureProject small = FixtureProject.create(dir)
                .simpleArticle("one", "One", "", "One text.")
                .simpleArticle("two", "Two", "", "Two text.");
        assertEquals(0, small.build().result().exitCode());
        return small;
    }

    private static int pageWith(PDDocument doc, String text) {
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            if (Pdfs.pageText(doc, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page shows " + text);
    }

    private static List<Integer> internalLinkTargets(PDDocument doc, int page) throws IOException {
        List<Integer> targets = new ArrayList<>();
        for (PDAnnotation annotation : doc.getPage(page - 1).getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                    && goTo.getDestination() instanceof PDPageDestination destination) {
                targets.add(doc.getPages().indexOf(destination.getPage()) + 1);
            }
        }
        return targets;
    }

    /** How many structure elements of each type the tree holds, reached from its root. */
    private static Map<String, Integer> structure(PDDocument doc) {
        Map<String, Integer> counts = new TreeMap<>();
        count(doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT), counts, new IdentityHashMap<>());
        return counts;
    }

    private static void count(COSBase node, Map<String, Integer> counts, Map<COSBase, Boolean> seen) {
        COSBase direct = node instanceof COSObject o ? o.getObject() : node;
        if (direct instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                count(array.get(i), counts, seen);
            }
        } else if (direct instanceof COSDictionary element && seen.put(element, true) == null) {
            if (element.getCOSName(COSName.S) != null) {
                counts.merge(element.getCOSName(COSName.S).getName(), 1, Integer::sum);
            }
            if (element.containsKey(COSName.K)) {
                count(element.getItem(COSName.K), counts, seen);
            }
        }
    }

    private static int parentTreeSize(PDDocument doc) {
        COSDictionary tree = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT)
                .getCOSDictionary(COSName.PARENT_TREE);
        return tree.getCOSArray(COSName.NUMS).size() / 2;
    }
}
