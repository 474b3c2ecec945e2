/**
 * The EPUB 3 booklet: epub4j's book model, our own package document, navigation, NCX and zip
 * ({@link org.handouts.epub.EpubBookletWriter}). Reads the prepared articles of the library; may depend on
 * article, config, images and render (for the prepared form and the fonts), never on the pipeline.
 */
package org.handouts.epub;
