package org.handouts.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handouts.article.Article;
import org.handouts.article.ArticleLinks;
import org.handouts.io.InputsHash;
import org.handouts.render.ArticleLinkRewriter;
import org.handouts.render.Embeds;
import org.handouts.render.XhtmlFinisher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's prepared body made into part of a web page: its pictures point at the site's copies (with a
 * smaller one for phones), links to other articles ({@code other.md}, {@code other.md#part}) lead to their
 * pages, and nothing is left that would load from elsewhere or lead nowhere. The body was sanitized when it
 * was prepared; this only moves addresses.
 */
final class SiteBody {

    private final SitePictures pictures;
    private final Map<String, String> pageBySlug;
    private final ArticleLinks links;
    private final KeptSiteBodies kept;
    /** What every body's links depend on: each article's file, slug and title (a link to it is titled with it). */
    private final String library;

    /**
     * {@code pageBySlug}: each article's page, from the site's root ("chemotherapy/index.html");
     * {@code articles}: the articles those pages show, for {@link ArticleLinks}.
     */
    SiteBody(SitePictures pictures, Map<String, String> pageBySlug, Collection<Article> articles) {
        this(pictures, pageBySlug, articles, KeptSiteBodies.none());
    }

    /** As above, taking each body from {@code kept} when nothing it is made from has changed. */
    SiteBody(SitePictures pictures, Map<String, String> pageBySlug, Collection<Article> articles, KeptSiteBodies kept) {
        this.pictures = pictures;
        this.pageBySlug = pageBySlug;
        this.links = ArticleLinks.of(articles);
        this.kept = kept;
        InputsHash hash = InputsHash.start("site library");
        for (Article a : articles) {
            hash.add(a.file().toAbsolutePath().normalize().toString()).add(a.slug()).add(a.title()).add(pageBySlug.getOrDefault(a.slug(), ""));
        }
        this.library = hash.hex();
    }

    /** The body of {@code article} on its {@code page}. */
    String forPage(String bodyXhtml, Article article, String page) {
        String key = InputsHash.start("site body").add(bodyXhtml).add(article.slug()).add(page).add(library).hex();
        Optional<String> known = kept.find(article.slug(), key, pictures);
        if (known.isPresent()) {
            return known.get();
        }
        List<KeptSiteBodies.Asked> asked = new ArrayList<>();
        String html = make(bodyXhtml, article, page, asked);
        kept.found(article.slug(), new KeptSiteBodies.Entry(key, html, List.copyOf(asked)));
        return html;
    }

    private String make(String bodyXhtml, Article article, String page, List<KeptSiteBodies.Asked> asked) {
        Document doc = Jsoup.parseBodyFragment(bodyXhtml);
        String root = SitePaths.toRoot(page);
        // An embed's QR code is for paper; on a web page its line is a link to click.
        doc.body().select("img." + Embeds.QR_CLASS).remove();
        for (Element img : doc.body().select("img")) {
            Optional<Path> file = localFile(img.attr("src"));
            int width = number(img.attr("width"));
            Optional<SitePictures.Picture> picture = file.flatMap(f -> pictures.add(f, width));
            file.ifPresent(f -> asked.add(new KeptSiteBodies.Asked(f.toString(), width, picture)));
            if (picture.isEmpty()) {
                // A picture the site does not have would be fetched from wherever it points: say what it showed.
                String alt = img.attr("alt");
                if (alt.isBlank()) {
                    img.remove();
                } else {
                    img.replaceWith(new Element("em").text(alt));
                }
                continue;
            }
            img.attr("src", root + picture.get().path());
            picture.get().smallPath().ifPresent(small -> {
                img.attr("srcset", root + small + " " + SitePictures.SMALL_WIDTH + "w, "
                        + root + picture.get().path() + " " + picture.get().width() + "w");
                img.attr("sizes", "(max-width: 44rem) 100vw, 44rem");
            });
            img.attr("loading", "lazy");
        }
        // Links to other articles lead to their pages (which article, ArticleLinks decides, as for print).
        ArticleLinkRewriter.rewrite(doc.body(), article, links, target -> Optional.ofNullable(pageBySlug.get(target.article().slug()))
                .map(other -> SitePaths.link(page, other) + (target.fragment().isEmpty() ? "" : "#" + target.fragment())),
                ArticleLinkRewriter::unwrap);
        for (Element link : doc.body().select("a[href]")) {
            String href = link.attr("href").strip();
            // What is left leads somewhere, or is an article's page this made (an article link with no article was unwrapped).
            if (!XhtmlFinisher.leadsSomewhere(href) && !ArticleLinks.isArticleLink(href)) {
                link.unwrap();
            }
        }
        return doc.body().html();
    }


    private static Optional<Path> localFile(String src) {
        try {
            URI uri = URI.create(src.strip());
            return "file".equalsIgnoreCase(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
