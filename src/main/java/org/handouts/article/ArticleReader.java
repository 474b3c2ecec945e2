package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.handouts.yaml.DidYouMean;
import org.handouts.yaml.YamlMap;

/**
 * Reads one article file: decodes it, repairs mis-decoded text, splits and validates the front matter,
 * and returns the {@link Article} with every diagnostic found on the way.
 */
public final class ArticleReader {

    public static final List<String> KNOWN_KEYS = List.of(
            "title", "id", "description", "tags", "heroImage", "heroAlt", "heroCredit", "lang", "reviewed", "url", "translationOf");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** {@code limits.maxArticleKilobytes}' default: far above any handout, far below what would take hours to typeset. */
    public static final int DEFAULT_MAX_KILOBYTES = 2048;
    /** Invalid UTF-8 bytes reported one by one per file; past this, one line counts the rest. */
    static final int MAX_BYTE_WARNINGS = 10;

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_KILOBYTES);
    }

    /** Refuses articles larger than {@code maxKilobytes} KB (1 KB = 1,024 bytes). */
    public ArticleReader(int maxKilobytes) {
        this.maxBytes = maxKilobytes * 1024L;
    }

    public ParsedArticle read(Path file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String source;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                diagnostics.add(Diagnostic.error(file, 1, 1, String.format(Locale.ROOT,
                        "the article is %,d KB, more than the %,d KB limit (limits.maxArticleKilobytes in handouts.yml);"
                                + " split it into shorter handouts", (size + 1023) / 1024, maxBytes / 1024)).withRule(Rules.TOO_LARGE));
                return new ParsedArticle(Optional.empty(), diagnostics);
            }
            source = decode(file, Files.readAllBytes(file), diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(file, 0, 0, "cannot read file: " + e.getMessage()));
            return new ParsedArticle(Optional.empty(), diagnostics);
        }
        Optional<Article> article = parse(file, source, diagnostics);
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new ParsedArticle(failed ? Optional.empty() : article, diagnostics);
    }

    /** Parses already-decoded text; exposed for tests and for {@code handouts check}. */
    public Optional<Article> parse(Path file, String source, List<Diagnostic> diagnostics) {
        int first = diagnostics.size();
        try {
            return parseInto(file, source, diagnostics);
        } finally {
            List<Diagnostic> mine = diagnostics.subList(first, diagnostics.size());
            mine.replaceAll(d -> d.rule().isEmpty() ? d.withRule(Rules.FRONT_MATTER) : d);
            // Report in the order a reader meets the problems in the file.
            mine.sort(
                    java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        }
    }

    private Optional<Article> parseInto(Path file, String source, List<Diagnostic> diagnostics) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = removeCharactersXmlCannotCarry(file, text, diagnostics);
        MojibakeRepair.Result repaired = MojibakeRepair.repair(text);
        reportRepairs(file, text, repaired, diagnostics);

        FrontMatter.Split split = FrontMatter.split(repaired.text());
        if (split instanceof FrontMatter.Missing) {
            diagnostics.add(Diagnostic.error(file, 1, 1,
                    "missing front matter: an article must start with a line '---', then 'title:' and 'id:' lines, then '---'"));
            return Optional.empty();
        }
        if (split instanceof FrontMatter.Unclosed) {
            diagnostics.add(Diagnostic.error(file, 1, 1,
                    "front matter opened here is never closed: add a line '---' after the last 'key: value' line"));
            return Optional.empty();
        }
        FrontMatter frontMatter = ((FrontMatter.Found) split).frontMatter();
        YamlMap.Parsed parsed = YamlMap.parse(frontMatter.yaml(), file, 1);
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.map().isEmpty()) {
            if (parsed.diagnostics().isEmpty()) {
                diagnostics.add(Diagnostic.error(file, 1, 1, "front matter is empty: 'title' and 'id' are required"));
            }
            return Optional.empty();
        }
        return fromFrontMatter(file, parsed.map().get(), frontMatter, source, diagnostics);
    }

    private Optional<Article> fromFrontMatter(Path file, YamlMap fields, FrontMatter frontMatter, String source,
                                              List<Diagnostic> diagnostics) {
        for (YamlMap.Entry entry : fields.entries()) {
            if (!KNOWN_KEYS.contains(entry.key())) {
                diagnostics.add(Diagnostic.warning(file, entry.keyLine(), entry.keyColumn(),
                        "unknown front matter key '" + entry.key() + "' is ignored" + DidYouMean.hint(entry.key(), KNOWN_KEYS))
                        .withRule(Rules.UNKNOWN_KEY));
            }
        }
        Optional<String> title = requiredText(fields, "title", diagnostics);
        Optional<String> id = requiredText(fields, "id", diagnostics);
        String description = optionalText(fields, "description", diagnostics).orElse("");
        List<Tag> tags = readTags(fields, diagnostics);
        Optional<HeroImage> hero = readHero(fields, diagnostics);
        Optional<String> lang = optionalText(fields, "lang", diagnostics).filter(value -> {
            if (LANGUAGE_TAG.matcher(value).matches()) {
                return true;
            }
            diagnostics.add(fields.get("lang").get().warning(
                    "'" + value + "' is not a language tag such as 'en' or 'es-MX'; using the booklet's language"));
            return false;
        });
        Optional<LocalDate> reviewed = optionalText(fields, "reviewed", diagnostics).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                diagnostics.add(fields.get("reviewed").get().warning(
                        "'" + value + "' is not a date in the form YYYY-MM-DD; the reviewed date is left off"));
                return Optional.empty();
            }
        });
        Optional<String> url = optionalText(fields, "url", diagnostics).filter(value -> {
            // Printed and put in a QR code as it is, so it must already be a valid address.
            if (isHttpUrl(value) && value.chars().noneMatch(Character::isWhitespace)) {
                return true;
            }
            diagnostics.add(fields.get("url").get().warning("'url' must be an http:// or https:// address without spaces; it is ignored"));
            return false;
        });
        Optional<NestingDepth.TooDeep> tooDeep = NestingDepth.firstTooDeep(frontMatter.body());
        if (tooDeep.isPresent()) {
            diagnostics.add(Diagnostic.error(file, frontMatter.bodyStartLine() + tooDeep.get().line() - 1, tooDeep.get().column(),
                    "the text nests more than " + NestingDepth.LIMIT + " levels deep here (quotes, lists, HTML elements"
                            + " or emphasis inside each other); the article is not built until it is flatter").withRule(Rules.TOO_DEEP));
            return Optional.empty();
        }
        if (frontMatter.body().isBlank()) {
            diagnostics.add(Diagnostic.warning(file, frontMatter.bodyStartLine(), 1, "the article has no text after its front matter")
                    .withRule(Rules.EMPTY_ARTICLE));
        }
        if (title.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        MarkdownBody markdown;
        try {
            markdown = MarkdownBody.parse(frontMatter.body(), frontMatter.bodyStartLine());
        } catch (StackOverflowError e) {
            // The depth check above refuses what nests too deeply; whatever still overflows stops this article only.
            diagnostics.add(Diagnostic.error(file, frontMatter.bodyStartLine(), 1,
                    "cannot convert the Markdown: it nests too deeply to process; make it flatter").withRule(Rules.TOO_DEEP));
            return Optional.empty();
        }
        return Optional.of(new Article(file, slugOf(file), id.get(),
                fields.get("id").map(e -> new SourcePosition(e.line(), e.column())).orElse(SourcePosition.START), title.get(), description, tags, hero, lang,
                reviewed, url, markdown, source));
    }

    /**
     * One plain value of an article's front matter, read again from its source: for {@code translationOf},
     * which only the language code reads and the document model does not carry.
     */
    public static Optional<String> frontMatterValue(Article article, String key) {
        String text = article.source().replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!(FrontMatter.split(text) instanceof FrontMatter.Found found)) {
            return Optional.empty();
        }
        return YamlMap.parse(found.frontMatter().yaml(), article.file(), 1).map()
                .flatMap(fields -> fields.get(key)).filter(YamlMap.Entry::isScalar)
                .map(entry -> entry.text().strip()).filter(value -> !value.isEmpty());
    }

    public static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static Optional<String> requiredText(YamlMap fields, String key, List<Diagnostic> diagnostics) {
        Optional<YamlMap.Entry> entry = fields.get(key);
        if (entry.isEmpty()) {
            diagnostics.add(Diagnostic.error(fields.file(), 1, 1, "missing required front matter field '" + key + "'"));
            return Optional.empty();
        }
        Optional<String> text = optionalText(fields, key, diagnostics);
        if (text.isEmpty() && entry.get().isScalar()) {
            diagnostics.add(entry.get().error("'" + key + "' is empty; it is required"));
        }
        return text;
    }

    private static Optional<String> optionalText(YamlMap fields, String key, List<Diagnostic> diagnostics) {
        return fields.text(key, diagnostics);
    }

    private static List<Tag> readTags(YamlMap fields, List<Diagnostic> diagnostics) {
        Optional<YamlMap.Entry> entry = fields.get("tags");
        if (entry.isEmpty()) {
            return List.of();
        }
        List<String> raw = new ArrayList<>();
        if (entry.get().isScalar()) {
            raw.addAll(List.of(entry.get().text().split(",")));
        } else if (entry.get().isList()) {
            for (YamlMap.Entry item : entry.get().items()) {
                if (item.isScalar()) {
                    raw.add(item.text());
                } else {
                    diagnostics.add(item.error("each tag must be plain text"));
                }
            }
        } else {
            diagnostics.add(entry.get().error("'tags' must be text such as \"surgery, breast cancer\" or a list"));
        }
        Set<Tag> tags = new LinkedHashSet<>();
        for (String value : raw) {
            if (!value.isBlank()) {
                tags.add(Tag.of(value));
            }
        }
        return List.copyOf(tags);
    }

    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile("(?i)https?://[^/?#\\s]+([/?#].*)?");

    private static Optional<HeroImage> readHero(YamlMap fields, List<Diagnostic> diagnostics) {
        Optional<String> source = optionalText(fields, "heroImage", diagnostics);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        YamlMap.Entry entry = fields.get("heroImage").get();
        String value = source.get();
        if (PictureAddress.hasScheme(value) && !isHttpUrl(value)) {
            diagnostics.add(entry.warning("heroImage must be an http(s) URL or a path next to the article; '"
                    + value.substring(0, value.indexOf(':') + 1) + "' links are not fetched, so the handout has no picture"));
            return Optional.empty();
        }
        String alt = optionalText(fields, "heroAlt", diagnostics).orElse("");
        String credit = optionalText(fields, "heroCredit", diagnostics).orElse("");
        return Optional.of(new HeroImage(value, alt, credit, entry.line(), entry.column()));
    }

    /**
     * An http(s) address with a host. Not parsed as a URI here: the fetcher escapes what can never be in an
     * address (a space, an accented letter) before it parses, and reports what it still cannot read.
     */
    static boolean isHttpUrl(String value) {
        return HTTP_URL.matcher(value).matches();
    }

    /**
     * UTF-8 as it should be. A few invalid bytes in a UTF-8 file become U+FFFD, each with a warning, and
     * the rest of the text stays as written; only a file that is mostly not UTF-8 (more invalid sequences
     * than valid non-ASCII ones, as in a file saved in Windows-1252) is read as Windows-1252.
     */
    static String decode(Path file, byte[] bytes, List<Diagnostic> diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<Integer> invalidAt = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                invalidAt.add(out.position());
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break; // overflow cannot happen: UTF-8 never gives more chars than bytes
            }
        }
        String text = out.flip().toString();
        if (invalidAt.isEmpty()) {
            return text;
        }
        long validNonAscii = text.chars().filter(c -> c >= 0x80 && c != '\uFFFD' && !Character.isLowSurrogate((char) c)).count();
        if (invalidAt.size() > validNonAscii) {
            diagnostics.add(Diagnostic.warning(file, 1, 1,
                    "file is not valid UTF-8; read it as Windows-1252 (save it as UTF-8 to silence this)").withRule(Rules.ENCODING));
            return new String(bytes, Charset.forName("windows-1252"));
        }
        LineColumns where = new LineColumns(text);
        for (int i = 0; i < invalidAt.size() && i < MAX_BYTE_WARNINGS; i++) {
            int[] at = where.of(invalidAt.get(i));
            diagnostics.add(Diagnostic.warning(file, at[0], at[1],
                    "bytes that are not UTF-8 were replaced by \uFFFD; retype the character here").withRule(Rules.ENCODING));
        }
        if (invalidAt.size() > MAX_BYTE_WARNINGS) {
            int[] at = where.of(invalidAt.get(MAX_BYTE_WARNINGS));
            diagnostics.add(Diagnostic.warning(file, at[0], at[1], String.format(Locale.ROOT,
                    "%,d more places with bytes that are not UTF-8 were replaced by \uFFFD", invalidAt.size() - MAX_BYTE_WARNINGS))
                    .withRule(Rules.ENCODING));
        }
        return text;
    }

    /** Line and column (1-based) of a char index, counting a line end as CR LF, LF or CR like the reader does. */
    private record LineColumns(String text) {
        int[] of(int index) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new int[] {line, index - lineStart + 1};
        }
    }

    private static String removeCharactersXmlCannotCarry(Path file, String text, List<Diagnostic> diagnostics) {
        InvisibleCharacters.Stripped stripped = InvisibleCharacters.stripForbiddenInXml(text);
        List<InvisibleCharacters.Removed> removed = stripped.removed();
        for (int i = 0; i < removed.size() && i < MAX_BYTE_WARNINGS; i++) {
            InvisibleCharacters.Removed r = removed.get(i);
            diagnostics.add(Diagnostic.warning(file, r.line(), r.column(), "control character " + r.describe()
                    + " removed: no PDF or EPUB can hold it (delete it from the source to silence this)").withRule(Rules.CONTROL_CHARACTER));
        }
        if (removed.size() > MAX_BYTE_WARNINGS) {
            InvisibleCharacters.Removed r = removed.get(MAX_BYTE_WARNINGS);
            diagnostics.add(Diagnostic.warning(file, r.line(), r.column(), String.format(Locale.ROOT,
                    "%,d more control characters removed", removed.size() - MAX_BYTE_WARNINGS)).withRule(Rules.CONTROL_CHARACTER));
        }
        return stripped.text();
    }

    private static void reportRepairs(Path file, String text, MojibakeRepair.Result repaired, List<Diagnostic> diagnostics) {
        if (repaired.repairs().isEmpty()) {
            return;
        }
        String[] lines = text.split("\n", -1);
        for (MojibakeRepair.Repair repair : repaired.repairs()) {
            String line = lines[repair.line() - 1];
            int start = repair.column() - 1;
            int end = start + repair.original().length();
            int wordStart = start;
            while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1))) {
                wordStart--;
            }
            int wordEnd = end;
            while (wordEnd < line.length() && !Character.isWhitespace(line.charAt(wordEnd))) {
                wordEnd++;
            }
            String before = line.substring(wordStart, wordEnd);
            String after = line.substring(wordStart, start) + repair.replacement() + line.substring(end, wordEnd);
            diagnostics.add(Diagnostic.warning(file, repair.line(), repair.column(),
                    "mis-decoded text \"" + before + "\" repaired to \"" + after + "\" (fix the source to silence this)")
                    .withRule(Rules.MIS_DECODED_TEXT));
        }
    }
}
