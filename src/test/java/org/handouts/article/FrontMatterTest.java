package org.handouts.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** Front matter and body, cut where the fences are, with the body's first line number right. */
class FrontMatterTest {

    private static FrontMatter found(String text) {
        return assertInstanceOf(FrontMatter.Found.class, FrontMatter.split(text)).frontMatter();
    }

    @Test
    void cutsAtTheClosingFence() {
        FrontMatter fm = found("---\ntitle: Rest\nid: rest\n---\n# Rest\n\nSleep well.\n");
        assertEquals("title: Rest\nid: rest", fm.yaml());
        assertEquals("# Rest\n\nSleep well.\n", fm.body());
        assertEquals(5, fm.bodyStartLine());
    }

    @Test
    void acceptsEmptyFrontMatterDotsWindowsLineEndsAndNoBody() {
        assertEquals("", found("---\n---\nBody").yaml());
        assertEquals(3, found("---\n---\nBody").bodyStartLine());
        FrontMatter dots = found("---\r\ntitle: A\r\n...\r\nBody\r\n");
        assertEquals("title: A\r", dots.yaml());
        assertEquals("Body\r\n", dots.body());
        assertEquals("", found("---\ntitle: A\n---").body());
        assertEquals("", found("---\ntitle: A\n---\n").body());
    }

    @Test
    void tellsMissingFromUnclosed() {
        assertInstanceOf(FrontMatter.Missing.class, FrontMatter.split(""));
        assertInstanceOf(FrontMatter.Missing.class, FrontMatter.split("# Rest\n---\n"));
        assertInstanceOf(FrontMatter.Unclosed.class, FrontMatter.split("---"));
        assertInstanceOf(FrontMatter.Unclosed.class, FrontMatter.split("---\ntitle: A\n"));
        assertInstanceOf(FrontMatter.Unclosed.class, FrontMatter.split("---\ntitle: A\n...more"));
    }
}
