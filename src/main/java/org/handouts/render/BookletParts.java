package org.handouts.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The finished XHTML of a printed booklet cut into parts that can be laid out on their own: one document
 * per article's chapter, and a skeleton of the whole booklet in which every chapter is a stand-in of blank
 * pages as many as the chapter has. A chapter is the top-level element of the body that holds its
 * article's anchor; everything else (cover, index, about) stays in the skeleton, so the index's
 * {@code target-counter} page numbers, the links, the bookmarks and the "Page X of Y" footers are worked out by
 * the renderer over the real number of pages.
 *
 * <p>A chapter is laid out with its page furniture hidden (the skeleton's stand-in pages draw it, with the
 * booklet's page numbers), and keeps the elements it names {@value #RUNNING_CLASS}, which the layout moves
 * into the page margin, in its stand-in, so each stand-in page shows its chapter's running title.
 */
public final class BookletParts {

    /** The class of the elements of a chapter that are page furniture (running titles) and stay in the skeleton. */
    static final String RUNNING_CLASS = "running-title";
    /** Hides the page margins' furniture in a chapter laid out alone; the skeleton draws it over the chapter. */
    static final String NO_FURNITURE = "@page { @top-left { content: none; } @top-center { content: none; } @top-right { content: none; }"
            + " @bottom-left { content: none; } @bottom-center { content: none; } @bottom-right { content: none; } }";

    /**
     * The stand-in address of a link from one chapter to another's id: a chapter laid out alone has no page
     * to link to, so {@link BookletAssembler} makes the link lead to the book's page of that id.
     */
    static final String ELSEWHERE = "https://booklet.invalid/goto#";

    private final Document doc;
    private final List<Element> chapters;
    private final Set<String> referencedIds;
    private final List<String> anchors;
    private final String[] shell;

    private BookletParts(Document doc, List<Element> chapters, Set<String> referencedIds, List<String> anchors) {
        this.doc = doc;
        this.anchors = List.copyOf(anchors);
        this.shell = shell();
        this.chapters = chapters;
        this.referencedIds = referencedIds;
    }

    /**
     * @param anchors the id each chapter's article carries, in booklet order
     * @return empty when the booklet is not made of one top-level element per anchor, in that order (it is
     *     then laid out whole)
     */
    public static Optional<BookletParts> split(String xhtml, List<String> anchors) {
        Document doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
        doc.outputSettings(HtmlSanitizer.xhtmlSettings());
        return split(doc, anchors);
    }

    /** As {@link #split(String, List)}, for a booklet already parsed; {@code doc} is not changed. */
    public static Optional<BookletParts> split(Document doc, List<String> anchors) {
        Element body = doc.selectFirst("html > body");
        if (body == null || anchors.isEmpty()) {
            return Optional.empty();
        }
        // One walk over the booklet: the top-level element holding each anchor's first occurrence.
        Set<String> wanted = new HashSet<>(anchors);
        Map<String, Element> topOfAnchor = new HashMap<>();
        for (Element top : body.children()) {
            for (Element element : top.getAllElements()) {
                String id = element.id();
                if (!id.isEmpty() && wanted.contains(id)) {
                    topOfAnchor.putIfAbsent(id, top);
                }
            }
        }
        List<Element> chapters = new ArrayList<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int lastIndex = -1;
        for (String anchor : anchors) {
            Element top = topOfAnchor.get(anchor);
            if (top == null || !seen.add(top) || top.elementSiblingIndex() <= lastIndex) {
                return Optional.empty();
            }
            lastIndex = top.elementSiblingIndex();
            chapters.add(top);
        }
        // Ids a chapter must still have in the skeleton: those named from outside it (index links, bookmarks).
        Set<String> referenced = new HashSet<>();
        for (Element link : doc.select("[href^=#]")) {
            Element top = link;
            while (top != null && top.parent() != body) {
                top = top.parent();
            }
            if (top == null || !seen.contains(top)) {
                referenced.add(link.attr("href").substring(1));
            }
        }
        return Optional.of(new BookletParts(doc, chapters, referenced, anchors));
    }

    public int chapterCount() {
        return chapters.size();
    }

    /** Chapter {@code index} as a document of its own: the booklet's head and styles, that chapter alone, no page furniture. */
    public String chapter(int index) {
        Element keep = chapters.get(index).clone();
        // Alone, it starts on the document's first page: a break before it (to a right-hand page) would
        // leave that page empty. The skeleton breaks the pages before each chapter.
        keep.attr("style", (keep.attr("style").isBlank() ? "" : keep.attr("style") + "; ") + "page-break-before: auto;");
        java.util.Set<String> own = new HashSet<>();
        keep.select("[id]").forEach(e -> own.add(e.id()));
        own.add(keep.id());
        for (Element link : keep.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (!own.contains(id)) {
                link.attr("href", ELSEWHERE + id);
            }
        }
        return shell[0] + keep.outerHtml() + shell[1];
    }

    /** The document around a chapter alone, before and after it: made once, not once per chapter. */
    private String[] shell() {
        Document copy = doc.clone();
        Element body = copy.selectFirst("html > body");
        body.empty();
        String marker = "handouts-chapter-goes-here";
        body.appendText(marker);
        Element head = copy.selectFirst("html > head");
        if (head != null) {
            head.select("> bookmarks").remove();
            head.appendElement("style").attr("type", "text/css").text(NO_FURNITURE);
        }
        String html = copy.outerHtml();
        int at = html.indexOf(marker);
        return new String[] {html.substring(0, at), html.substring(at + marker.length())};
    }

    /**
     * The whole booklet with chapter {@code i} as {@code pageCounts[i]} stand-in pages, each holding the ids
     * of the chapter that are on that page and named from outside it (its anchor always, on its first
     * page), and the chapter's running titles.
     *
     * @param pageOfId for each chapter, the page (from 0) of each of its ids, as laid out alone
     */
    public String skeleton(List<Integer> pageCounts, List<Map<String, Integer>> pageOfId) {
        Document copy = doc.clone();
        Element body = copy.selectFirst("html > body");
        for (int i = 0; i < chapters.size(); i++) {
            Element chapter = body.child(chapters.get(i).elementSiblingIndex());
            List<Element> running = new ArrayList<>(chapter.getElementsByClass(RUNNING_CLASS));
            running.forEach(Element::remove);
            chapter.empty();
            for (Element r : running) {
                chapter.appendChild(r);
            }
            for (int page = 0; page < pageCounts.get(i); page++) {
                // An empty block breaks no page: each stand-in page holds one point of nothing.
                Element holder = chapter.appendElement("div").attr("style", (page > 0 ? "page-break-before: always; " : "") + "height: 1pt;");
                if (page == 0) {
                    holder.appendElement("div").id(anchors.get(i));
                }
                for (Map.Entry<String, Integer> id : pageOfId.get(i).entrySet()) {
                    if (id.getValue() == page && referencedIds.contains(id.getKey()) && !id.getKey().equals(anchors.get(i))) {
                        holder.appendElement("div").id(id.getKey());
                    }
                }
            }
        }
        return copy.outerHtml();
    }
}
