package org.handouts.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocumentState;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the changes made to a PDF read from a file as an incremental update (PDF 7.5.6): the file's bytes as
 * they were, then the changed and new objects, a cross-reference stream for them and a trailer pointing back
 * at the previous one. PDFBox's own {@code saveIncremental} first reads every object of the file to learn its
 * number, which for a booklet of hundreds of pages costs more than writing the whole file again; here only the
 * objects that changed are touched. An object of the file that did not change is written as a reference to
 * it; every object reached from a changed one that the file does not hold (new ones, and those of other
 * documents moved into it) gets a new number.
 */
final class IncrementalUpdate {

    private final COSDocumentState original;
    private final Map<COSBase, COSObjectKey> assigned = new IdentityHashMap<>();
    private final Deque<COSBase> pending = new ArrayDeque<>();
    private final TreeMap<Long, Long> offsets = new TreeMap<>();
    private long nextNumber;

    private IncrementalUpdate(PDDocument doc) {
        this.original = doc.getDocument().getDocumentState();
        long size = doc.getDocument().getTrailer().getLong(COSName.SIZE, 0);
        this.nextNumber = Math.max(size, doc.getDocument().getHighestXRefObjectNumber() + 1);
    }

    /** Why an update could not be written (the document is then saved whole). */
    static final class NotIncremental extends Exception {
        NotIncremental(String message) {
            super(message);
        }
    }

    /**
     * @param fileBytes the file {@code doc} was read from
     * @param changed   the objects of the file that were changed (each indirect in it)
     * @param secondId  the second part of the file identifier, which changes with every update (PDF 14.4)
     */
    static void write(PDDocument doc, byte[] fileBytes, Collection<COSDictionary> changed, byte[] secondId, OutputStream out)
            throws IOException, NotIncremental {
        new IncrementalUpdate(doc).writeUpdate(doc, fileBytes, changed, secondId, out);
    }

    private void writeUpdate(PDDocument doc, byte[] fileBytes, Collection<COSDictionary> changed, byte[] secondId, OutputStream sink)
            throws IOException, NotIncremental {
        COSDictionary trailer = doc.getDocument().getTrailer();
        long previous = doc.getDocument().getStartXref();
        if (previous <= 0 || trailer.getItem(COSName.ROOT) == null) {
            throw new NotIncremental("the file has no cross-reference section to follow");
        }
        Counting out = new Counting(sink);
        out.write(fileBytes);
        if (fileBytes.length > 0 && fileBytes[fileBytes.length - 1] != '\n') {
            out.write('\n');
        }
        for (COSDictionary object : changed) {
            COSObjectKey key = object.getKey();
            if (key == null || !fromOriginal(object)) {
                throw new NotIncremental("a changed object is not one of the file's");
            }
            assigned.put(object, key);
            pending.add(object);
        }
        while (!pending.isEmpty()) {
            COSBase object = pending.poll();
            COSObjectKey key = assigned.get(object);
            offsets.put(key.getNumber(), out.count);
            ascii(out, key.getNumber() + " " + key.getGeneration() + " obj\n");
            writeTop(object, out);
            ascii(out, "\nendobj\n");
        }

        long xrefNumber = nextNumber++;
        long xrefOffset = out.count;
        offsets.put(xrefNumber, xrefOffset);
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        COSArray index = new COSArray();
        long runStart = -1;
        long runLength = 0;
        for (Map.Entry<Long, Long> entry : offsets.entrySet()) {
            if (runStart >= 0 && entry.getKey() == runStart + runLength) {
                runLength++;
            } else {
                if (runStart >= 0) {
                    index.add(COSInteger.get(runStart));
                    index.add(COSInteger.get(runLength));
                }
                runStart = entry.getKey();
                runLength = 1;
            }
            long offset = entry.getValue();
            entries.write(1);
            for (int shift = 32; shift >= 0; shift -= 8) {
                entries.write((int) (offset >>> shift) & 0xff);
            }
            entries.write(0);
            entries.write(0);
        }
        index.add(COSInteger.get(runStart));
        index.add(COSInteger.get(runLength));

        COSDictionary xref = new COSDictionary();
        xref.setItem(COSName.TYPE, COSName.XREF);
        xref.setLong(COSName.SIZE, nextNumber);
        xref.setItem(COSName.INDEX, index);
        COSArray widths = new COSArray();
        widths.add(COSInteger.ONE);
        widths.add(COSInteger.get(5));
        widths.add(COSInteger.get(2));
        xref.setItem(COSName.W, widths);
        xref.setLong(COSName.PREV, previous);
        for (COSName name : new COSName[] {COSName.ROOT, COSName.INFO}) {
            if (trailer.getItem(name) != null) {
                xref.setItem(name, trailer.getItem(name));
            }
        }
        COSArray id = new COSArray();
        COSArray oldId = trailer.getCOSArray(COSName.ID);
        id.add(oldId != null && oldId.size() == 2 && oldId.getObject(0) instanceof COSString first ? first : new COSString(secondId));
        id.add(new COSString(secondId));
        xref.setItem(COSName.ID, id);
        byte[] data = entries.toByteArray();
        xref.setInt(COSName.LENGTH, data.length);
        ascii(out, xrefNumber + " 0 obj\n");
        writeDictionary(xref, out);
        ascii(out, "\nstream\r\n");
        out.write(data);
        ascii(out, "\r\nendstream\nendobj\nstartxref\n" + xrefOffset + "\n%%EOF\n");
        out.flush();
    }

