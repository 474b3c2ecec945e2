package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fonts are parsed once: a build after the first one reads what each unchanged file was. */
class KeptFontScansTest {

    private static Function<Path, KeptFontScans.Scan> counting(AtomicInteger scans) {
        return file -> {
            scans.incrementAndGet();
            return KeptFontScans.Scan.rejected("scanned " + file.getFileName());
        };
    }

    private static Path fonts(Path temp) throws IOException {
        Path fonts = Files.createDirectories(temp.resolve("fonts"));
        for (String name : List.of("DejaVuSans.ttf", "NotoSans-Regular.ttf")) {
            Files.copy(FixtureProject.FONTS.resolve(name), fonts.resolve(name));
        }
        Files.writeString(fonts.resolve("readme.ttf"), "not a font");
        return fonts;
    }

    @Test
    void aSecondScanReadsWhatTheFirstFoundAndParsesNothing(@TempDir Path temp) throws IOException {
        Path fonts = fonts(temp);
        Path out = temp.resolve("out");
        FontLibrary parsed = FontLibrary.scan(List.of(fonts));
        KeptFontScans first = KeptFontScans.in(out);
        assertEquals(summary(parsed), summary(FontLibrary.scan(List.of(fonts), first)));
        first.save();

        KeptFontScans second = KeptFontScans.in(out);
        AtomicInteger scans = new AtomicInteger();
        for (Path font : FontLibrary.fontFiles(fonts)) {
            second.scan(font, counting(scans));
        }
        assertEquals(0, scans.get(), "every file was kept");
        FontLibrary kept = FontLibrary.scan(List.of(fonts), KeptFontScans.in(out));
        assertEquals(summary(parsed), summary(kept));
        assertEquals(parsed.coverage().size(), kept.coverage().size());
    }

    @Test
    void aFileChangedSinceIsParsedAgain(@TempDir Path temp) throws IOException {
        Path fonts = fonts(temp);
        Path out = temp.resolve("out");
        KeptFontScans first = KeptFontScans.in(out);
        FontLibrary.scan(List.of(fonts), first);
        first.save();
        Path touched = fonts.resolve("NotoSans-Regular.ttf");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5000));

        KeptFontScans second = KeptFontScans.in(out);
        AtomicInteger scans = new AtomicInteger();
        KeptFontScans.Scan scan = second.scan(touched, counting(scans));
        assertEquals(1, scans.get());
        assertEquals("scanned NotoSans-Regular.ttf", scan.problem());
        second.scan(fonts.resolve("DejaVuSans.ttf"), counting(scans));
        assertEquals(1, scans.get(), "the unchanged file is kept");
    }

    @Test
    void aDamagedOrForeignKeptFileMeansParsingEveryFont(@TempDir Path temp) throws IOException {
        Path fonts = fonts(temp);
        Path out = Files.createDirectories(temp.resolve("out"));
        KeptFontScans first = KeptFontScans.in(out);
        FontLibrary.scan(List.of(fonts), first);
        first.save();
        Path kept = out.resolve(KeptFontScans.FILE_NAME);
        byte[] bytes = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        AtomicInteger scans = new AtomicInteger();
        KeptFontScans damaged = KeptFontScans.in(out);
        for (Path font : FontLibrary.fontFiles(fonts)) {
            damaged.scan(font, counting(scans));
        }
        assertEquals(3, scans.get());
    }

    private static List<String> summary(FontLibrary fonts) {
        List<String> lines = new java.util.ArrayList<>();
        fonts.faces().forEach(f -> lines.add(f.file().getFileName() + " " + f.family() + " " + f.weight() + " " + f.italic()));
        fonts.rejected().forEach(r -> lines.add(r.file().getFileName() + " rejected: " + r.reason()));
        lines.add("covers " + fonts.coverage().size());
        return lines;
    }
}
