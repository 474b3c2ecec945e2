package org.handouts.article;

import org.handouts.diagnostics.SourcePosition;
/**
 * A picture the body shows, as written: {@code ![alt](source)}, {@code ![alt][ref]} or {@code <img src>}.
 *
 * @param at where the picture's address is written in the file, for messages about it
 */
public record Picture(String source, String alt, SourcePosition at) { }
