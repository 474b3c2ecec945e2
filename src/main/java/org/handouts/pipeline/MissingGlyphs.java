package org.handouts.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.handouts.article.Article;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.render.ArticleBody;
import org.handouts.render.GlyphCoverage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Characters of an article that no font in {@code fonts/} can draw. The renderer prints each as '#' and says
 * nothing, so a Chinese title or an emoji silently became a row of '#'. Checked while the article is
 * prepared, on the text a handout prints (title, description, body, hero alt text and credit): one located
 * warning per character per article, at most {@link #LIMIT}.
 */
final class MissingGlyphs {

    static final String RULE = "missing-glyph";
    static final int LIMIT = 12;

    private MissingGlyphs() { }

    static List<Diagnostic> find(Article article, ArticleBody body, GlyphCoverage fonts) {
        Set<Integer> missing = new LinkedHashSet<>();
        for (String text : printedText(article, body)) {
            text.codePoints().filter(c -> isDrawn(c) && !fonts.canDraw(c)).forEach(missing::add);
        }
        List<Diagnostic> found = new ArrayList<>();
        int shown = 0;
        for (int codePoint : missing) {
            if (shown == LIMIT) {
                int[] at = locate(article, codePoint);
                found.add(Diagnostic.warning(article.file(), at[0], at[1], (missing.size() - LIMIT)
                        + " more characters no font (built in or in fonts/) can draw (not listed one by one)").withRule(RULE));
                break;
            }
            int[] at = locate(article, codePoint);
            found.add(Diagnostic.warning(article.file(), at[0], at[1], "no font (built in or in fonts/) can draw " + describe(codePoint)
                    + ": it prints as '#'; add a font that has it to fonts/, or write the text without it").withRule(RULE));
            shown++;
        }
        return found;
    }

    static boolean isMissingGlyph(Diagnostic diagnostic) {
        return RULE.equals(diagnostic.rule());
    }

    /** {@code U+1F48A 'PILL' (💊)}. */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X '%s' (%s)", codePoint, name == null ? "unassigned" : name,
                Character.toString(codePoint));
    }

    /**
     * Characters that are never drawn as a glyph of their own: spaces and controls, joiners and other format
     * characters (the zero width joiner inside a family emoji), and variation selectors (U+FE0F after an
     * emoji). The emoji of a joined sequence are still checked one by one.
     */
    static boolean isDrawn(int codePoint) {
        if ((codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> false;
            default -> true;
        };
    }

    private static List<String> printedText(Article article, ArticleBody body) {
        List<String> texts = new ArrayList<>(List.of(article.title(), article.description()));
        article.hero().ifPresent(hero -> {
            texts.add(hero.alt());
            texts.add(hero.credit());
        });
        Document doc = Jsoup.parseBodyFragment(body.xhtml());
        texts.add(doc.body().text());
        doc.select("img[alt]").forEach(img -> texts.add(img.attr("alt")));
        return texts;
    }

    /** Where the character is first written in the file; the body's first line when it was written as an entity. */
    private static int[] locate(Article article, int codePoint) {
        String[] lines = article.source().split("\n", -1);
        String wanted = Character.toString(codePoint);
        for (int i = 0; i < lines.length; i++) {
            int col = lines[i].indexOf(wanted);
            if (col >= 0) {
                return new int[] {i + 1, lines[i].codePointCount(0, col) + 1};
            }
        }
        return new int[] {article.bodyStartLine(), 1};
    }
}
