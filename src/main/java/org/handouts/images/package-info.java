/**
 * Pictures: fetch (with a cache and revalidation), sniff, check and scale. {@link org.handouts.images.ImageStore}
 * is the only way a picture enters an output. May depend on: article (what a picture's address is), config
 * (its settings), diagnostics.
 */
package org.handouts.images;
