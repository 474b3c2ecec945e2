package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.SourcePosition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article after parsing, validation and repair: the document model every writer and the review read.
 * Immutable; the body is parsed once, when the article is read ({@link MarkdownBody}).
 *
 * @param file          the Markdown file it came from
 * @param idAt          where the id is written, to point at it when another article reuses it
 * @param slug          the path from the articles folder without {@code .md} ({@code managing-symptoms/tremor});
 *                      names every output of this article
 * @param tags          its topics: {@code tags} and {@code categories}, else (by default) its folders' names
 * @param translationOf the id of the article this one translates ({@code translationOf}), when it says so
 * @param markdown      the body, already repaired, as one parsed document with file positions
 * @param source        the whole file text as read (before repair); its hash drives incremental builds
 */
public record Article(
        Path file,
        String slug,
        String id,
        SourcePosition idAt,
        String title,
        String description,
        List<Tag> tags,
        Optional<HeroImage> hero,
        Optional<String> lang,
        Optional<LocalDate> reviewed,
        Optional<String> url,
        Optional<String> translationOf,
        MarkdownBody markdown,
        String source) {

    public Article {
        tags = List.copyOf(tags);
    }

    /** The Markdown body as written (after repairs). */
    public String body() {
        return markdown.text();
    }

    /** The 1-based line of the file where the body starts. */
    public int bodyStartLine() {
        return markdown.firstLine();
    }

    /** The line of the front matter that starts with {@code key:} ({@code "reviewed"}), for a diagnostic there; else 1. */
    public int frontMatterLine(String key) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < Math.min(lines.length, bodyStartLine()); i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The accessibility warning for a hero picture without {@code heroAlt}; the build and the review both give it. */
    public Optional<Diagnostic> missingHeroAlt() {
        return hero.filter(h -> h.alt().isBlank()).map(h -> Diagnostic.warning(file, h.line(), h.column(),
                "the hero picture has no heroAlt: add a short description of the picture for readers who cannot see it"
                        + " (the title is used meanwhile)").withRule(Rules.HERO_ALT));
    }
}
