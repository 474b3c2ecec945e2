package org.handouts.pipeline;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handouts.ToolFingerprint;
import org.handouts.article.Article;
import org.handouts.article.BodyOutline;
import org.handouts.article.HeroImage;
import org.handouts.article.KnownReads;
import org.handouts.article.MarkdownBody;
import org.handouts.article.ParsedArticle;
import org.handouts.article.ReaderSettings;
import org.handouts.article.Tag;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import org.handouts.diagnostics.SourcePosition;
import org.handouts.images.KeptFile;
import org.handouts.io.LongText;

/**
 * What reading each article file gave at the last build (the article, or none, and every diagnostic), kept
 * in {@code out/.handouts-reads}, so a build decodes, repairs and parses only the files whose bytes changed:
 * reading a library was most of a no-change build. An entry counts only for the same file with the same
 * bytes (by SHA-256), read by the same tool with the same settings from the same articles folder; a missing
 * or damaged file only means "read every file". Thread-safe: the reader works on every core.
 */
final class KeptReads implements KnownReads {

    static final String FILE_NAME = ".handouts-reads";
    private static final String MAGIC = "handouts article reads v1";

    private record Entry(String bytesHash, ParsedArticle read) { }

    private final Path file;
    private final String context;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private KeptReads(Path file, String context, Map<String, Entry> previous) {
        this.file = file;
        this.context = context;
        this.previous = previous;
    }

    /** The reads kept in {@code out} for articles read from {@code folder} with {@code settings}. */
    static KeptReads load(Path out, Path folder, ReaderSettings settings) {
        Path file = out.resolve(FILE_NAME);
        String context = folder.toAbsolutePath().normalize() + "\n" + settings;
        return new KeptReads(file, context, KeptFile.read(file).map(bytes -> entries(bytes, context)).orElse(Map.of()));
    }

    @Override
    public Optional<ParsedArticle> find(Path article, byte[] bytes) {
        String key = key(article);
        Entry entry = previous.get(key);
        if (entry == null || !entry.bytesHash().equals(hash(bytes))) {
            return Optional.empty();
        }
        current.put(key, entry); // still this build's, so kept again
        return Optional.of(withFile(entry.read(), article));
    }

    @Override
    public void found(Path article, byte[] bytes, ParsedArticle read) {
        current.put(key(article), new Entry(hash(bytes), read));
    }

