package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.handouts.testing.FixtureProject;
import org.handouts.images.KeptFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Font metrics kept between builds: used for the same font files only. */
class FontMetricsCacheTest {

    private static final String KEY = "font-metrics:Atkinson Hyperlegible:400:normal";

    @TempDir
    Path temp;

    @Test
    void aRenderKeepsTheMetricsOfEveryFaceItMeasuredForTheNextBuild() throws IOException {
        PdfWriter.quietRendererLogging(false);
        FontLibrary fonts = FontLibrary.scan(FixtureProject.FONTS);
        Path out = temp.resolve("out");
        PdfWriter writer = new PdfWriter(fonts, List.of(temp), message -> { }, Optional.of(out), Optional.empty());
        writer.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>T</title><style>"
                + "body { font-family: 'Atkinson Hyperlegible', 'Noto Sans', 'DejaVu Sans'; }</style></head>"
                + "<body><h1>Rest</h1><p>Rest when you feel tired.</p></body></html>", temp.toUri(), new ByteArrayOutputStream());

        FontMetricsCache next = new FontMetricsCache(out, fonts);
        PdfBoxRawPDFontMetrics regular = (PdfBoxRawPDFontMetrics) next.get(KEY);
        assertNotNull(regular, "the next build starts with the face's metrics");
        assertTrue(regular._ascent > 0 && regular._descent > 0, "real metrics: " + regular._ascent + ", " + regular._descent);
        assertNotNull(next.get("font-metrics:Noto Sans:400:normal"), "fallback faces are measured once too");
    }

    @Test
    void aChangedFontIsMeasuredAgainAndADamagedFileIsIgnored() throws IOException {
        Path fontsFolder = temp.resolve("fonts");
        Files.createDirectories(fontsFolder);
        try (Stream<Path> files = Files.list(FixtureProject.FONTS)) {
            for (Path font : files.filter(f -> f.toString().contains("Atkinson")).toList()) {
                Files.copy(font, fontsFolder.resolve(font.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        FontLibrary fonts = FontLibrary.scan(fontsFolder);
        Path out = temp.resolve("out");
        new FontMetricsCache(out, fonts).put(KEY, new PdfBoxRawPDFontMetrics(1, 2, 3, 4, 5, 6));
        PdfBoxRawPDFontMetrics kept = (PdfBoxRawPDFontMetrics) new FontMetricsCache(out, fonts).get(KEY);
        assertEquals(1f, kept._ascent);
        assertEquals(6f, kept._underlineThickness);

        Path regular = fontsFolder.resolve("AtkinsonHyperlegible_400Regular.ttf");
        Files.setLastModifiedTime(regular, FileTime.fromMillis(Files.getLastModifiedTime(regular).toMillis() + 60_000));
        Path before;
        try (Stream<Path> files = Files.list(out)) {
            before = files.filter(f -> !f.getFileName().toString().endsWith(KeptFile.SUFFIX)).findFirst().orElseThrow();
        }
        FontLibrary changed = FontLibrary.scan(fontsFolder);
        assertNull(new FontMetricsCache(out, changed).get(KEY), "a changed font file is measured again");

        new FontMetricsCache(out, changed).put(KEY, new PdfBoxRawPDFontMetrics(1, 2, 3, 4, 5, 6));
        List<Path> now;
        try (Stream<Path> files = Files.list(out)) {
            now = files.filter(f -> !f.getFileName().toString().endsWith(KeptFile.SUFFIX)).toList();
        }
        assertEquals(1, now.size(), "one file, for the current fonts: " + now);
        assertTrue(!now.get(0).equals(before), "the old fonts' file is gone");
        Files.writeString(now.get(0), KEY + "\t9\t2\t3\t4\t5\t6\n");
        assertNull(new FontMetricsCache(out, changed).get(KEY), "a file that does not match its checksum is ignored");
        KeptFile.write(now.get(0), (KEY + "\tnot a number\t2\t3\t4\t5\t6\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertNull(new FontMetricsCache(out, changed).get(KEY), "a damaged file is ignored");
    }
}
