package org.handouts.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handouts.render.FontFace;
import org.handouts.render.FontLibrary;

/**
 * The booklet's one stylesheet and the fonts it embeds. The handouts' typeface (Atkinson Hyperlegible
 * when {@code fonts/} has it) so the booklet looks like the printed handouts, but nothing that fights the
 * reader: no font size on the body, only relative units, no page sizes, and no text colours, so the
 * reading app's size, font and night-mode settings win. The brand colour appears only in rules and borders.
 */
final class BookletStyle {
    static final String PREFERRED_FAMILY = "Atkinson Hyperlegible";
    static final String HREF = "css/booklet.css";

    /** A font file to embed, by its path in the book. */
    record EmbeddedFont(FontFace face, String href) { }

    private final Optional<String> family;
    private final List<EmbeddedFont> fonts;
    private final String css;

    BookletStyle(FontLibrary library, String brandColor) {
        this.family = chooseFamily(library);
        List<EmbeddedFont> chosen = new ArrayList<>();
        Map<String, Boolean> used = new LinkedHashMap<>();
        for (FontFace face : library.faces()) {
            if (family.isPresent() && face.family().equals(family.get())) {
                String name = face.file().getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "-");
                if (used.putIfAbsent(name, true) == null) {
                    chosen.add(new EmbeddedFont(face, "fonts/" + name));
                }
            }
        }
        this.fonts = List.copyOf(chosen);
        this.css = stylesheet(brandColor);
    }

    /** The family the cover and the text use; empty when {@code fonts/} holds no fonts. */
    Optional<String> family() {
        return family;
    }

    List<EmbeddedFont> fonts() {
        return fonts;
    }

    String css() {
        return css;
    }

    private static Optional<String> chooseFamily(FontLibrary library) {
        if (library.families().contains(PREFERRED_FAMILY)) {
            return Optional.of(PREFERRED_FAMILY);
        }
        return library.families().stream().findFirst();
    }

    private String stylesheet(String brandColor) {
        StringBuilder out = new StringBuilder();
        out.append("/* The booklet's style. Relative units only and no text colours: the reader's own settings win. */\n\n");
        for (EmbeddedFont font : fonts) {
            out.append("@font-face {\n")
                    .append("  font-family: \"").append(font.face().family()).append("\";\n")
                    .append("  font-weight: ").append(font.face().weight() >= 600 ? "bold" : "normal").append(";\n")
                    .append("  font-style: ").append(font.face().italic() ? "italic" : "normal").append(";\n")
                    // The stylesheet lives in css/, the fonts in fonts/.
                    .append("  src: url(\"../").append(font.href()).append("\");\n")
                    .append("}\n\n");
        }
        String stack = family.map(f -> "\"" + f + "\", ").orElse("") + "sans-serif";
        String brand = brandColor.matches("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?") ? brandColor.toLowerCase(Locale.ROOT) : "currentColor";
        out.append("""
                body {
                  font-family: %s;
                  line-height: 1.5;
                }

                h1, h2, h3, h4, h5, h6 {
                  line-height: 1.25;
                  page-break-after: avoid;
                  break-after: avoid;
                }

                p.lead-in {
                  page-break-after: avoid;
                  break-after: avoid;
                }
                h1 {
                  font-size: 1.6em;
                  margin: 0 0 0.6em 0;
                  padding-bottom: 0.25em;
                  border-bottom: 0.12em solid %s;
                }
                h2 { font-size: 1.3em; margin: 1.4em 0 0.4em 0; }
                h3 { font-size: 1.12em; margin: 1.2em 0 0.3em 0; }
                h4, h5, h6 { font-size: 1em; margin: 1em 0 0.3em 0; }

                p, ul, ol, dl, table, blockquote, figure { margin-top: 0; margin-bottom: 0.8em; }
                li { margin-bottom: 0.3em; }

                img { max-width: 100%%; height: auto; }
                figure { margin-left: 0; margin-right: 0; }
                .hero { margin: 0 0 1em 0; }
                .hero img { display: block; margin: 0 auto; }
                .credit { font-size: 0.85em; margin-top: 0.3em; }

                .description { font-size: 1.12em; }

                table { border-collapse: collapse; width: 100%%; }
                th, td { border: thin solid; padding: 0.3em 0.4em; text-align: left; vertical-align: top; }

                blockquote { margin-left: 0; padding-left: 0.8em; border-left: 0.25em solid %s; }

                .chapter-meta { margin-top: 2em; padding-top: 0.6em; border-top: thin solid; font-size: 0.92em; }

                .cover { margin: 0; padding: 0; text-align: center; }
                .cover img { max-width: 100%%; }

                .title-page { text-align: center; margin-top: 2em; }
                .title-page h1 { border-bottom: none; font-size: 2em; }
                .title-page .clinic { font-size: 1.3em; font-weight: bold; border-top: 0.12em solid %s; padding-top: 0.8em; }
                .title-page .made { margin-top: 2em; }

                .topic h2 { padding-left: 0.5em; border-left: 0.3em solid %s; }
                .topic ul { list-style: none; padding-left: 0; }
                .topic li { margin-bottom: 0.5em; }

                .missing-image { font-style: italic; }
                """.formatted(stack, brand, brand, brand, brand));
        return out.toString();
    }
}