    /** Keeps this read's files (only those), unless they are what is kept already. A failure to keep them fails nothing. */
    void save() {
        if (current.keySet().equals(previous.keySet()) && current.entrySet().stream()
                .allMatch(e -> e.getValue().bytesHash().equals(previous.get(e.getKey()).bytesHash()))) {
            return;
        }
        Map<String, Entry> sorted = new TreeMap<>(current);
        try {
            KeptFile.write(file, temporary -> {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                    out.writeUTF(MAGIC);
                    LongText.write(out, ToolFingerprint.get() + "\n" + context);
                    out.writeInt(sorted.size());
                    for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                        LongText.write(out, e.getKey());
                        out.writeUTF(e.getValue().bytesHash());
                        write(out, e.getKey(), e.getValue().read());
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next build reads every file again.
        }
    }

    private static String key(Path article) {
        return article.toAbsolutePath().normalize().toString();
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kept read with the file named as this build names it (a path is printed as it was given). */
    private static ParsedArticle withFile(ParsedArticle read, Path article) {
        List<Diagnostic> diagnostics = read.diagnostics().stream()
                .map(d -> d.file() == null || !key(d.file()).equals(key(article)) ? d : new Diagnostic(article, d.line(), d.column(), d.severity(), d.message(), d.rule())).toList();
        Optional<Article> a = read.article().map(x -> new Article(article, x.slug(), x.id(), x.idAt(), x.title(), x.description(), x.tags(),
                x.hero(), x.lang(), x.reviewed(), x.url(), x.translationOf(), x.markdown(), x.source()));
        return new ParsedArticle(a, diagnostics, read.draft());
    }

    private static void write(DataOutputStream out, String articleKey, ParsedArticle read) throws IOException {
        out.writeBoolean(read.draft());
        out.writeInt(read.diagnostics().size());
        for (Diagnostic d : read.diagnostics()) {
            // Where it points: nowhere, at the article itself (named as the next build names it), or elsewhere.
            boolean itself = d.file() != null && key(d.file()).equals(articleKey);
            out.writeByte(d.file() == null ? 0 : itself ? 1 : 2);
            if (d.file() != null && !itself) {
                LongText.write(out, d.file().toString());
            }
            out.writeInt(d.line());
            out.writeInt(d.column());
            out.writeUTF(d.severity().name());
            LongText.write(out, d.message());
            LongText.write(out, d.rule());
        }
        out.writeBoolean(read.article().isPresent());
        if (read.article().isEmpty()) {
            return;
        }
        Article a = read.article().get();
        LongText.write(out, a.slug());
        LongText.write(out, a.id());
        KeptOutlines.writePosition(out, a.idAt());
        LongText.write(out, a.title());
        LongText.write(out, a.description());
        out.writeInt(a.tags().size());
        for (Tag tag : a.tags()) {
            LongText.write(out, tag.key());
            LongText.write(out, tag.label());
        }
        out.writeBoolean(a.hero().isPresent());
        if (a.hero().isPresent()) {
            HeroImage hero = a.hero().get();
            LongText.write(out, hero.source());
            LongText.write(out, hero.alt());
            LongText.write(out, hero.credit());
            out.writeInt(hero.line());
            out.writeInt(hero.column());
        }
        optional(out, a.lang());
        optional(out, a.reviewed().map(LocalDate::toString));
        optional(out, a.url());
        optional(out, a.translationOf());
        LongText.write(out, a.body());
        out.writeInt(a.bodyStartLine());
        KeptOutlines.writeOutline(out, a.markdown().outline());
        LongText.write(out, a.source());
    }

    /** The kept entries, or none when the file is of another format, tool or reading context, or damaged. */
    private static Map<String, Entry> entries(byte[] bytes, String context) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(in.readUTF()) || !(ToolFingerprint.get() + "\n" + context).equals(LongText.read(in))) {
                return Map.of();
            }
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                String key = LongText.read(in);
                String hash = in.readUTF();
                Path file = Path.of(key);
                entries.put(key, new Entry(hash, read(in, file)));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static ParsedArticle read(DataInputStream in, Path file) throws IOException {
        boolean draft = in.readBoolean();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            int where = in.readByte();
            Path at = where == 0 ? null : where == 1 ? file : Path.of(LongText.read(in));
            int line = in.readInt();
            int column = in.readInt();
            Severity severity = Severity.valueOf(in.readUTF());
            diagnostics.add(new Diagnostic(at, line, column, severity, LongText.read(in), LongText.read(in)));
        }
        if (!in.readBoolean()) {
            return new ParsedArticle(Optional.empty(), diagnostics, draft);
        }
        String slug = LongText.read(in);
        String id = LongText.read(in);
        SourcePosition idAt = KeptOutlines.readPosition(in);
        String title = LongText.read(in);
        String description = LongText.read(in);
        List<Tag> tags = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            tags.add(new Tag(LongText.read(in), LongText.read(in)));
        }
        Optional<HeroImage> hero = Optional.empty();
        if (in.readBoolean()) {
            hero = Optional.of(new HeroImage(LongText.read(in), LongText.read(in), LongText.read(in), in.readInt(), in.readInt()));
        }
        Optional<String> lang = optional(in);
        Optional<LocalDate> reviewed = optional(in).map(LocalDate::parse);
        Optional<String> url = optional(in);
        Optional<String> translationOf = optional(in);
        String body = LongText.read(in);
        int firstLine = in.readInt();
        BodyOutline outline = KeptOutlines.readOutline(in);
        String source = LongText.read(in);
        Article article = new Article(file, slug, id, idAt, title, description, tags, hero, lang, reviewed, url, translationOf,
                MarkdownBody.outlined(body, firstLine, outline), source);
        return new ParsedArticle(Optional.of(article), diagnostics, draft);
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            LongText.write(out, value.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(LongText.read(in)) : Optional.empty();
    }

}
