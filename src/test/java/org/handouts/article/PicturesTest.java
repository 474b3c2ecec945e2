package org.handouts.article;

import org.handouts.diagnostics.SourcePosition;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PicturesTest {

    private static List<String> of(String body) {
        return MarkdownBody.parse(body, 1).pictureSources();
    }

    @Test
    void picturesInMarkdownReferencesAndRawHtmlAreFound() {
        assertEquals(List.of("images/a.png", "b.jpg", "https://x.example/c.png", "d.png"),
                of("""
                        Text ![A](images/a.png "t") and ![B][ref].

                        [ref]: b.jpg

                        <div><img alt="" src="https://x.example/c.png"></div>

                        Inline <img src="d.png" alt="D"> too.
                        """));
    }

    @Test
    void eachPictureIsPlacedWhereItsAddressIsWritten() {
        MarkdownBody body = MarkdownBody.parse("Intro.\n\nSee ![A](images/a.png) here.\n\n<p>x <img src=\"b.png\"></p>\n\n![C][c]\n\n[c]: c.png\n", 7);
        assertEquals(List.of(new Picture("images/a.png", "A", new SourcePosition(9, 10)),
                        new Picture("b.png", "", new SourcePosition(11, 16)),
                        new Picture("c.png", "C", new SourcePosition(15, 6))),
                body.pictures());
    }

    @Test
    void tablesAreFoundAtTheirFirstLineWhetherMarkdownOrHtml() {
        MarkdownBody body = MarkdownBody.parse("A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<table><tr><td>x</td></tr></table>\n\n```\n<table>\n```\n", 3);
        assertEquals(List.of(5, 9), body.tableLines());
    }

    @Test
    void whatOnlyLooksLikeAPictureIsNotOne() {
        assertEquals(List.of(), of("""
                `![code](http://127.0.0.1/code.png)` and \\![escaped](http://127.0.0.1/escaped.png)

                <!-- ![comment](http://127.0.0.1/comment.png) <img src="http://127.0.0.1/c2.png"> -->

                    ![indented](http://127.0.0.1/indented.png)

                ```html
                <img src="http://127.0.0.1/fenced.png">
                ```

                [unused]: http://127.0.0.1/unused.png
                """));
    }
}
