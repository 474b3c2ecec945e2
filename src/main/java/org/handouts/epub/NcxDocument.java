package org.handouts.epub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.documentnode.epub4j.domain.TOCReference;

/**
 * The EPUB 2 table of contents (NCX) for older readers and Kindle conversion: the same tree as the nav
 * document. Written here because epub4j numbers {@code playOrder} per entry, which clashes when a topic and
 * its first article point at the same page; the NCX rule is one number per target, in reading order.
 */
final class NcxDocument {
    static final String HREF = "toc.ncx";

    private NcxDocument() { }

    static String write(String identifier, String title, String author, String lang, List<TOCReference> toc) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"")
                .append(Xml.escape(lang)).append("\">\n<head>\n")
                .append("<meta name=\"dtb:uid\" content=\"").append(Xml.escape(identifier)).append("\"/>\n")
                .append("<meta name=\"dtb:depth\" content=\"").append(depth(toc)).append("\"/>\n")
                .append("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n")
                .append("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n")
                .append("</head>\n")
                .append("<docTitle><text>").append(Xml.escape(title)).append("</text></docTitle>\n")
                .append("<docAuthor><text>").append(Xml.escape(author)).append("</text></docAuthor>\n")
                .append("<navMap>\n");
        points(out, toc, new HashMap<>(), new int[] {0});
        out.append("</navMap>\n</ncx>\n");
        return out.toString();
    }

    private static void points(StringBuilder out, List<TOCReference> entries, Map<String, Integer> playOrder, int[] counter) {
        for (TOCReference entry : entries) {
            String src = entry.getCompleteHref();
            int order = playOrder.computeIfAbsent(src, s -> playOrder.size() + 1);
            counter[0]++;
            out.append("<navPoint id=\"navpoint-").append(counter[0]).append("\" playOrder=\"").append(order).append("\">\n")
                    .append("<navLabel><text>").append(Xml.escape(entry.getTitle())).append("</text></navLabel>\n")
                    .append("<content src=\"").append(Xml.escape(src)).append("\"/>\n");
            points(out, entry.getChildren(), playOrder, counter);
            out.append("</navPoint>\n");
        }
    }

    private static int depth(List<TOCReference> entries) {
        int depth = 0;
        for (TOCReference entry : entries) {
            depth = Math.max(depth, 1 + depth(entry.getChildren()));
        }
        return Math.max(depth, 1);
    }
}
