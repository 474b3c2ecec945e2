/**
 * handouts: Markdown articles to clinic-branded patient handouts. Readers ({@code article}, {@code config})
 * build one document model; writers ({@code render}, {@code epub}) and the review ({@code check}) read it;
 * {@code build} runs the pipeline and {@code cli} the commands. This package holds the tool's version and the
 * one hash of inputs every cache uses.
 */
package org.handouts;
