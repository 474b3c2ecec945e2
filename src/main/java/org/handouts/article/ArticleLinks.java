package org.handouts.article;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.handouts.diagnostics.Diagnostic;

/**
 * Which article a link between articles leads to, decided in this one place for every writer (the printed
 * booklet, the EPUB, a single handout, the web edition) and for the warnings of {@code build} and
 * {@code check}. Libraries written for a website link the way their generator does: {@code other.md},
 * {@code ../folder/other.md}, {@code /folder/other} or {@code other/}, each perhaps with {@code #part}.
 * A link that does not look like a page (a PDF form, a web address) is not an article link.
 */
public final class ArticleLinks {

    /**
     * @param article  the article the link leads to
     * @param fragment the part of it named after {@code #} (a heading's id), empty for the article as a whole
     */
    public record Target(Article article, String fragment) { }

    private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");
    private static final Pattern OTHER_EXTENSION = Pattern.compile("(?i).*\\.[a-z0-9]{1,5}");

    /** Each article by its file without extension ({@code /lib/folder/other}), as relative links name it. */
    private final Map<String, Article> byFile = new HashMap<>();
    /** The last part of each file's name, for root paths a site puts under a prefix of its own ({@code /blog/other}); null when two share it. */
    private final Map<String, Article> byName = new HashMap<>();
    private final java.util.Set<String> shared = new java.util.HashSet<>();

    private ArticleLinks(Collection<Article> articles) {
        for (Article article : articles) {
            String file = page(article.file().toAbsolutePath().normalize().toString().replace('\\', '/'));
            byFile.putIfAbsent(file.toLowerCase(Locale.ROOT), article);
            String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (byName.containsKey(name) && byName.get(name) != article) {
                shared.add(name);
            }
            byName.put(name, article);
        }
        // A name two articles share names neither.
        shared.forEach(byName::remove);
    }

    public static ArticleLinks of(Collection<Article> articles) {
        return new ArticleLinks(articles);
    }

    /** Whether {@code href} is written as a link to another page of the library (whether or not that page exists). */
    public static boolean isArticleLink(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || h.startsWith("//") || SCHEME.matcher(h).matches()) {
            return false;
        }
        String path = pathOf(h);
        if (path.isEmpty()) {
            return false;
        }
        return !OTHER_EXTENSION.matcher(path).matches() || hasPageExtension(path);
    }

    /** The article {@code href}, written in {@code from}, leads to; empty when it is no article link or leads to none. */
    public Optional<Target> resolve(String href, Article from) {
        if (!isArticleLink(href)) {
            return Optional.empty();
        }
        String h = href.strip();
        int hash = h.indexOf('#');
        String fragment = hash < 0 ? "" : h.substring(hash + 1);
        String path = pathOf(h);
        String page = page(path);
        Optional<Article> article = Optional.empty();
        if (!path.startsWith("/")) {
            // Relative to the article's own file, so it works whatever the slugs are.
            Path folder = from.file().toAbsolutePath().normalize().getParent();
            try {
                String file = page(folder.resolve(page).normalize().toString().replace('\\', '/'));
                article = Optional.ofNullable(byFile.get(file.toLowerCase(Locale.ROOT)));
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
        } else {
            // From the library's (or the site's) root: the one article whose file ends with that path.
            String tail = page.toLowerCase(Locale.ROOT);
            List<Article> ending = byFile.entrySet().stream().filter(e -> e.getKey().endsWith(tail))
                    .map(Map.Entry::getValue).distinct().toList();
            article = ending.size() == 1 ? Optional.of(ending.get(0)) : Optional.empty();
        }
        if (article.isEmpty() && path.startsWith("/")) {
            // A site serves its articles under a prefix of its own ("/blog/other" for src/content/blog/other.md).
            String name = page.substring(page.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            article = Optional.ofNullable(byName.get(name));
        }
        return article.map(a -> new Target(a, fragment));
    }

    /**
     * A located warning for each Markdown link of {@code article} that is written as a link to another article
     * and leads to none: printed, it would lead nowhere, so it is shown as plain text.
     */
    public List<Diagnostic> missing(Article article) {
        List<Diagnostic> found = new ArrayList<>();
        for (WrittenLink link : article.markdown().links()) {
            if (isArticleLink(link.url()) && resolve(link.url(), article).isEmpty()) {
                found.add(Diagnostic.warning(article.file(), link.at().line(), link.at().column(), "link '" + link.url()
                        + "' leads to no article of the library; it is shown as plain text").withRule(Rules.ARTICLE_LINK));
            }
        }
        return found;
    }

    private static String pathOf(String href) {
        return href.replaceFirst("[?#].*$", "");
    }

    /** A page's address has no extension, or one a page of a site generator has ({@code .md}, {@code .html}). */
    private static boolean hasPageExtension(String path) {
        return path.matches("(?i).*\\.(md|mdx|markdown|html?)");
    }

    /** {@code other.md}, {@code other/}, {@code other/index.md} and {@code other} all name the page {@code other}. */
    private static String page(String path) {
        String p = path.replaceFirst("(?i)\\.(md|mdx|markdown|html?)$", "");
        p = p.replaceFirst("/+$", "");
        p = p.replaceFirst("(?i)/(index|_index|readme)$", "");
        return p;
    }
}
