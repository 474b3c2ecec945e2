package org.handouts.article;

import org.handouts.diagnostics.SourcePosition;

/**
 * A link address as the body writes it ({@code [text](url)} or a reference definition {@code [ref]: url}),
 * with where the link starts in the file.
 */
public record WrittenLink(String url, SourcePosition at) { }
