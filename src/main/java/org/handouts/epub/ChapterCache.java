package org.handouts.epub;

import org.handouts.io.LongText;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handouts.io.InputsHash;
import org.handouts.ToolFingerprint;
import org.handouts.images.KeptFile;

/**
 * Chapter bodies as cleaned for the booklet by earlier builds ({@link ChapterBodyCleaner}), kept in
 * {@code out/.handouts-chapters/<slug>.bin}. Cleaning parses and rewrites every body with jsoup; after a
 * one-article edit that was half of assembling the booklet, for 99 chapters that had not changed.
 *
 * <p>A kept body is used when it was cleaned from the same body, for the same slug, among the same chapter
 * files (links between articles point at them), by the same version of the tool, and when asking the book
 * for its pictures again, in the same order, gives each the same name as before (an earlier chapter may now
 * own a name). Anything else, or a damaged file, means cleaning it again. Replaying the pictures is exactly
 * what cleaning would have asked, so the book's pictures are the same either way.
 */
final class ChapterCache {

    static final String FOLDER = ".handouts-chapters";
    private static final String MAGIC = "handouts cleaned chapter v1";

    private final Optional<Path> folder;
    private final boolean trustKept;
    private final String libraryKey;

    /**
     * @param out           the output folder, or empty to keep nothing
     * @param trustKept     false under {@code --force}: every chapter is cleaned again (and kept afresh)
     * @param chapterLinks  every chapter file of this booklet and the places links lead to in it
     * @param reservedIds   the ids the chapter page uses around the body
     */
    ChapterCache(Optional<Path> out, boolean trustKept, ChapterLinks chapterLinks, Set<String> reservedIds) {
        this(out, Optional.empty(), trustKept, chapterLinks, reservedIds);
    }

    /** @param lang another language's booklet keeps its chapters apart, so one booklet's clean-up spares the others' */
    ChapterCache(Optional<Path> out, Optional<String> lang, boolean trustKept, ChapterLinks chapterLinks, Set<String> reservedIds) {
        this.folder = out.map(o -> o.resolve(lang.map(l -> FOLDER + "-" + l.toLowerCase(java.util.Locale.ROOT)).orElse(FOLDER)));
        this.trustKept = trustKept;
        this.libraryKey = hash("library", chapterLinks.key(), new java.util.TreeSet<>(reservedIds).toString());
    }

    /** The body of {@code slug} cleaned for the book: the kept one when it still holds, else cleaned now and kept. */
    ChapterBodyCleaner.Cleaned clean(ChapterBodyCleaner cleaner, BookletImages images, String bodyXhtml, String slug) {
        if (folder.isEmpty()) {
            return cleaner.clean(bodyXhtml, slug);
        }
        String key = hash("chapter", libraryKey, slug, bodyXhtml);
        Path file = folder.get().resolve(slug + ".bin");
        if (trustKept) {
            Optional<ChapterBodyCleaner.Cleaned> kept = load(file, key);
            if (kept.isPresent() && replay(kept.get(), images)) {
                return kept.get();
            }
        }
        ChapterBodyCleaner.Cleaned cleaned = cleaner.clean(bodyXhtml, slug);
        save(file, key, cleaned);
        return cleaned;
    }

    /** Forgets the chapters of articles no longer in the booklet, so the folder does not grow with deleted ones. */
    void keepOnly(Set<String> slugs) {
        folder.ifPresent(f -> org.handouts.io.KeptBySlug.keepOnly(f, slugs, KeptFile::delete));
    }

    /** Asks the book for the kept body's pictures as cleaning did; true when each got the name the body uses. */
    private static boolean replay(ChapterBodyCleaner.Cleaned kept, BookletImages images) {
        boolean same = true;
        for (ChapterBodyCleaner.PictureUse use : kept.pictures()) {
            Optional<String> href = images.add(use.file(), use.nameHint()).map(BookletImages.Image::href);
            same &= href.equals(use.href());
        }
        return same;
    }

    private static Optional<ChapterBodyCleaner.Cleaned> load(Path file, String key) {
        Optional<byte[]> bytes = KeptFile.read(file);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes.get()))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            int undescribed = in.readInt();
            int count = in.readInt();
            if (count < 0 || count > 100_000) {
                return Optional.empty();
            }
            List<ChapterBodyCleaner.PictureUse> uses = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Path picture = Path.of(in.readUTF());
                String hint = in.readUTF();
                Optional<String> href = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
                uses.add(new ChapterBodyCleaner.PictureUse(picture, hint, href));
            }
            return Optional.of(new ChapterBodyCleaner.Cleaned(LongText.read(in), undescribed, uses));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void save(Path file, String key, ChapterBodyCleaner.Cleaned cleaned) {
        try {
            KeptFile.write(file, temporary -> {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                    out.writeUTF(MAGIC);
                    out.writeUTF(key);
                    out.writeInt(cleaned.undescribedImages());
                    out.writeInt(cleaned.pictures().size());
                    for (ChapterBodyCleaner.PictureUse use : cleaned.pictures()) {
                        out.writeUTF(use.file().toString());
                        out.writeUTF(use.nameHint());
                        out.writeBoolean(use.href().isPresent());
                        if (use.href().isPresent()) {
                            out.writeUTF(use.href().get());
                        }
                    }
                    LongText.write(out, cleaned.xhtml());
                }
            });
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next booklet cleans this chapter again.
        }
    }

    private static String hash(String kind, String... parts) {
        InputsHash hash = InputsHash.start(MAGIC).add(ToolFingerprint.get()).add(kind);
        for (String part : parts) {
            hash.add(part);
        }
        return hash.hex();
    }
}
