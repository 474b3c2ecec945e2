package org.handouts.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * What makes two renderings of the same document byte for byte the same: the dates it says it was made
 * (document information and XMP metadata, which openhtmltopdf sets to now) and its file identifier
 * (which PDFBox would otherwise draw from the clock). Reproducible builds, and a PDF that changes only
 * when its content does.
 */
final class PdfStamp {

    private static final Pattern XMP_DATE = Pattern.compile("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)");

    private PdfStamp() { }

    static void date(PDDocument doc, Instant date) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(date.toEpochMilli());
        doc.getDocumentInformation().setCreationDate(calendar);
        doc.getDocumentInformation().setModificationDate(calendar);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
            String stamped = XMP_DATE.matcher(xmp).replaceAll("$1" + Matcher.quoteReplacement(iso) + "$2");
            metadata.importXMPMetadata(stamped.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not date the PDF's metadata", e);
        }
    }

    /** The file identifier from what the PDF is made of, as PDF 14.4 allows: same document, same identifier. */
    static void identify(PDDocument doc, String xhtml, Optional<Instant> date) {
        byte[] id = identifier(xhtml, date);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    /** A file identifier for a PDF made of {@code what} on {@code date} (now, when there is none). */
    static byte[] identifier(String what, Optional<Instant> date) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(what.getBytes(StandardCharsets.UTF_8));
            md5.update(date.map(Instant::toString).orElseGet(() -> Instant.now().toString()).getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
