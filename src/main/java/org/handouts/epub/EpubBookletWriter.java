package org.handouts.epub;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.render.LibraryContext;
import org.handouts.io.AtomicWrite;
import org.handouts.images.ByteSize;

/**
 * {@code out/booklet.epub}: every article that built, in one EPUB 3 booklet grouped by topic. Written
 * atomically, so a reader never finds half a booklet; a problem is reported and the rest of the build stands.
 */
public final class EpubBookletWriter {
    public static final String FILE_NAME = "booklet.epub";

    /** A written booklet and its size in bytes. */
    public record Written(Path file, long bytes) {
        /** For the build summary: "booklet.epub 1.2 MB". */
        public String summary() {
            return file.getFileName() + " " + ByteSize.label(bytes);
        }
    }

    /** Writes the booklet for a build; empty (with the reason reported) when there is none. */
    public Optional<Written> write(LibraryContext context, Consumer<Diagnostic> report) {
        Path target = context.file(FILE_NAME);
        if (context.articles().isEmpty()) {
            report.accept(Diagnostic.warning(target, 0, 0, "no article built, so no EPUB booklet was written"));
            return Optional.empty();
        }
        Instant date;
        try {
            date = BuildDate.resolve(context.options().sourceDate(), System.getenv(), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            report.accept(Diagnostic.warning(null, 0, 0, e.getMessage() + "; the booklet is dated now"));
            date = BuildDate.resolve(Optional.empty(), java.util.Map.of(), Clock.systemUTC());
        }
        try {
            write(context, date, target);
            return Optional.of(new Written(target, Files.size(target)));
        } catch (IOException | RuntimeException e) {
            report.accept(Diagnostic.error(target, 0, 0, "could not write the EPUB booklet: " + e));
            return Optional.empty();
        }
    }

    /** Writes the booklet for these articles, dated {@code date}, to {@code target}. */
    public void write(LibraryContext context, Instant date, Path target) throws IOException {
        BookletAssembler.Booklet booklet = new BookletAssembler(context.config(), context.fonts(), date,
                Optional.of(context.options().out()), !context.options().force(), context.lang()).assemble(context.articles());
        AtomicWrite.write(target, temporary -> {
            // Buffered: the zip writes headers and deflated data in pieces of a few hundred bytes.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                EpubPackager.write(booklet, out);
            }
        });
    }
}
