package org.handouts.pipeline;

import org.handouts.io.LongText;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handouts.ToolFingerprint;
import org.handouts.article.BodyOutline;
import org.handouts.article.KnownOutlines;
import org.handouts.article.Picture;
import org.handouts.article.WrittenLink;
import org.handouts.diagnostics.SourcePosition;
import org.handouts.images.KeptFile;

/**
 * The outline of every article body of the last build ({@link BodyOutline}), kept in
 * {@code out/.handouts-outlines} with the body text it was made from, so a build parses only the bodies that
 * changed. An entry counts only for exactly the same text starting on the same line, read by the same tool;
 * a missing or damaged file only means "parse every body". Thread-safe: the reader works on every core.
 */
final class KeptOutlines implements KnownOutlines {

    static final String FILE_NAME = ".handouts-outlines";
    private static final String MAGIC = "handouts body outlines v1";

    private record Entry(String body, int firstLine, BodyOutline outline) { }

    private final Path file;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private KeptOutlines(Path file, Map<String, Entry> previous) {
        this.file = file;
        this.previous = previous;
    }

    static KeptOutlines load(Path out) {
        Path file = out.resolve(FILE_NAME);
        return new KeptOutlines(file, KeptFile.read(file).map(KeptOutlines::entries).orElse(Map.of()));
    }

    @Override
    public Optional<BodyOutline> find(String slug, String body, int firstLine) {
        Entry entry = previous.get(slug);
        return entry != null && entry.firstLine() == firstLine && entry.body().equals(body) ? Optional.of(entry.outline()) : Optional.empty();
    }

    @Override
    public void found(String slug, String body, int firstLine, BodyOutline outline) {
        current.put(slug, new Entry(body, firstLine, outline));
    }

    /**
     * Keeps this read's outlines (only those, so the file never grows with articles that are gone), unless
     * they are the ones already kept. A failure to keep them is no failure of the build.
     */
    void save() {
        if (current.equals(previous)) {
            return;
        }
        Map<String, Entry> sorted = new TreeMap<>(current);
        try {
            KeptFile.write(file, temporary -> {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                    out.writeUTF(MAGIC);
                    out.writeUTF(ToolFingerprint.get());
                    out.writeInt(sorted.size());
                    for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                        write(out, e.getKey(), e.getValue());
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next build parses every body again.
        }
    }

    private static void write(DataOutputStream out, String slug, Entry entry) throws IOException {
        LongText.write(out, slug);
        LongText.write(out, entry.body());
        out.writeInt(entry.firstLine());
        writeOutline(out, entry.outline());
    }

    /** An outline as the kept files write it (here and in {@link KeptReads}). */
    static void writeOutline(DataOutputStream out, BodyOutline outline) throws IOException {
        out.writeInt(outline.pictures().size());
        for (Picture picture : outline.pictures()) {
            LongText.write(out, picture.source());
            LongText.write(out, picture.alt());
            writePosition(out, picture.at());
        }
        out.writeInt(outline.links().size());
        for (WrittenLink link : outline.links()) {
            LongText.write(out, link.url());
            writePosition(out, link.at());
        }
    }

    static BodyOutline readOutline(DataInputStream in) throws IOException {
        List<Picture> pictures = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            pictures.add(new Picture(LongText.read(in), LongText.read(in), readPosition(in)));
        }
        List<WrittenLink> links = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            links.add(new WrittenLink(LongText.read(in), readPosition(in)));
        }
        return new BodyOutline(pictures, links);
    }

    /** The kept entries, or none when the file is of another format or another tool. */
    private static Map<String, Entry> entries(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(in.readUTF()) || !ToolFingerprint.get().equals(in.readUTF())) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            for (int i = 0; i < count; i++) {
                String slug = LongText.read(in);
                String body = LongText.read(in);
                int firstLine = in.readInt();
                entries.put(slug, new Entry(body, firstLine, readOutline(in)));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    static void writePosition(DataOutputStream out, SourcePosition at) throws IOException {
        out.writeInt(at.line());
        out.writeInt(at.column());
    }

    static SourcePosition readPosition(DataInputStream in) throws IOException {
        return new SourcePosition(in.readInt(), in.readInt());
    }
}
