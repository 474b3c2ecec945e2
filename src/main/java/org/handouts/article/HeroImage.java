package org.handouts.article;

/**
 * Where an article's picture comes from, as written in front matter: an http(s) URL or a path relative
 * to the article file. {@code alt} is what a screen reader says; {@code credit} is printed under it.
 */
public record HeroImage(String source, String alt, String credit, int line, int column) { }
