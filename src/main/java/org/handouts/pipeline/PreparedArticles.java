package org.handouts.pipeline;

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
import org.handouts.images.KeptFile;
import org.handouts.images.ImageFormat;
import org.handouts.images.PreparedImage;
import org.handouts.render.ArticleBody;
import org.handouts.render.Heading;

/**
 * Each article as last prepared (its body XHTML, headings and hero picture), kept in
 * {@code out/.handouts-prepared/<slug>.bin} under the hash of everything it was made from. The booklets
 * need every article prepared; with this an edit to one article re-prepares only that one, instead of
 * converting the Markdown of the whole library again. A missing, damaged or outdated entry, or one whose
 * pictures are no longer in the image cache or no longer match their checksums ({@link KeptFile}), only
 * means "prepare it again".
 *
 * <p>A small binary file per article rather than one big file: an edit rewrites one small file, and a
 * build reads only the entries it needs. Thread-safe (every call works on its own file).
 */
final class PreparedArticles {

    static final String FOLDER = ".handouts-prepared";
    /** v3: every paragraph right before a list is a lead-in; entries kept by v2 are prepared again. */
    private static final String MAGIC = "handouts prepared article v3";

    /** What one article's preparation made, without the article itself (that is parsed on every build). */
    record Entry(ArticleBody body, Optional<PreparedImage> hero, List<Path> pictures) { }

    private final Path folder;

    PreparedArticles(Path out) {
        this.folder = out.resolve(FOLDER);
    }

    /** The entry for {@code slug} made from inputs hashing to {@code key}, if kept and still whole. */
    Optional<Entry> load(String slug, String key) {
        Optional<byte[]> bytes = KeptFile.read(folder.resolve(slug + ".bin"));
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes.get()))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            String xhtml = LongText.read(in);
            int headingCount = in.readInt();
            List<Heading> headings = new ArrayList<>(headingCount);
            for (int i = 0; i < headingCount; i++) {
                headings.add(new Heading(in.readInt(), in.readUTF(), in.readUTF()));
            }
            Optional<PreparedImage> hero = Optional.empty();
            if (in.readBoolean()) {
                hero = Optional.of(new PreparedImage(Path.of(in.readUTF()), ImageFormat.valueOf(in.readUTF()),
                        in.readInt(), in.readInt()));
            }
            int pictureCount = in.readInt();
            List<Path> pictures = new ArrayList<>(pictureCount);
            for (int i = 0; i < pictureCount; i++) {
                pictures.add(Path.of(in.readUTF()));
            }
            // The prepared pictures live in the image cache, which `handouts cache clear` may have emptied, and
            // a damaged one must be prepared again, not embedded.
            if (!pictures.stream().allMatch(KeptFile::isIntact)) {
                return Optional.empty();
            }
            return Optional.of(new Entry(new ArticleBody(xhtml, headings), hero, pictures));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps what preparing {@code slug} made. {@code pictures} are every prepared picture file the entry
     * refers to (the hero and the body's). A failure to keep it is no failure of the build.
     */
    void save(String slug, String key, Entry entry) {
        try {
            KeptFile.write(folder.resolve(slug + ".bin"), temporary -> {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                    out.writeUTF(MAGIC);
                    out.writeUTF(key);
                    LongText.write(out, entry.body().xhtml());
                    out.writeInt(entry.body().headings().size());
                    for (Heading heading : entry.body().headings()) {
                        out.writeInt(heading.level());
                        out.writeUTF(heading.id());
                        out.writeUTF(heading.text());
                    }
                    out.writeBoolean(entry.hero().isPresent());
                    if (entry.hero().isPresent()) {
                        PreparedImage hero = entry.hero().get();
                        out.writeUTF(hero.file().toAbsolutePath().toString());
                        out.writeUTF(hero.format().name());
                        out.writeInt(hero.width());
                        out.writeInt(hero.height());
                    }
                    out.writeInt(entry.pictures().size());
                    for (Path picture : entry.pictures()) {
                        out.writeUTF(picture.toAbsolutePath().toString());
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next build prepares this article again.
        }
    }

    /** Forgets the entry of an article that is gone. */
    void forget(String slug) {
        // A failure is harmless: an entry nobody asks for is never read.
        KeptFile.delete(folder.resolve(slug + ".bin"));
    }
}
