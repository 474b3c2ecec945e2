/**
 * The web edition: {@code out/site/}, a static website of the library, the page every handout's QR code
 * names. A writer like the EPUB and the printed booklet: it reads the prepared articles (the same body,
 * hero and related handouts the PDFs print) and the finished PDFs and booklets it offers for download.
 * Its pages come from the {@code layouts/site/} templates, so a clinic restyles its site the way it
 * restyles a handout. Depends on article, config, images and render; nothing depends on it but the build.
 */
package org.handouts.site;
