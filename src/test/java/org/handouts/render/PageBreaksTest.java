package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a page ends, in every layout: a list crossing a page keeps at least two of its items on each side
 * (one item alone at the top of a page reads like a stray), and a handout's closing (disclaimer, topics,
 * date, where to read it online) is one piece on the last page. The list is moved down one line at a time,
 * so that some article puts the page's end at every item of it.
 */
class PageBreaksTest {

    static final List<String> ITEMS = List.of("Apple", "Banana", "Cherry", "Damson", "Elder", "Fig");
    static final List<String> LAYOUTS = List.of("handout", "large-print");
    static final int FEWEST_LINES = 6;
    static final int MOST_LINES = 34;

    @TempDir
    static Path temp;
    static FixtureProject project;

    @BeforeAll
    static void build() {
        project = FixtureProject.create(temp)
                .config(FixtureProject.BOTH_LAYOUTS_CONFIG
                        + "site:\n  baseUrl: \"https://clinic.example/handouts/\"\n");
        for (int lines = FEWEST_LINES; lines <= MOST_LINES; lines++) {
            String filler = IntStream.rangeClosed(1, lines).mapToObj(n -> "Line " + n + " of the opening.")
                    .collect(Collectors.joining("\n\n"));
            String list = ITEMS.stream().map(item -> "- " + item + " is on this list.").collect(Collectors.joining("\n"));
            project.simpleArticle("list-" + lines, "A List After " + lines + " Lines", "tags: [tests]\n",
                    filler + "\n\n## When to call\n\nCall your team if:\n\n" + list + "\n\nA closing sentence after the list.\n");
        }
        FixtureProject.Run run = project.build(project.options().withEpub(false));
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    @Test
    void aListCrossingAPageKeepsTwoItemsOnEachSide() throws Exception {
        List<String> strays = new ArrayList<>();
        int crossings = 0;
        for (String layout : LAYOUTS) {
            for (int lines = FEWEST_LINES; lines <= MOST_LINES; lines++) {
                Path pdf = project.out().resolve("pdf/" + layout + "/list-" + lines + ".pdf");
                try (PDDocument doc = Pdfs.open(pdf)) {
                    for (int page = 1; page < doc.getNumberOfPages(); page++) {
                        long before = itemsOn(Pdfs.pageText(doc, page));
                        long after = itemsOn(Pdfs.pageText(doc, page + 1));
                        if (Pdfs.pageText(doc, page).contains("Call your team if:") && before < 2) {
                            strays.add(layout + "/list-" + lines + ": the words before the list on page " + page + " with " + before + " item(s)");
                        }
                        if (before > 0 && after > 0) {
                            crossings++;
                            if (before < 2 || after < 2) {
                                strays.add(layout + "/list-" + lines + ": " + before + " item(s) on page " + page
                                        + ", " + after + " on page " + (page + 1));
                            }
                        }
                    }
                }
            }
        }
        try (PDDocument doc = Pdfs.open(project.out().resolve("booklet.pdf"))) {
            for (int page = 1; page < doc.getNumberOfPages(); page++) {
                String next = Pdfs.pageText(doc, page + 1);
                long before = itemsOn(Pdfs.pageText(doc, page));
                long after = itemsOn(next);
                if (Pdfs.pageText(doc, page).contains("Call your team if:") && before < 2) {
                    strays.add("booklet: the words before the list on page " + page + " with " + before + " item(s)");
                }
                if (before > 0 && after > 0 && !next.contains("Line 1 of the opening")) {
                    crossings++;
                    if (before < 2 || after < 2) {
                        strays.add("booklet: " + before + " item(s) on page " + page + ", " + after + " on page " + (page + 1));
                    }
                }
            }
        }
        assertTrue(crossings >= 4, "the fixture should make lists cross a page in both layouts, crossed " + crossings);
        assertEquals(List.of(), strays);
    }

    @Test
    void theClosingIsOnePieceOnTheLastPage() throws Exception {
        List<String> split = new ArrayList<>();
        for (String layout : LAYOUTS) {
            for (int lines = FEWEST_LINES; lines <= MOST_LINES; lines++) {
                Path pdf = project.out().resolve("pdf/" + layout + "/list-" + lines + ".pdf");
                try (PDDocument doc = Pdfs.open(pdf)) {
                    String last = Pdfs.pageText(doc, doc.getNumberOfPages());
                    boolean topicsInClosing = layout.equals("large-print");
                    if (!last.contains("General information only") || !last.contains("Read this online")
                            || topicsInClosing && !last.contains("Topics")) {
                        split.add(layout + "/list-" + lines + " (" + doc.getNumberOfPages() + " pages)");
                    }
                }
            }
        }
        assertEquals(List.of(), split, "the last page should hold the whole closing: the disclaimer, the online address (and in large print the topics)");
    }

    private static long itemsOn(String pageText) {
        return ITEMS.stream().filter(item -> pageText.contains(item + " is on this list")).count();
    }
}
