package org.handouts.epub;

import org.handouts.render.PreparedArticle;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Date;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.LazyResource;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Metadata;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import org.handouts.article.Article;
import org.handouts.article.TagIndex;
import org.handouts.config.Brand;
import org.handouts.config.HandoutsConfig;
import org.handouts.i18n.ClinicTexts;
import org.handouts.i18n.Messages;
import org.handouts.i18n.TopicOrder;
import org.handouts.render.FontLibrary;
import org.handouts.render.HandoutModel;

/**
 * Puts the booklet together as an epub4j {@link Book}: every page, picture, font and the stylesheet as
 * resources, the spine in reading order, the table of contents grouped by topic, and the Dublin Core
 * metadata. What EPUB 3 needs beyond epub4j's model (accessibility claims, modification date, landmarks)
 * travels alongside in {@link Booklet}. Writing the EPUB 3 files is {@link EpubPackager}'s job.
 */
final class BookletAssembler {

    /** epub4j types TTF as the obsolete "application/x-truetype-font"; EPUB 3.3 core media type is this. */
    static final MediaType TTF = new MediaType("font/ttf", ".ttf");

    /** A landmark of the navigation document: its epub:type, the page it points at, what readers show. */
    record Landmark(String type, String href, String label) { }

    /** The book and the facts epub4j's model has no place for. */
    record Booklet(Book book, String lang, Instant modified, AccessibilityClaims accessibility, List<Landmark> landmarks) { }

    private final HandoutsConfig config;
    private final FontLibrary fonts;
    private final Instant date;

    /**
     * Where the painted cover ({@link CoverCache}) and the cleaned chapters ({@link ChapterCache}) are kept
     * between builds; empty: make them every time.
     */
    private final Optional<Path> keptIn;
    /** False under --force: kept chapters are not used (but kept afresh). */
    private final boolean trustKept;

    /** The booklet's language: its words, the clinic's texts and the topic names are in it. */
    private final String lang;

    BookletAssembler(HandoutsConfig config, FontLibrary fonts, Instant date, Optional<Path> keptIn, boolean trustKept) {
        this(config, fonts, date, keptIn, trustKept, config.language());
    }

    BookletAssembler(HandoutsConfig config, FontLibrary fonts, Instant date, Optional<Path> keptIn, boolean trustKept, String lang) {
        this.lang = lang;
        this.config = config;
        this.fonts = fonts;
        this.date = date;
        this.keptIn = keptIn;
        this.trustKept = trustKept;
    }

