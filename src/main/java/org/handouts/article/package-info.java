/**
 * The document model: reading an article file gives one immutable {@link org.handouts.article.Article}
 * (front matter, the body parsed once into a {@link org.handouts.article.MarkdownBody} with the program's one
 * flexmark configuration, {@link org.handouts.article.Markdown}, and a file position for every node), with
 * every problem found on the way. Also the library ({@link org.handouts.article.Library}: ids, file order),
 * topics ({@link org.handouts.article.TagIndex}), the pictures an article shows and what their addresses
 * are ({@link org.handouts.article.PictureAddress}).
 *
 * <p>Every writer, the review and the build's input fingerprints read this model; none parses Markdown again.
 * May depend on: the diagnostics, yaml packages, flexmark, jsoup. Nothing here knows about layouts,
 * PDFs, EPUB or the build.
 */
package org.handouts.article;
