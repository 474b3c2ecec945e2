package org.handouts.render;

/**
 * A picture of the body as prepared for the outputs: the address of its file and its size in pixels.
 *
 * @param uri    where the prepared file is (a {@code file:} URI)
 * @param width  its width in pixels
 * @param height its height in pixels
 */
public record BodyPicture(String uri, int width, int height) {

    /** Pictures this small (a web page's tracking pixel, a spacer) have nothing to show on paper or a screen. */
    public static final int SPECK = 2;

    public boolean isSpeck() {
        return width <= SPECK || height <= SPECK;
    }
}