    Booklet assemble(List<PreparedArticle> prepared) throws IOException {
        Brand brand = ClinicTexts.brand(config, lang);
        String bookTitle = ClinicTexts.title(config, lang);
        Messages words = Messages.of(lang);
        String made = HandoutModel.formatDate(LocalDate.ofInstant(date, ZoneOffset.UTC), lang);
        // Only the articles that built: an article that failed must not leave a dead link on the Topics page.
        List<Article> articles = prepared.stream().map(PreparedArticle::article).toList();
        TagIndex index = new TagIndex(articles, TopicOrder.preferred(articles, config, lang));
        Map<Article, PreparedArticle> inputsOf = new LinkedHashMap<>();
        prepared.forEach(i -> inputsOf.put(i.article(), i));

        Map<String, String> chapterBySlug = chapterFiles(articles);
        Book book = new Book();
        Contents contents = new Contents(book);
        metadata(book.getMetadata(), brand, bookTitle, words);

        BookletStyle style = new BookletStyle(fonts, brand.primaryColor());
        add(contents, "css", BookletStyle.HREF, style.css().getBytes(StandardCharsets.UTF_8), MediaTypes.CSS);
        for (BookletStyle.EmbeddedFont font : style.fonts()) {
            Path file = font.face().file();
            addFile(contents, Names.id("font", file.getFileName().toString()), font.href(), file, Files.size(file), TTF);
        }

        String website = brand.websiteLabel();
        byte[] coverPng = CoverCache.cover(keptIn, fonts, style.family().orElse(""), bookTitle, brand.clinicName(), website, color(brand));
        Resource coverImage = add(contents, "cover-image", "images/cover.png", coverPng, MediaTypes.PNG);
        book.setCoverImage(coverImage);

        BookletPages pages = new BookletPages(lang);
        String coverAlt = words.format("epub.cover.alt", bookTitle + ", " + brand.clinicName() + (website.isBlank() ? "" : ", " + website));
        Resource cover = page(contents, "page-cover", "cover.xhtml", pages.cover(bookTitle, coverImage.getHref(), coverAlt));
        book.setCoverPage(cover);
        Resource title = page(contents, "page-title", "title.xhtml", pages.titlePage(bookTitle, brand, made));
        Resource topics = page(contents, "page-topics", BookletPages.TOPICS_FILE,
                pages.topics(localized(index.groups(), words), a -> chapterBySlug.get(a.slug())));

        BookletImages images = new BookletImages();
        ChapterLinks chapterLinks = ChapterLinks.of(prepared, chapterBySlug);
        ChapterBodyCleaner cleaner = new ChapterBodyCleaner(images, chapterLinks, BookletPages.CHAPTER_IDS);
        ChapterCache keptChapters = new ChapterCache(keptIn, Optional.of(lang).filter(l -> !l.equalsIgnoreCase(config.language())),
                trustKept, chapterLinks, BookletPages.CHAPTER_IDS);
        int pictures = 0;
        int undescribed = 0;
        List<TOCReference> toc = new ArrayList<>();
        List<Resource> chapters = new ArrayList<>();
        toc.add(new TOCReference(words.format("booklet.topics"), topics));
        for (TagIndex.Group group : index.readingGroups()) {
            List<TOCReference> entries = new ArrayList<>();
            for (Article article : group.articles()) {
                PreparedArticle inputs = inputsOf.get(article);
                String articleLang = article.lang().orElse(lang);
                Optional<BookletPages.Hero> hero = Optional.empty();
                if (inputs.hero().isPresent()) {
                    Optional<BookletImages.Image> image = images.add(inputs.hero().get().file(), article.slug() + "-hero");
                    if (image.isPresent()) {
                        String alt = article.hero().map(h -> h.alt().strip()).orElse("");
                        String credit = article.hero().map(h -> h.credit().strip()).orElse("");
                        hero = Optional.of(new BookletPages.Hero(image.get().href(), alt, credit));
                        pictures++;
                        undescribed += alt.isEmpty() ? 1 : 0;
                    }
                }
                ChapterBodyCleaner.Cleaned body = keptChapters.clean(cleaner, images, inputs.body().xhtml(), article.slug());
                pictures += countImages(body.xhtml());
                undescribed += body.undescribedImages();
                List<BookletPages.TopicLink> topicLinks = new ArrayList<>();
                for (TagIndex.Group topic : index.groups()) {
                    if (!topic.isUntagged() && article.tags().contains(topic.tag())) {
                        topicLinks.add(new BookletPages.TopicLink(label(topic, words), BookletPages.topicAnchor(topic)));
                    }
                }
                String reviewed = article.reviewed().map(d -> HandoutModel.formatDate(d, articleLang)).orElse("");
                String xhtml = pages.chapter(new BookletPages.Chapter(articleLang, article.title(), article.description(),
                        hero, body.xhtml(), topicLinks, reviewed));
                Resource chapter = page(contents, Names.id("ch", chapterBySlug.get(article.slug()).replace(".xhtml", "")),
                        chapterBySlug.get(article.slug()), xhtml);
                chapters.add(chapter);
                entries.add(new TOCReference(article.title(), chapter));
            }
            // The group's own entry points at its first article: NCX needs a target, nav shows it as a heading.
            toc.add(new TOCReference(label(group, words), entries.get(0).getResource(), null, entries));
        }
        keptChapters.keepOnly(chapterBySlug.keySet());
        for (BookletImages.Image image : images.all()) {
            addFile(contents, Names.id("img", image.href().substring("images/".length())), image.href(), image.file(), image.size(),
                    new MediaType(image.mediaType(), image.href().substring(image.href().lastIndexOf('.'))));
        }
        Resource about = page(contents, "page-about", "about.xhtml", pages.about(brand, made, articles.size()));
        toc.add(new TOCReference(words.format("booklet.about"), about));

        for (Resource resource : List.of(cover, title, topics)) {
            book.getSpine().addResource(resource);
        }
        chapters.forEach(book.getSpine()::addResource);
        book.getSpine().addResource(about);
        book.getTableOfContents().setTocReferences(toc);

        List<Landmark> landmarks = new ArrayList<>();
        landmarks.add(new Landmark("cover", cover.getHref(), words.format("epub.cover")));
        landmarks.add(new Landmark("toc", topics.getHref(), words.format("booklet.topics")));
        if (!chapters.isEmpty()) {
            landmarks.add(new Landmark("bodymatter", chapters.get(0).getHref(), words.format("epub.start")));
        }
        return new Booklet(book, lang, date, new AccessibilityClaims(pictures, undescribed, lang), landmarks);
    }

