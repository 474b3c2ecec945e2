/**
 * From the parsed article to print: the body as safe XHTML ({@link org.handouts.render.BodyBuilder}, which
 * renders the article's own flexmark document), the data templates see ({@link org.handouts.render.HandoutModel}),
 * templates ({@link org.handouts.render.TemplateRenderer}), layouts and fonts, PDF ({@link org.handouts.render.PdfWriter}),
 * QR codes and the printed booklet's data. May depend on: article, config, images, diagnostics.
 */
package org.handouts.render;
