package org.handouts.site;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.handouts.ToolFingerprint;
import org.handouts.images.KeptFile;
import org.handouts.io.LongText;

/**
 * Each article's body as its web page shows it, kept from the last build in {@code out/.handouts-site-bodies}
 * under a key of everything it is made from (see {@link SiteBody}), with the pictures it asked the site for
 * and what it got. A kept body counts only when asking for the same pictures now gives the same answers, so
 * the site still copies and keeps them. Making every body again (a jsoup parse and a rewrite of each) was
 * most of the web edition's work after a one-article edit. Only a cache: a missing or damaged file means
 * making every body.
 */
final class KeptSiteBodies {

    static final String FILE_NAME = ".handouts-site-bodies";
    private static final String MAGIC = "handouts site bodies v1";

    /** A picture a body asked for (its prepared file and width), and what the site gave. */
    record Asked(String file, int width, Optional<SitePictures.Picture> answer) { }

    record Entry(String key, String html, List<Asked> pictures) { }

    private final Optional<Path> file;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new HashMap<>();

    private KeptSiteBodies(Optional<Path> file, Map<String, Entry> previous) {
        this.file = file;
        this.previous = previous;
    }

    static KeptSiteBodies none() {
        return new KeptSiteBodies(Optional.empty(), Map.of());
    }

    static KeptSiteBodies in(Path out) {
        Path file = out.resolve(FILE_NAME);
        return new KeptSiteBodies(Optional.of(file), KeptFile.read(file).map(KeptSiteBodies::entries).orElse(Map.of()));
    }

    /** The kept body of {@code slug} made under {@code key}, once its pictures are asked for again and answered as before. */
    Optional<String> find(String slug, String key, SitePictures pictures) {
        Entry entry = previous.get(slug);
        if (entry == null || !entry.key().equals(key)) {
            return Optional.empty();
        }
        for (Asked asked : entry.pictures()) {
            if (!pictures.add(Path.of(asked.file()), asked.width()).equals(asked.answer())) {
                return Optional.empty();
            }
        }
        current.put(slug, entry);
        return Optional.of(entry.html());
    }

    void found(String slug, Entry entry) {
        current.put(slug, entry);
    }

    /** Keeps this build's bodies (only those), unless they are what is kept already. A failure to keep them fails nothing. */
    void save() {
        if (file.isEmpty() || current.equals(previous)) {
            return;
        }
        Map<String, Entry> sorted = new TreeMap<>(current);
        try {
            KeptFile.write(file.get(), temporary -> {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                    out.writeUTF(MAGIC);
                    out.writeUTF(ToolFingerprint.get());
                    out.writeInt(sorted.size());
                    for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                        LongText.write(out, e.getKey());
                        out.writeUTF(e.getValue().key());
                        LongText.write(out, e.getValue().html());
                        out.writeInt(e.getValue().pictures().size());
                        for (Asked asked : e.getValue().pictures()) {
                            LongText.write(out, asked.file());
                            out.writeInt(asked.width());
                            out.writeBoolean(asked.answer().isPresent());
                            if (asked.answer().isPresent()) {
                                SitePictures.Picture picture = asked.answer().get();
                                LongText.write(out, picture.path());
                                out.writeInt(picture.width());
                                out.writeBoolean(picture.smallPath().isPresent());
                                if (picture.smallPath().isPresent()) {
                                    LongText.write(out, picture.smallPath().get());
                                }
                            }
                        }
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next build makes every body again.
        }
    }

    private static Map<String, Entry> entries(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(in.readUTF()) || !ToolFingerprint.get().equals(in.readUTF())) {
                return Map.of();
            }
            Map<String, Entry> entries = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                String slug = LongText.read(in);
                String key = in.readUTF();
                String html = LongText.read(in);
                List<Asked> pictures = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    String picture = LongText.read(in);
                    int width = in.readInt();
                    Optional<SitePictures.Picture> answer = Optional.empty();
                    if (in.readBoolean()) {
                        String path = LongText.read(in);
                        int answerWidth = in.readInt();
                        Optional<String> small = in.readBoolean() ? Optional.of(LongText.read(in)) : Optional.empty();
                        answer = Optional.of(new SitePictures.Picture(path, answerWidth, small));
                    }
                    pictures.add(new Asked(picture, width, answer));
                }
                entries.put(slug, new Entry(key, html, pictures));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
