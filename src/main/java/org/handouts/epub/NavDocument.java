package org.handouts.epub;

import java.util.List;
import io.documentnode.epub4j.domain.TOCReference;
import org.handouts.i18n.Messages;

/**
 * The EPUB 3 navigation document, which epub4j cannot write: the {@code toc} nav from the book's table of
 * contents (a topic is a heading, its articles a nested list; EPUBCheck requires this list to follow the
 * spine, NAV-011) and the {@code landmarks} nav (cover, Topics, start of the handouts). It lives next to the
 * package document, so resource hrefs are used as they are.
 */
final class NavDocument {
    static final String HREF = "nav.xhtml";

    private NavDocument() { }

    static String write(String title, String lang, List<TOCReference> toc, List<BookletAssembler.Landmark> landmarks) {
        StringBuilder out = new StringBuilder();
        String language = Xml.escape(lang);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"")
                .append(language).append("\" xml:lang=\"").append(language).append("\">\n")
                .append("<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(Xml.escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" type=\"text/css\" href=\"").append(BookletStyle.HREF).append("\"/>\n")
                .append("</head>\n<body>\n");
        out.append("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n")
                .append("<h1 id=\"toc-title\">").append(Xml.escape(Messages.of(lang).format("epub.contents"))).append("</h1>\n");
        list(out, toc);
        out.append("</nav>\n");
        out.append("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\" aria-labelledby=\"landmarks-title\">\n")
                .append("<h2 id=\"landmarks-title\">").append(Xml.escape(Messages.of(lang).format("epub.landmarks"))).append("</h2>\n<ol>\n");
        for (BookletAssembler.Landmark landmark : landmarks) {
            out.append("<li><a epub:type=\"").append(landmark.type()).append("\" href=\"").append(Xml.escape(landmark.href()))
                    .append("\">").append(Xml.escape(landmark.label())).append("</a></li>\n");
        }
        out.append("</ol>\n</nav>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void list(StringBuilder out, List<TOCReference> entries) {
        out.append("<ol>\n");
        for (TOCReference entry : entries) {
            if (entry.getChildren().isEmpty()) {
                out.append("<li><a href=\"").append(Xml.escape(entry.getCompleteHref())).append("\">")
                        .append(Xml.escape(entry.getTitle())).append("</a></li>\n");
            } else {
                // A topic is a heading, not a link: its articles are the places to go.
                out.append("<li><span>").append(Xml.escape(entry.getTitle())).append("</span>\n");
                list(out, entry.getChildren());
                out.append("</li>\n");
            }
        }
        out.append("</ol>\n");
    }
}
