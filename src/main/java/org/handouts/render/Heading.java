package org.handouts.render;

/** A section heading of an article body: what bookmarks and tables of contents list. */
public record Heading(int level, String id, String text) { }
