package org.handouts.epub;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.Metadata;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;

/**
 * The EPUB 3 package document (OPF), written from epub4j's book model. epub4j's own writer produces
 * EPUB 2.0.1 ({@code version="2.0"}, {@code opf:}-prefixed attributes EPUB 3 forbids, an empty
 * {@code <guide/>}, no manifest {@code properties}), so this small writer takes its place: EPUB 3 metadata
 * with {@code dcterms:modified} and the accessibility claims, {@code nav} and {@code cover-image}
 * properties, and the spine in reading order pointing at the NCX for older readers.
 */
final class PackageDocument {
    static final String HREF = "package.opf";
    static final String UNIQUE_ID = "pub-id";
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private PackageDocument() { }

    static String write(BookletAssembler.Booklet booklet, String navId, String ncxId) {
        Book book = booklet.book();
        Metadata metadata = book.getMetadata();
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"")
                .append(UNIQUE_ID).append("\" xml:lang=\"").append(Xml.escape(booklet.lang())).append("\">\n");

        out.append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        out.append("<dc:identifier id=\"").append(UNIQUE_ID).append("\">").append(Xml.escape(bookId(metadata))).append("</dc:identifier>\n");
        for (String title : metadata.getTitles()) {
            out.append("<dc:title>").append(Xml.escape(title)).append("</dc:title>\n");
        }
        out.append("<dc:language>").append(Xml.escape(metadata.getLanguage())).append("</dc:language>\n");
        for (Author author : metadata.getAuthors()) {
            out.append("<dc:creator>").append(Xml.escape(name(author))).append("</dc:creator>\n");
        }
        for (String publisher : metadata.getPublishers()) {
            out.append("<dc:publisher>").append(Xml.escape(publisher)).append("</dc:publisher>\n");
        }
        for (String description : metadata.getDescriptions()) {
            out.append("<dc:description>").append(Xml.escape(description)).append("</dc:description>\n");
        }
        metadata.getDates().stream().findFirst()
                .ifPresent(date -> out.append("<dc:date>").append(Xml.escape(date.getValue())).append("</dc:date>\n"));
        out.append("<meta property=\"dcterms:modified\">").append(MODIFIED.format(booklet.modified())).append("</meta>\n");
        for (AccessibilityClaims.Meta meta : booklet.accessibility().metadata()) {
            out.append("<meta property=\"").append(meta.property()).append("\">").append(Xml.escape(meta.value())).append("</meta>\n");
        }
        Resource cover = book.getCoverImage();
        if (cover != null) {
            // EPUB 2 style cover hint: Kindle and older readers look only for this.
            out.append("<meta name=\"cover\" content=\"").append(cover.getId()).append("\"/>\n");
        }
        out.append("</metadata>\n");

        out.append("<manifest>\n");
        for (Resource resource : manifestOrder(book)) {
            out.append("<item id=\"").append(resource.getId()).append("\" href=\"").append(Xml.escape(resource.getHref()))
                    .append("\" media-type=\"").append(resource.getMediaType().getName()).append('"');
            if (resource.getId().equals(navId)) {
                out.append(" properties=\"nav\"");
            } else if (cover != null && resource.getId().equals(cover.getId())) {
                out.append(" properties=\"cover-image\"");
            }
            out.append("/>\n");
        }
        out.append("</manifest>\n");

        out.append("<spine toc=\"").append(ncxId).append("\">\n");
        for (SpineReference ref : book.getSpine().getSpineReferences()) {
            out.append("<itemref idref=\"").append(ref.getResourceId()).append('"').append(ref.isLinear() ? "" : " linear=\"no\"").append("/>\n");
        }
        out.append("</spine>\n</package>\n");
        return out.toString();
    }

    /** By path, so the file (and the zip) never depends on epub4j's hash-map order. */
    static List<Resource> manifestOrder(Book book) {
        return book.getResources().getAll().stream().sorted(Comparator.comparing(Resource::getHref)).toList();
    }

    private static String bookId(Metadata metadata) {
        Identifier id = Identifier.getBookIdIdentifier(metadata.getIdentifiers());
        return id.getValue();
    }

    private static String name(Author author) {
        String first = author.getFirstname() == null ? "" : author.getFirstname();
        String last = author.getLastname() == null ? "" : author.getLastname();
        return (first + " " + last).strip();
    }
}
