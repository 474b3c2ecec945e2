/**
 * Plain-language and accessibility review of Markdown patient-education articles, the core of
 * {@code handouts check}.
 *
 * <p>Flow: the review reads the article's own parsed body ({@link org.handouts.article.MarkdownBody}, the same
 * flexmark document the renderer turns into the PDF), {@link org.handouts.check.ProseExtractor} pulls out what
 * a reader actually reads as sentences with file positions, and {@link org.handouts.check.RuleSet} runs each
 * {@link org.handouts.check.Rule} and builds an {@link org.handouts.check.ArticleReport}.
 * {@link org.handouts.check.LibraryChecker} adds what the build reports too (front matter, encoding, ids,
 * picture addresses), in the same words.
 *
 * <p>Entry point: {@code RuleSet.standard().check(article.markdown(), CheckOptions.DEFAULTS)}. May depend on:
 * article, config, json, diagnostics.
 */
package org.handouts.check;