    /**
     * A stable identifier: the same clinic and booklet title always give the same one, so a reader treats a
     * rebuilt booklet as a new edition of the same book and replaces it instead of keeping two.
     */
    static String identifier(HandoutsConfig config) {
        return identifier(config, config.language());
    }

    /** Each language's booklet is a book of its own; the default language's keeps the identifier it always had. */
    static String identifier(HandoutsConfig config, String lang) {
        String name = "handouts-booklet\n" + config.brand().clinicName().strip() + "\n" + config.title().strip()
                + (lang.equalsIgnoreCase(config.language()) ? "" : "\n" + lang);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The identifier the package document declares as the book's unique one. */
    static String identifierOf(Book book) {
        return Identifier.getBookIdIdentifier(book.getMetadata().getIdentifiers()).getValue();
    }

    private void metadata(Metadata metadata, Brand brand, String bookTitle, Messages words) {
        metadata.addTitle(bookTitle);
        metadata.setLanguage(lang);
        metadata.addAuthor(new Author("", brand.clinicName()));
        metadata.addPublisher(brand.clinicName());
        metadata.addDescription(words.format("epub.description", brand.clinicName()));
        Identifier id = new Identifier("uuid", identifier(config, lang));
        id.setBookId(true);
        metadata.addIdentifier(id);
        metadata.addDate(new Date(LocalDate.ofInstant(date, ZoneOffset.UTC).toString()));
    }

    /** A topic's name in the booklet's language (handouts.yml's tagNames, else the articles' own label). */
    private String label(TagIndex.Group group, Messages words) {
        return group.isUntagged() ? words.format("topics.other")
                : ClinicTexts.tagLabel(config, group.tag().key(), group.tag().label(), lang);
    }

    /** The groups with their labels in the booklet's language, for the Topics page. */
    private List<TagIndex.Group> localized(List<TagIndex.Group> groups, Messages words) {
        return groups.stream().map(g -> g.isUntagged() ? g
                : new TagIndex.Group(new org.handouts.article.Tag(g.tag().key(), label(g, words)), g.articles())).toList();
    }

    /** Each article's chapter file, named after its slug and unique even when two slugs clean up alike. */
    private static Map<String, String> chapterFiles(List<Article> articles) {
        Map<String, String> files = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(Set.of("cover", "title", "topics", "about"));
        for (Article article : articles) {
            String stem = Names.safe(article.slug());
            String name = stem;
            for (int n = 2; used.contains(name); n++) {
                name = stem + "-" + n;
            }
            used.add(name);
            files.put(article.slug(), name + ".xhtml");
        }
        return files;
    }

    private static int countImages(String xhtml) {
        int count = 0;
        for (int at = xhtml.indexOf("<img"); at >= 0; at = xhtml.indexOf("<img", at + 4)) {
            count++;
        }
        return count;
    }

    private static Color color(Brand brand) {
        try {
            return Color.decode(brand.primaryColor().strip());
        } catch (RuntimeException e) {
            return new Color(0x1F, 0x5C, 0x99);
        }
    }

    private static Resource page(Contents contents, String id, String file, String xhtml) {
        return add(contents, id, "text/" + file, xhtml.getBytes(StandardCharsets.UTF_8), MediaTypes.XHTML);
    }

    private static Resource add(Contents contents, String id, String href, byte[] data, MediaType type) {
        return contents.add(new Resource(id, data, href, type));
    }

    /**
     * A resource whose bytes stay in {@code file} until the packager copies them into the zip: pictures
     * and fonts are most of a booklet's size, and are not all held in memory at once.
     */
    private static Resource addFile(Contents contents, String id, String href, Path file, long size, MediaType type) {
        LazyResource resource = new LazyResource(ignoredHref -> Files.newInputStream(file), size, href);
        resource.setId(id);
        resource.setMediaType(type);
        return contents.add(resource);
    }

    /**
     * The book's resources as they are added, each id made unique as epub4j's own {@code addResource} does,
     * but from a set: epub4j looks through every resource already added, and with a picture and a chapter
     * per article that was a third of a 1,000-article booklet's time.
     */
    private static final class Contents {
        private final Book book;
        private final Set<String> ids = new HashSet<>();

        Contents(Book book) {
            this.book = book;
        }

        Resource add(Resource resource) {
            String id = resource.getId();
            for (int n = 2; !ids.add(id); n++) {
                id = resource.getId() + "-" + n;
            }
            resource.setId(id);
            book.getResources().getResourceMap().put(resource.getHref(), resource);
            return resource;
        }
    }
}
