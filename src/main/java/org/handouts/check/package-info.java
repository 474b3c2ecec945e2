/**
 * Plain-language and accessibility review of Markdown patient-education articles, the core of
 * {@code handouts check}.
 *
 * <p>Flow: {@link org.handouts.check.MarkdownBody} parses the article body once (flexmark, with
 * tables), {@link org.handouts.check.ProseExtractor} pulls out what a reader actually reads as
 * sentences with file positions, and {@link org.handouts.check.RuleSet} runs each
 * {@link org.handouts.check.Rule} and builds an {@link org.handouts.check.ArticleReport}. Positions
 * are file positions: the caller passes the line on which the body starts (after front matter), so
 * findings point at the right line of the {@code .md} file.
 *
 * <p>Entry point: {@code RuleSet.standard().check(body, firstLine, CheckOptions.DEFAULTS)}.
 */
package org.handouts.check;
