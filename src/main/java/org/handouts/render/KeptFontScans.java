package org.handouts.render;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.handouts.ToolFingerprint;
import org.handouts.images.KeptFile;
import org.handouts.io.LongText;

/**
 * What each font file turned out to be at the last build, kept in {@code out/.handouts-fonts}: its face and
 * the code points it draws, or why it cannot be used. Parsing every font in full (the built-in ones include
 * a 4 MB Chinese fallback) took about a third of a second before anything could be rendered, at every build.
 * An entry counts only for the same file (path, size, modification time, as the build manifest tells a
 * changed file) read by the same tool; a missing or damaged file only means "parse every font".
 */
public final class KeptFontScans {

    static final String FILE_NAME = ".handouts-fonts";
    private static final String MAGIC = "handouts font scans v1";

    /** One file as scanned: a usable face and the code points it maps, or the reason it is not usable. */
    record Scan(String family, int weight, boolean italic, BitSet codePoints, String problem) {
        static Scan rejected(String problem) {
            return new Scan("", 0, false, new BitSet(), problem);
        }

        boolean usable() {
            return problem == null;
        }
    }

    private record Entry(long size, long modified, Scan scan) { }

    private final Optional<Path> file;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new HashMap<>();

    private KeptFontScans(Optional<Path> file, Map<String, Entry> previous) {
        this.file = file;
        this.previous = previous;
    }

    /** Nothing kept and nothing to keep: every font is parsed. */
    public static KeptFontScans none() {
        return new KeptFontScans(Optional.empty(), Map.of());
    }

    /** The scans kept in the output folder {@code out}. */
    public static KeptFontScans in(Path out) {
        Path file = out.resolve(FILE_NAME);
        return new KeptFontScans(Optional.of(file), KeptFile.read(file).map(KeptFontScans::entries).orElse(Map.of()));
    }

    /** The scan of {@code font}: the kept one when the file is unchanged, else made by {@code scanner} and kept. */
    Scan scan(Path font, java.util.function.Function<Path, Scan> scanner) {
        String key = font.toAbsolutePath().normalize().toString();
        long size;
        long modified;
        try {
            // Read before scanning: a file changed while it is scanned gets an older stamp, so it is scanned again next time.
            size = Files.size(font);
            modified = Files.getLastModifiedTime(font).toMillis();
        } catch (IOException e) {
            return scanner.apply(font);
        }
        Entry kept = previous.get(key);
        Scan scan = kept != null && kept.size() == size && kept.modified() == modified ? kept.scan() : scanner.apply(font);
        current.put(key, new Entry(size, modified, scan));
        return scan;
    }

    /** Keeps this scan's files (only those), unless they are what is kept already. A failure to keep them fails nothing. */
    public void save() {
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
                        out.writeLong(e.getValue().size());
                        out.writeLong(e.getValue().modified());
                        Scan scan = e.getValue().scan();
                        out.writeBoolean(scan.usable());
                        if (scan.usable()) {
                            LongText.write(out, scan.family());
                            out.writeInt(scan.weight());
                            out.writeBoolean(scan.italic());
                            long[] words = scan.codePoints().toLongArray();
                            out.writeInt(words.length);
                            for (long word : words) {
                                out.writeLong(word);
                            }
                        } else {
                            LongText.write(out, scan.problem());
                        }
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next build parses every font again.
        }
    }

    /** The kept entries, or none when the file is of another format or another tool, or damaged. */
    private static Map<String, Entry> entries(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(in.readUTF()) || !ToolFingerprint.get().equals(in.readUTF())) {
                return Map.of();
            }
            Map<String, Entry> entries = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                String path = LongText.read(in);
                long size = in.readLong();
                long modified = in.readLong();
                Scan scan;
                if (in.readBoolean()) {
                    String family = LongText.read(in);
                    int weight = in.readInt();
                    boolean italic = in.readBoolean();
                    int length = in.readInt();
                    if (length < 0 || length > (Character.MAX_CODE_POINT >> 6) + 1) {
                        return Map.of();
                    }
                    long[] words = new long[length];
                    for (int i = 0; i < length; i++) {
                        words[i] = in.readLong();
                    }
                    scan = new Scan(family, weight, italic, BitSet.valueOf(words), null);
                } else {
                    scan = Scan.rejected(LongText.read(in));
                }
                entries.put(path, new Entry(size, modified, scan));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
