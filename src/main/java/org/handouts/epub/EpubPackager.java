package org.handouts.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;

/**
 * Turns the assembled book into EPUB 3 bytes: adds the navigation document and the NCX to it, then writes
 * the container ({@code mimetype}, {@code META-INF/container.xml}, the package document, every resource)
 * in a fixed order. epub4j's {@code EpubWriter} is not used: it writes EPUB 2 with the time of writing.
 */
final class EpubPackager {
    /** Everything of the publication sits in this folder of the zip. */
    static final String ROOT = "EPUB/";
    static final String NAV_ID = "nav";
    static final String NCX_ID = "ncx";

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="%s" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """.formatted(ROOT + PackageDocument.HREF);

    /** Picture formats that carry their own compression; deflating them again gains next to nothing. */
    private static final java.util.Set<String> ALREADY_COMPRESSED = java.util.Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private EpubPackager() { }

    static void write(BookletAssembler.Booklet booklet, OutputStream target) throws IOException {
        Book book = booklet.book();
        String title = book.getMetadata().getFirstTitle();
        String nav = NavDocument.write(title, booklet.lang(), book.getTableOfContents().getTocReferences(), booklet.landmarks());
        book.addResource(new Resource(NAV_ID, utf8(nav), NavDocument.HREF, MediaTypes.XHTML));
        String ncx = NcxDocument.write(BookletAssembler.identifierOf(book), title,
                String.join(", ", book.getMetadata().getPublishers()), booklet.lang(), book.getTableOfContents().getTocReferences());
        book.addResource(new Resource(NCX_ID, utf8(ncx), NcxDocument.HREF, MediaTypes.NCX));

        List<EpubArchive.Entry> entries = new ArrayList<>();
        entries.add(new EpubArchive.Entry("META-INF/container.xml", utf8(CONTAINER)));
        entries.add(new EpubArchive.Entry(ROOT + PackageDocument.HREF, utf8(PackageDocument.write(booklet, NAV_ID, NCX_ID))));
        for (Resource resource : PackageDocument.manifestOrder(book)) {
            entries.add(new EpubArchive.Entry(ROOT + resource.getHref(), resource::getInputStream,
                    ALREADY_COMPRESSED.contains(resource.getMediaType().getName())));
        }
        EpubArchive.write(target, entries, booklet.modified());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
