package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handouts.article.Article;
import org.handouts.diagnostics.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BodyBuilderTest {

    private final BodyBuilder builder = new BodyBuilder();

    private static Article article(String body) {
        return new Article(Path.of("articles/x.md"), "x", "x", SourcePosition.START, "X", "", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), java.util.Optional.empty(), org.handouts.article.MarkdownBody.parse(body, 5), body);
    }

    private String xhtml(String markdown) {
        return builder.build(article(markdown), BodyImageResolver.NONE).xhtml();
    }

    @Test
    void characterReferencesXmlCannotCarryAreLeftOut() {
        String out = xhtml("""
                Take it &#xd800;with food&#xFFFE;. <span title="a&#55296;b">Rest</span> &#x1B;well.

                <div>&#xFFFF;Drink water</div>
                """);
        assertTrue(out.contains("with food") && out.contains("Drink water") && out.contains("Rest"), out);
        for (String bad : List.of("&#xd800", "&#xfffe", "&#xffff", "&#x1b", "\uD800", "\uFFFE", "\uFFFF", "\u001B")) {
            assertFalse(out.toLowerCase().contains(bad.toLowerCase()), bad + " in: " + out);
        }
        // What openhtmltopdf does with it: an XML parser must accept the body.
        Jsoup.parse("<body>" + out + "</body>", "", Parser.xmlParser());
        assertTrue(out.codePoints().noneMatch(org.handouts.article.InvisibleCharacters::isForbiddenInXml), out);
    }

    @Test
    void removesScriptsEventHandlersIframesAndStyles() {
        String out = xhtml("""
                Hello <b onclick="steal()">there</b>.

                <script>alert('x')</script>
                <iframe src="https://www.youtube.com/embed/abc123?rel=0" title="Hand washing" onload="x()"></iframe>
                <p style="color:red" onmouseover="x()">Styled</p>
                <a href="javascript:alert(1)">bad link</a> <a href="https://www.cancer.gov">good link</a>
                <object data="x.swf"></object><form action="/x"><input name="q"/></form>
                <link rel="stylesheet" href="https://evil.example/x.css"/>
                """);
        String lower = out.toLowerCase();
        for (String banned : List.of("<script", "alert(", "onclick", "onmouseover", "<iframe", "style=", "javascript:",
                "<object", "<form", "<input", "<link", "evil.example")) {
            assertFalse(lower.contains(banned), banned + " survived in: " + out);
        }
        assertTrue(out.contains("<a href=\"https://www.cancer.gov\" title=\"good link\">good link</a>"), out);
        assertTrue(out.contains("Styled"));
        // The embed itself goes; what it showed stays, as a line with its address (and a QR code for paper).
        assertTrue(out.contains(">Video: Hand washing — https://www.youtube.com/watch?v=abc123</a>"), out);
        assertTrue(out.contains("class=\"embed-qr\" src=\"data:image/png;base64,"), out);
    }

    @Test
    void remoteImagesNeverPassThroughUnprepared() {
        String out = xhtml("![A diagram](https://example.org/d.png)\n\n<img src=\"http://tracker.example/p.gif\">");
        assertFalse(out.contains("example.org"), out);
        assertFalse(out.contains("tracker.example"), out);
        assertTrue(out.contains("<span class=\"missing-image\">A diagram</span>"), out);
        assertFalse(out.contains("Picture:"), "what the picture showed, never a code word: " + out);
    }

    @Test
    void aPictureThatCannotBeUsedIsAskedAboutAsWrittenSoItsWarningNamesIt() {
        List<String> asked = new ArrayList<>();
        builder.build(article("<img src=\"file:///etc/passwd\"> ![x](data:image/png;base64,AAAA)"), (source, alt) -> {
            asked.add(source);
            return Optional.empty();
        });
        assertEquals(List.of("file:///etc/passwd", "data:image/png;base64,AAAA"), asked);
    }

    @Test
    void decorativePicturesAreMarkedAndSpecksLeftOut() {
        String out = builder.build(article("![](images/line.png)\n\n![Tracker](images/pixel.png)"),
                (source, alt) -> Optional.of(source.contains("pixel")
                        ? new BodyPicture("file:/cache/pixel.png", 1, 1)
                        : new BodyPicture("file:/cache/line.png", 1200, 40))).xhtml();
        assertTrue(out.contains("class=\"decorative\""), out);
        assertTrue(out.contains("width=\"1200\"") && out.contains("height=\"40\""), out);
        assertFalse(out.contains("pixel"), out);
        assertFalse(out.contains("Tracker"), "a speck has nothing to say on paper: " + out);
    }

    @Test
    void preparedImagesAreSwappedIn() {
        List<String> asked = new ArrayList<>();
        String out = builder.build(article("![Leaves](images/leaves.png)"), (source, alt) -> {
            asked.add(source + "|" + alt);
            return Optional.of(new BodyPicture("file:/cache/abc.jpg", 640, 480));
        }).xhtml();
        assertEquals(List.of("images/leaves.png|Leaves"), asked);
        assertTrue(out.contains("src=\"file:/cache/abc.jpg\""), out);
        assertTrue(out.contains("alt=\"Leaves\""), out);
    }

    @Test
    void outputIsWellFormedXhtmlWithTypographyTablesAndFootnotes() {
        String out = xhtml("""
                "Quoted" -- it's fine & good.<br>

                | Side effect | What helps |
                |---|---|
                | Tired | Rest |

                A note.[^1]

                [^1]: The footnote.

                Visit https://www.cancer.gov today.
                """);
        // Parsing as strict XML fails on bare <br> or named HTML entities.
        org.jsoup.nodes.Document xml = Jsoup.parse("<div>" + out + "</div>", "", Parser.xmlParser());
        assertTrue(xml.select("th[scope=col]").size() == 2, out);
        assertTrue(out.contains("“Quoted”"), out);
        assertTrue(out.contains("it’s"), out);
        assertTrue(out.contains("<br />") || out.contains("<br/>"), out);
        assertTrue(out.contains("footnote"), out);
        assertTrue(out.contains("href=\"https://www.cancer.gov\""), out);
        assertFalse(out.contains("&rsquo;") || out.contains("&ldquo;"), out);
    }

    @Test
    void bodyHeadingsStartBelowTheTitleAndGetIds() {
        ArticleBody body = builder.build(article("# Top\n\n## Sub\n\n# Top\n"), BodyImageResolver.NONE);
        assertEquals(List.of(2, 3, 2), body.headings().stream().map(Heading::level).toList());
        assertFalse(body.xhtml().contains("<h1"), body.xhtml());
        long distinct = body.headings().stream().map(Heading::id).distinct().count();
        assertEquals(3, distinct, body.headings().toString());
    }
}
