package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table wider than the page lost its right-hand columns without a word (a weekly schedule in large print
 * stopped at Thursday; a 30-column table showed 10). Every header of every table must be in the PDF of every
 * layout and of the printed booklet, and no character may lie outside the page.
 */
class WideTablesTest {

    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    static final List<String> THIRTY = IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("Week%02d", i)).toList();

    @TempDir
    static Path temp;
    static FixtureProject project;
    static FixtureProject.Run run;

    @BeforeAll
    static void build() {
        String schedule = "| Medicine | " + String.join(" | ", DAYS) + " |\n"
                + "|---|" + "---|".repeat(DAYS.size()) + "\n"
                + "| Morning tablet | " + DAYS.stream().map(d -> "with food").collect(Collectors.joining(" | ")) + " |\n"
                + "| Evening tablet | " + DAYS.stream().map(d -> "at bedtime").collect(Collectors.joining(" | ")) + " |\n";
        String wide = "| Visit | " + String.join(" | ", THIRTY) + " |\n"
                + "|---|" + "---|".repeat(THIRTY.size()) + "\n"
                + "| Blood test | " + THIRTY.stream().map(w -> "yes").collect(Collectors.joining(" | ")) + " |\n";
        project = FixtureProject.create(temp)
                .config(FixtureProject.BOTH_LAYOUTS_CONFIG)
                .simpleArticle("schedule", "Your week of medicines", "",
                        "## Your schedule\n\nTick each box when you take it.\n\n" + schedule + "\n## Tests\n\n" + wide
                                + "\n## A small table\n\n| Time | What |\n|---|---|\n| 8am | Breakfast |\n"
                                + "\n## Too long\n\n| Vaccine | Note |\n|---|---|\n| Flu | " + "Pneumococcal".repeat(6) + " |\n");
        run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
    }

    static List<Path> pdfs() {
        return List.of(project.out().resolve("pdf/handout/schedule.pdf"), project.out().resolve("pdf/large-print/schedule.pdf"),
                project.out().resolve("booklet.pdf"));
    }

    @Test
    void everyHeaderOfEveryTableIsPrintedInEveryLayout() {
        for (Path pdf : pdfs()) {
            String text = Pdfs.text(pdf);
            for (String header : concat(DAYS, THIRTY, List.of("Medicine", "Visit", "Breakfast"))) {
                assertTrue(text.contains(header), header + " missing from " + pdf + ":\n" + text);
            }
        }
    }

    @Test
    void noCharacterLiesOutsideThePage() {
        for (Path pdf : pdfs()) {
            List<String> outside = outsideThePage(pdf);
            assertEquals(List.of(), outside, pdf.toString());
        }
    }

    @Test
    void aTableTooWideEvenWhenSplitIsAWarningAtItsLine() {
        // front matter (5 lines), a blank line, then the body: the "Vaccine" header row is on line 30
        assertTrue(run.stderrLines().stream().anyMatch(l -> l.endsWith("schedule.md:30:1: warning: this table is too wide for the page"
                + " even two columns at a time (a word in it is longer than a line of the table); its words are broken across"
                + " lines: shorten them, or turn the table into a list")), run.stderr());
        assertEquals(1, run.stderrLines().size(), run.stderr());
    }

    @Test
    void theScheduleIsSplitIntoPartsThatRepeatTheFirstColumn() {
        String text = Pdfs.text(project.out().resolve("pdf/large-print/schedule.pdf"));
        assertEquals(2, text.split("Medicine", -1).length - 1, text);
        assertEquals(2 * 2, text.split("tablet", -1).length - 1, text);
    }

    @Test
    void aTableThatFitsIsLeftWhole() {
        String text = Pdfs.text(project.out().resolve("pdf/handout/schedule.pdf"));
        assertEquals(1, text.split("Breakfast", -1).length - 1, text);
    }

    static List<String> outsideThePage(Path pdf) {
        List<String> outside = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDPage page = getCurrentPage();
                    PDRectangle box = page.getMediaBox();
                    float x = text.getXDirAdj();
                    float y = text.getYDirAdj();
                    if (x < 0 || x + text.getWidthDirAdj() > box.getWidth() + 0.5f || y < 0 || y > box.getHeight()) {
                        outside.add(text.getUnicode() + " at " + x + "," + y + " on page " + getCurrentPageNo());
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outside.size() > 20 ? outside.subList(0, 20) : outside;
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