    private boolean fromOriginal(COSBase object) {
        return object instanceof COSUpdateInfo info && info.getUpdateState().getOriginDocumentState() == original;
    }

    /** The number an object is written under: its own when the file holds it, else a new one (and it is written too). */
    private COSObjectKey keyOf(COSBase object) {
        COSObjectKey key = assigned.get(object);
        if (key != null) {
            return key;
        }
        if (object.getKey() != null && fromOriginal(object)) {
            return object.getKey();
        }
        key = new COSObjectKey(nextNumber++, 0);
        assigned.put(object, key);
        pending.add(object);
        return key;
    }

    private void writeTop(COSBase object, OutputStream out) throws IOException {
        if (object instanceof COSStream stream) {
            writeStream(stream, out);
        } else if (object instanceof COSDictionary dictionary) {
            writeDictionary(dictionary, out);
        } else {
            writeValue(object, out);
        }
    }

    private void writeValue(COSBase value, OutputStream out) throws IOException {
        if (value instanceof COSObject reference) {
            if (reference.getKey() != null && fromOriginal(reference)) {
                reference(reference.getKey(), out);
                return;
            }
            COSBase target = reference.getObject();
            if (target == null) {
                ascii(out, "null");
                return;
            }
            reference(keyOf(target), out);
        } else if (value instanceof COSStream stream) {
            reference(keyOf(stream), out);
        } else if (value instanceof COSDictionary dictionary) {
            // A dictionary indirect where it came from stays indirect, so that what points at it still does.
            if (dictionary.getKey() != null) {
                reference(keyOf(dictionary), out);
            } else {
                writeDictionary(dictionary, out);
            }
        } else if (value instanceof COSArray array) {
            out.write('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.write(' ');
                }
                writeValue(array.get(i), out);
            }
            out.write(']');
        } else if (value instanceof COSString string) {
            COSWriter.writeString(string, out);
        } else if (value instanceof COSName name) {
            name.writePDF(out);
        } else if (value instanceof COSInteger number) {
            number.writePDF(out);
        } else if (value instanceof COSFloat number) {
            number.writePDF(out);
        } else if (value instanceof COSBoolean bool) {
            bool.writePDF(out);
        } else if (value == null || value instanceof COSNull) {
            ascii(out, "null");
        } else {
            throw new IOException("cannot write a " + value.getClass().getSimpleName() + " in an incremental update");
        }
    }

    private void writeDictionary(COSDictionary dictionary, OutputStream out) throws IOException {
        ascii(out, "<<");
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            entry.getKey().writePDF(out);
            out.write(' ');
            writeValue(entry.getValue(), out);
            out.write('\n');
        }
        ascii(out, ">>");
    }

    private void writeStream(COSStream stream, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (InputStream in = stream.createRawInputStream()) {
            in.transferTo(raw);
        }
        COSDictionary header = new COSDictionary();
        header.addAll(stream);
        header.setInt(COSName.LENGTH, raw.size());
        writeDictionary(header, out);
        ascii(out, "\nstream\r\n");
        raw.writeTo(out);
        ascii(out, "\r\nendstream");
    }

    private static void reference(COSObjectKey key, OutputStream out) throws IOException {
        ascii(out, key.getNumber() + " " + key.getGeneration() + " R");
    }

    private static void ascii(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Knows how many bytes went through it: the offsets the cross-reference stream records. */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
