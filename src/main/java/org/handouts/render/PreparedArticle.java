package org.handouts.render;

import java.util.List;
import java.util.Optional;
import org.handouts.article.Article;
import org.handouts.images.PreparedImage;

/**
 * One article as the writers consume it: the parsed article, its body as safe XHTML with prepared pictures,
 * its prepared hero, and the articles listed as related. Made once per article per build (or kept from an
 * earlier build) and read by the PDF renderer, the printed booklet and the EPUB booklet.
 */
public record PreparedArticle(Article article, ArticleBody body, Optional<PreparedImage> hero, List<Article> related) { }
