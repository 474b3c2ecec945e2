package org.handouts.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** {@code pageBySlug}: each article's page, from the site's root ("chemotherapy/index.html"). */
    SiteBody(SitePictures pictures, Map<String, String> pageBySlug) {
        this.pictures = pictures;
        this.pageBySlug = pageBySlug;
    }

    String forPage(String bodyXhtml, String page) {
        Document doc = Jsoup.parseBodyFragment(bodyXhtml);
        String root = SitePaths.toRoot(page);
        for (Element img : doc.body().select("img")) {
            Optional<Path> file = localFile(img.attr("src"));
            Optional<SitePictures.Picture> picture = file.flatMap(f -> pictures.add(f, number(img.attr("width"))));
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
        for (Element link : doc.body().select("a[href]")) {
            String href = link.attr("href").strip();
            Optional<String> article = articleLink(href, page);
            if (article.isPresent()) {
                link.attr("href", article.get());
            } else if (!XhtmlFinisher.leadsSomewhere(href)) {
                link.unwrap();
            }
        }
        return doc.body().html();
    }

    /** {@code other.md}, {@code ./other.md#part} or {@code other} as another article's page. */
    private Optional<String> articleLink(String href, String fromPage) {
        String lower = href.toLowerCase(Locale.ROOT);
        if (lower.contains(":") || href.startsWith("#") || href.isEmpty()) {
            return Optional.empty();
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        String slug = path.replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("(?i)\\.mdx?$", "").replaceFirst("/$", "");
        String page = pageBySlug.get(slug);
        return page == null ? Optional.empty() : Optional.of(SitePaths.link(fromPage, page) + fragment);
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
