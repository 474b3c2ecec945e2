package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.handouts.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Each kind of embed becomes the line a reader of paper can use, with the address of the page to open. */
class EmbedsTest {

    private static String line(String html) {
        return Embeds.replace(html, Messages.of("en"));
    }

    @Test
    void playersBecomeTheirVideosOwnPages() {
        assertEquals("https://www.youtube.com/watch?v=abc_1-2", Embeds.address("https://www.youtube-nocookie.com/embed/abc_1-2?start=3"));
        assertEquals("https://www.youtube.com/watch?v=abc", Embeds.address("//www.youtube.com/embed/abc"));
        assertEquals("https://vimeo.com/12345", Embeds.address("https://player.vimeo.com/video/12345?h=1"));
        assertEquals("https://maps.example/x", Embeds.address("https://maps.example/x"));
    }

    @Test
    void videoSoundAndOtherPagesEachGetALine() {
        assertTrue(line("<iframe src=\"https://player.vimeo.com/video/9\" title=\"Stretches\"></iframe>")
                .contains("<a href=\"https://vimeo.com/9\" title=\"Stretches\">Video: Stretches — https://vimeo.com/9</a>"));
        String video = line("<video controls><source src=\"https://media.example/a.mp4\">Your browser cannot play this.</video>");
        assertTrue(video.contains(">Video — https://media.example/a.mp4</a>"), video);
        assertFalse(video.contains("browser"), video);
        assertTrue(line("<audio src=\"https://media.example/a.mp3\" title=\"Breathing\"></audio>").contains(">Audio: Breathing — https://media.example/a.mp3</a>"));
        assertTrue(line("<iframe src=\"https://maps.example/clinic\" title=\"Map\"></iframe>").contains(">Web page: Map — https://maps.example/clinic</a>"));
        String local = line("<p>See <video src=\"clips/a.mp4\" title=\"Our clinic\"></video></p>");
        assertTrue(local.contains("<span class=\"embed\">Video: Our clinic — clips/a.mp4</span>"), local);
    }
}
