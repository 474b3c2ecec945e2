package org.handouts.render;

import java.nio.file.Path;

/** One font file and the CSS family, weight and style it answers to. */
public record FontFace(Path file, String family, int weight, boolean italic) { }
