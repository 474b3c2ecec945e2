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
    private final ReaderSettings settings;
    /** The articles folder: slugs and folder topics are paths from it; null reads a lone file (its name is its slug). */
    private final Path folder;
    private final KnownOutlines outlines;
    private final KnownReads reads;

    public ArticleReader() {
        this(DEFAULT_MAX_KILOBYTES);
    }

    /** Refuses articles larger than {@code maxKilobytes} KB (1 KB = 1,024 bytes). */
    public ArticleReader(int maxKilobytes) {
        this(ReaderSettings.defaults().withMaxKilobytes(maxKilobytes), null);
    }

    /** Reads the articles of {@code folder} (slugs are paths from it) with handouts.yml's settings. */
    public ArticleReader(ReaderSettings settings, Path folder) {
        this(settings, folder, KnownOutlines.NONE);
    }

    /** As above, parsing only the bodies whose outline {@code outlines} does not know. */
    public ArticleReader(ReaderSettings settings, Path folder, KnownOutlines outlines) {
        this(settings, folder, outlines, KnownReads.NONE);
    }

    /** As above, reading again only the files whose bytes {@code reads} has not seen. */
    public ArticleReader(ReaderSettings settings, Path folder, KnownOutlines outlines, KnownReads reads) {
        this.reads = reads;
        this.settings = settings;
        this.maxBytes = settings.maxKilobytes() * 1024L;
        this.folder = folder;
        this.outlines = outlines;
    }

    public ParsedArticle read(Path file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String source;
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                diagnostics.add(Diagnostic.error(file, 1, 1, String.format(Locale.ROOT,
                        "the article is %,d KB, more than the %,d KB limit (limits.maxArticleKilobytes in handouts.yml);"
                                + " split it into shorter handouts", (size + 1023) / 1024, maxBytes / 1024)).withRule(Rules.TOO_LARGE));
                return new ParsedArticle(Optional.empty(), diagnostics);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(file, 0, 0, "cannot read file: " + e.getMessage()));
            return new ParsedArticle(Optional.empty(), diagnostics);
        }
        Optional<ParsedArticle> known = reads.find(file, bytes);
        if (known.isPresent()) {
            // Its body's outline stays kept too, for the day only its front matter changes.
            known.get().article().ifPresent(a -> outlines.found(a.slug(), a.body(), a.bodyStartLine(), a.markdown().outline()));
            return known.get();
        }
        source = decode(file, bytes, diagnostics);
        Optional<Article> article = parse(file, source, diagnostics);
        boolean draft = diagnostics.stream().anyMatch(d -> d.rule().equals(Rules.DRAFT));
        boolean failed = draft || diagnostics.stream().anyMatch(Diagnostic::isError);
        ParsedArticle read = new ParsedArticle(failed ? Optional.empty() : article, diagnostics, draft);
        reads.found(file, bytes, read);
        return read;
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
        if (split instanceof FrontMatter.Unclosed) {
            diagnostics.add(Diagnostic.error(file, 1, 1,
                    "front matter opened here is never closed: add a line '---' after the last 'key: value' line"));
            return Optional.empty();
        }
        if (split instanceof FrontMatter.Missing) {
            // Many sites write no front matter at all: the first '# ' heading is the title, the path the id.
            return fromFrontMatter(file, null, new FrontMatter("", repaired.text(), 1), source, diagnostics);
        }
        FrontMatter frontMatter = ((FrontMatter.Found) split).frontMatter();
        if (frontMatter.yaml().isBlank()) {
            return fromFrontMatter(file, null, frontMatter, source, diagnostics);
        }
        YamlMap.Parsed parsed = YamlMap.parse(frontMatter.yaml(), file, 1);
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.map().isEmpty()) {
            return Optional.empty();
        }
        return fromFrontMatter(file, parsed.map().get(), frontMatter, source, diagnostics);
    }

    /** Every key the reader knows: its own, the generators' it maps, and theirs it ignores; for did-you-mean. */
    private static final List<String> ALL_KEYS = java.util.stream.Stream.of(KNOWN_KEYS, SiteGenerators.DATE_KEYS,
            SiteGenerators.MAPPED_KEYS, List.copyOf(new java.util.TreeSet<>(SiteGenerators.IGNORED_KEYS)))
            .flatMap(List::stream).distinct().toList();

    /** @param fields the front matter, or null when the file has none (or only the two fences) */
    private Optional<Article> fromFrontMatter(Path file, YamlMap fields, FrontMatter frontMatter, String source,
                                              List<Diagnostic> diagnostics) {
        if (fields != null) {
            for (YamlMap.Entry entry : fields.entries()) {
                if (!ALL_KEYS.contains(entry.key())) {
                    diagnostics.add(Diagnostic.warning(file, entry.keyLine(), entry.keyColumn(),
                            "unknown front matter key '" + entry.key() + "' is ignored" + DidYouMean.hint(entry.key(), ALL_KEYS))
                            .withRule(Rules.UNKNOWN_KEY));
                }
            }
            Optional<YamlMap.Entry> draft = fields.get("draft").filter(e -> e.isScalar() && e.text().strip().equalsIgnoreCase("true"))
                    .or(() -> fields.get("published").filter(e -> e.isScalar() && e.text().strip().equalsIgnoreCase("false")));
            if (draft.isPresent()) {
                diagnostics.add(Diagnostic.note(file, draft.get().keyLine(), draft.get().keyColumn(),
                        "a draft ('" + draft.get().key() + ": " + draft.get().text().strip() + "'): not built until it is published")
                        .withRule(Rules.DRAFT));
                return Optional.empty();
            }
        }
        String slug = slugOf(folder, file);
        String body = frontMatter.body();
        if (isMdx(file)) {
            body = MdxContent.strip(body, frontMatter.bodyStartLine(), file, diagnostics);
        }
        Optional<String> written = fields == null ? Optional.empty() : optionalText(fields, "title", diagnostics);
        Optional<String> title = written;
        // A title in the front matter and again as the first heading (MkDocs and Docusaurus pages do this) is printed once.
        Optional<TitleHeading.Found> heading = TitleHeading.find(body)
                .filter(h -> written.isEmpty() || h.atStart() && h.title().equalsIgnoreCase(written.get().strip()));
        if (heading.isPresent()) {
            body = heading.get().bodyWithout();
        }
        if (title.isEmpty() && heading.isPresent()) {
            title = Optional.of(heading.get().title());
        }
        if (title.isEmpty()) {
            boolean given = fields != null && fields.get("title").isPresent();
            if (!given) {
                diagnostics.add(Diagnostic.error(file, 1, 1, fields == null
                        ? "the article has no title: start it with a heading line '# Its title', or with front matter"
                                + " ('---', then 'title: Its title', then '---')"
                        : "the article has no title: add 'title: Its title' to the front matter, or a first heading line '# Its title'"));
            } else if (fields.get("title").get().isScalar()) {
                diagnostics.add(fields.get("title").get().error("'title' is empty; it is required"));
            }
        }
        Optional<String> id = fields == null || fields.get("id").isEmpty() ? Optional.of(slug) : requiredText(fields, "id", diagnostics);
        YamlMap frontFields = fields != null ? fields : YamlMap.parse("{}", file, 1).map().orElseThrow();
        return fromFields(file, slug, frontFields, title, id, frontMatter, body, source, diagnostics);
    }

    private Optional<Article> fromFields(Path file, String slug, YamlMap fields, Optional<String> title, Optional<String> id,
                                         FrontMatter frontMatter, String body, String source, List<Diagnostic> diagnostics) {
        String description = optionalText(fields, "description", diagnostics)
                .or(() -> optionalText(fields, "summary", diagnostics)).orElse("");
        List<Tag> tags = new ArrayList<>(readTags(fields, "tags", diagnostics));
        readTags(fields, "categories", diagnostics).stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        readTags(fields, "category", diagnostics).stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        Optional<HeroImage> hero = readHero(fields, "heroImage", diagnostics).or(() -> readHero(fields, "image", diagnostics));
        Optional<String> lang = optionalText(fields, "lang", diagnostics).filter(value -> {
            if (LANGUAGE_TAG.matcher(value).matches()) {
                return true;
            }
            diagnostics.add(fields.get("lang").get().warning(
                    "'" + value + "' is not a language tag such as 'en' or 'es-MX'; using the booklet's language"));
            return false;
        }).or(() -> folderLanguage(slug, settings.defaultLanguage()));
        if (tags.isEmpty() && settings.folderTopics()) {
            tags.addAll(FolderTopics.of(slug, lang.orElse(settings.defaultLanguage()), settings.defaultLanguage()));
        }
        Optional<LocalDate> reviewed = fields.get("reviewed").isPresent() ? optionalText(fields, "reviewed", diagnostics).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                diagnostics.add(fields.get("reviewed").get().warning(
                        "'" + value + "' is not a date in the form YYYY-MM-DD; the reviewed date is left off"));
                return Optional.empty();
            }
        }) : latestGeneratorDate(fields, diagnostics);
        Optional<String> url = optionalText(fields, "url", diagnostics).filter(value -> {
            // Printed and put in a QR code as it is, so it must already be a valid address.
            if (isHttpUrl(value) && value.chars().noneMatch(Character::isWhitespace)) {
                return true;
            }
            if (value.startsWith("/")) {
                return false; // Hugo's 'url' is the page's path on its own site: nothing to print
            }
            diagnostics.add(fields.get("url").get().warning("'url' must be an http:// or https:// address without spaces; it is ignored"));
            return false;
        });
        Optional<NestingDepth.TooDeep> tooDeep = NestingDepth.firstTooDeep(body);
        if (tooDeep.isPresent()) {
            diagnostics.add(Diagnostic.error(file, frontMatter.bodyStartLine() + tooDeep.get().line() - 1, tooDeep.get().column(),
                    "the text nests more than " + NestingDepth.LIMIT + " levels deep here (quotes, lists, HTML elements"
                            + " or emphasis inside each other); the article is not built until it is flatter").withRule(Rules.TOO_DEEP));
            return Optional.empty();
        }
        if (body.isBlank()) {
            diagnostics.add(Diagnostic.warning(file, frontMatter.bodyStartLine(), 1, "the article has no text after its "
                    + (fields.entries().iterator().hasNext() ? "front matter" : "title")).withRule(Rules.EMPTY_ARTICLE));
        }
        if (title.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        MarkdownBody markdown;
        try {
            markdown = body(slug, body, frontMatter.bodyStartLine());
        } catch (StackOverflowError e) {
            // The depth check above refuses what nests too deeply; whatever still overflows stops this article only.
            diagnostics.add(Diagnostic.error(file, frontMatter.bodyStartLine(), 1,
                    "cannot convert the Markdown: it nests too deeply to process; make it flatter").withRule(Rules.TOO_DEEP));
            return Optional.empty();
        }
        return Optional.of(new Article(file, slug, id.get(),
                fields.get("id").map(e -> new SourcePosition(e.line(), e.column())).orElse(SourcePosition.START), title.get(), description, tags, hero, lang,
                reviewed, url, translationOf(fields), markdown, source));
    }

    /** The body, parsed now unless its outline is known (a body that was outlined once parsed without trouble). */
    private MarkdownBody body(String slug, String text, int firstLine) {
        Optional<BodyOutline> known = outlines.find(slug, text, firstLine);
        MarkdownBody body = known.isPresent() ? MarkdownBody.outlined(text, firstLine, known.get()) : MarkdownBody.parse(text, firstLine);
        outlines.found(slug, text, firstLine, body.outline());
        return body;
    }

    /** The latest of a site generator's dates (updatedDate, lastmod, date, pubDate...), each unreadable one warned about. */
    private static Optional<LocalDate> latestGeneratorDate(YamlMap fields, List<Diagnostic> diagnostics) {
        Optional<LocalDate> latest = Optional.empty();
        for (String key : SiteGenerators.DATE_KEYS) {
            Optional<String> value = optionalText(fields, key, diagnostics);
            if (value.isEmpty()) {
                continue;
            }
            Optional<LocalDate> date = SiteGenerators.date(value.get());
            if (date.isEmpty()) {
                diagnostics.add(fields.get(key).get().warning("'" + value.get() + "' is not a date such as 2024-03-05 or"
                        + " 'Mar 5 2024'; it is not used as the reviewed date"));
            } else if (latest.isEmpty() || date.get().isAfter(latest.get())) {
                latest = date;
            }
        }
        return latest;
    }

    /** The id of the article this one translates, as written ({@code translationOf: managing-fatigue}). */
    private static Optional<String> translationOf(YamlMap fields) {
        return fields.get("translationOf").filter(YamlMap.Entry::isScalar)
                .map(entry -> entry.text().strip()).filter(value -> !value.isEmpty());
    }

    /** A lone file's slug: its name without {@code .md} or {@code .mdx}. */
    public static String slugOf(Path file) {
        return withoutExtension(file.getFileName().toString());
    }

    /**
     * The slug of an article of {@code folder}: its path from the folder without {@code .md} or {@code .mdx},
     * always with '/' ({@code managing-symptoms/tremor}), so that outputs keep the site's folders on every system.
     * A file outside the folder (or no folder) is known by its name alone.
     */
    public static String slugOf(Path folder, Path file) {
        if (folder == null) {
            return slugOf(file);
        }
        Path base = folder.toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        if (!path.startsWith(base) || path.equals(base)) {
            return slugOf(file);
        }
        StringBuilder slug = new StringBuilder();
        for (Path part : base.relativize(path)) {
            slug.append(slug.length() == 0 ? "" : "/").append(part);
        }
        String withoutExtension = withoutExtension(slug.toString());
        // A page bundle (Hugo's and Astro's posts/x/index.md, with its pictures beside it) is the page posts/x,
        // as its site publishes it; its own folder is then no topic either.
        return withoutExtension.endsWith("/" + BUNDLE_PAGE) ? withoutExtension.substring(0, withoutExtension.length() - BUNDLE_PAGE.length() - 1)
                : withoutExtension;
    }

    /**
     * The language of an article without {@code lang} whose first folder is named with a two-letter language
     * code other than the library's ({@code es/dormir.md}): sites keep translations so (Hugo's content
     * directories per language), and a Spanish page read as English would get English words and grades.
     */
    static Optional<String> folderLanguage(String slug, String defaultLanguage) {
        int slash = slug.indexOf('/');
        if (slash != 2) {
            return Optional.empty();
        }
        String folder = slug.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
        boolean known = java.util.Arrays.asList(java.util.Locale.getISOLanguages()).contains(folder);
        boolean other = !defaultLanguage.toLowerCase(java.util.Locale.ROOT).split("[-_]", 2)[0].equals(folder);
        return known && other ? Optional.of(folder) : Optional.empty();
    }

    /** The name of a page bundle's page, without its extension. */
    private static final String BUNDLE_PAGE = "index";

    private static String withoutExtension(String name) {
        for (String extension : Library.EXTENSIONS) {
            if (name.toLowerCase(Locale.ROOT).endsWith(extension) && name.length() > extension.length()) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    private static boolean isMdx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mdx");
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

    private static List<Tag> readTags(YamlMap fields, String key, List<Diagnostic> diagnostics) {
        Optional<YamlMap.Entry> entry = fields.get(key);
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
            diagnostics.add(entry.get().error("'" + key + "' must be text such as \"surgery, breast cancer\" or a list"));
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

    /** The hero from {@code heroImage} (Astro, and ours) or {@code image} (Hugo, Jekyll, Docusaurus). */
    private static Optional<HeroImage> readHero(YamlMap fields, String key, List<Diagnostic> diagnostics) {
        if (fields.get(key).filter(YamlMap.Entry::isMap).isPresent()) {
            // Some Astro themes write 'heroImage: {src: ..., alt: ...}'.
            YamlMap picture = fields.get(key).get().asMap();
            return readHero(picture, "src", diagnostics).map(h -> h.alt().isEmpty()
                    ? new HeroImage(h.source(), picture.text("alt", diagnostics).orElse(""), h.credit(), h.line(), h.column()) : h);
        }
        Optional<String> source = optionalText(fields, key, diagnostics);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        YamlMap.Entry entry = fields.get(key).get();
        String value = source.get();
        if (PictureAddress.hasScheme(value) && !isHttpUrl(value)) {
            diagnostics.add(entry.warning(key + " must be an http(s) URL or a path next to the article; '"
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
