package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PictureSourcesTest {

    private final PictureSources pictures = new PictureSources();

    @Test
    void picturesInMarkdownReferencesAndRawHtmlAreFound() {
        assertEquals(List.of("images/a.png", "b.jpg", "https://x.example/c.png", "d.png"),
                pictures.of("""
                        Text ![A](images/a.png "t") and ![B][ref].

                        [ref]: b.jpg

                        <div><img alt="" src="https://x.example/c.png"></div>

                        Inline <img src="d.png" alt="D"> too.
                        """));
    }

    @Test
    void whatOnlyLooksLikeAPictureIsNotOne() {
        assertEquals(List.of(), pictures.of("""
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
