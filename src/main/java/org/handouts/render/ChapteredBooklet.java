package org.handouts.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.handouts.io.InputsHash;
import org.handouts.ToolFingerprint;
import org.handouts.images.KeptFile;
import org.handouts.io.AtomicWrite;

/**
 * The printed booklet made chapter by chapter, so that after a one-article edit only that article's
 * chapter is laid out again. Each chapter is laid out as a document of its own ({@link BookletParts}) and
 * kept in {@code out/.handouts-booklet/<slug>.bin} with its page count and where its ids fell, under a hash
 * of its XHTML, the layout's files, the fonts and the tool's version. Then a skeleton of the whole booklet,
 * with a stand-in of as many blank pages for each chapter, is laid out (cover, index, about: a few pages
 * of text, the rest empty), and {@link BookletAssembler} puts the chapters' pages into it.
 *
 * <p>Page numbers: the skeleton lays out the real number of pages, so the index's page numbers and every
 * page's "Page X of Y" come from the renderer itself, and a chapter that grows by a page moves the pages
 * after it without any of them being laid out again (only the skeleton is).
 *
 * <p>After an edit that moves no page (the skeleton is the same: every chapter has as many pages as before,
 * its ids on the same pages), the booklet written last is not put together again: the edited chapters' pages
 * replace theirs in it, written as an incremental update ({@link IncrementalUpdate}), so neither the kept
 * chapters nor the rest of the booklet are read or written. Under {@code SOURCE_DATE_EPOCH} this is not done,
 * since the file would then depend on the edits before it, not only on what it shows.
 *
 * <p>A booklet that cannot be cut into chapters, or whose parts do not fit together, is laid out whole.
 */
public final class ChapteredBooklet {

    public static final String FOLDER = ".handouts-booklet";
    private static final String MAGIC = "handouts booklet chapter v2";
    private static final Pattern ANY_ID = Pattern.compile(".+");
    /** The kept skeleton's file; not {@code *.bin}, so no article's slug can name it. */
    private static final String SKELETON = "booklet.skeleton";
    /** Where the last booklet written has each chapter, for revising it in place ({@link Revision}). */
    private static final String REVISION = "booklet.revision";

    private final PdfWriter pdf;
    private final Optional<Path> folder;
    private final boolean trustKept;
    private final String environment;

    /**
     * @param out       the output folder, or empty to keep nothing
     * @param trustKept false under {@code --force}: every chapter is laid out again (and kept afresh)
     * @param madeWith  the files the chapters' look depends on (the layouts folder, the fonts)
     */
    public ChapteredBooklet(PdfWriter pdf, Optional<Path> out, boolean trustKept, List<Path> madeWith) {
        this(pdf, out, Optional.empty(), trustKept, madeWith);
    }

    /**
     * @param lang the booklet's language when it is not the library's: each booklet keeps its chapters and skeleton
     *             apart ({@code .handouts-booklet-es}), else each one's clean-up would delete the others' and every
     *             rebuild would lay them all out again
     */
    public ChapteredBooklet(PdfWriter pdf, Optional<Path> out, Optional<String> lang, boolean trustKept, List<Path> madeWith) {
        this.pdf = pdf;
        this.folder = out.map(o -> o.resolve(lang.map(l -> FOLDER + "-" + l.toLowerCase(java.util.Locale.ROOT)).orElse(FOLDER)));
        this.trustKept = trustKept;
        this.environment = environment(madeWith);
    }

    /**
     * What this build did: chapters laid out now, chapters taken as kept, whether the last booklet was revised in
     * place (only the laid-out chapters' pages written, as an incremental update), and why the booklet was laid
     * out whole, if it was.
     */
    public record Outcome(int laidOut, int kept, boolean revised, Optional<String> wholeBecause) { }

    /**
     * @param slugs the articles in booklet order; chapter i holds {@link BookletModel#anchor} of slug i
     */
    public Outcome write(String xhtml, List<String> slugs, URI baseUri, Path target) throws IOException {
        Document doc = org.jsoup.Jsoup.parse(xhtml, "", org.jsoup.parser.Parser.xmlParser());
        doc.outputSettings(HtmlSanitizer.xhtmlSettings());
        return write(doc, slugs, baseUri, target);
    }

    /** As {@link #write(String, List, URI, Path)}, for a booklet already parsed (as {@link XhtmlFinisher#finished} leaves it); {@code doc} is not changed. */
    public Outcome write(Document doc, List<String> slugs, URI baseUri, Path target) throws IOException {
        List<String> anchors = slugs.stream().map(BookletModel::anchor).toList();
        Optional<BookletParts> split = BookletParts.split(doc, anchors);
        if (split.isEmpty()) {
            return whole(doc.outerHtml(), baseUri, target, 0, "it is not one top-level element per article");
        }
        BookletParts parts = split.get();
        List<Made> made = chapters(parts, slugs, baseUri);
        int laidOut = (int) made.stream().filter(Made::laidOut).count();
        List<Integer> pageCounts = made.stream().map(m -> m.kept().pageCount()).toList();
        List<Map<String, Integer>> pageOfIds = made.stream().map(m -> m.kept().pageOfId()).toList();
        List<String> keys = made.stream().map(m -> m.kept().key()).toList();
        String skeletonXhtml = parts.skeleton(pageCounts, pageOfIds);
        // The skeleton changes only when a chapter's page count, where its ids fall, a title or the front and back pages do.
        String skeletonKey = key(skeletonXhtml, baseUri);
        Optional<Kept> keptSkeleton = trustKept ? load(SKELETON, skeletonKey) : Optional.empty();
        if (keptSkeleton.isEmpty()) {
            keptSkeleton = Optional.of(layOut(skeletonXhtml, baseUri, skeletonKey));
            save(SKELETON, keptSkeleton.get());
        }
        List<Integer> starts = new ArrayList<>();
        int end = 0;
        for (int i = 0; i < made.size(); i++) {
            Integer start = keptSkeleton.get().pageOfId().get(anchors.get(i));
            if (start == null || start < end) {
                return whole(doc.outerHtml(), baseUri, target, laidOut, "chapter " + slugs.get(i) + " has no place in the skeleton");
            }
            starts.add(start);
            end = start + pageCounts.get(i);
        }
        String identity = InputsHash.start(MAGIC).add(skeletonXhtml).add(String.join(",", keys)).hex();
        Optional<Revision> last = trustKept && pdf.fixedDate().isEmpty() ? loadRevision(target) : Optional.empty();
        if (last.isPresent() && last.get().skeletonKey().equals(skeletonKey) && last.get().chapterKeys().size() == made.size()) {
            if (revise(last.get(), made, starts, identity, target)) {
                return new Outcome(laidOut, made.size() - laidOut, true, Optional.empty());
            }
        }
        try {
            List<BookletAssembler.Blocks> blocks = assemble(made, starts, keptSkeleton.get(), identity, target);
            long size = Files.size(target);
            saveRevision(target, new Revision(skeletonKey, keys, blocks, size, Files.getLastModifiedTime(target).toMillis(), size));
        } catch (BookletAssembler.NotAssembled e) {
            return whole(doc.outerHtml(), baseUri, target, laidOut, e.getMessage());
        }
        keepOnly(new HashSet<>(slugs));
        return new Outcome(laidOut, made.size() - laidOut, false, Optional.empty());
    }

    private Outcome whole(String xhtml, URI baseUri, Path target, int laidOut, String why) throws IOException {
        forgetRevision();
        pdf.write(xhtml, baseUri, target);
        return new Outcome(laidOut, 0, false, Optional.of(why));
    }

    /** Opens every chapter and the skeleton, puts them together into {@code target}, and says where the chapters' structure went. */
    private List<BookletAssembler.Blocks> assemble(List<Made> made, List<Integer> starts, Kept skeletonKept, String identity, Path target)
            throws IOException, BookletAssembler.NotAssembled {
        List<PDDocument> open = new ArrayList<>();
        try {
            PDDocument skeleton = Loader.loadPDF(skeletonKept.pdf());
            open.add(skeleton);
            List<BookletAssembler.Chapter> placed = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                PDDocument doc = Loader.loadPDF(made.get(i).kept().pdf());
                open.add(doc);
                placed.add(new BookletAssembler.Chapter(doc, starts.get(i), made.get(i).kept().pageOfId()));
            }
            List<List<BookletAssembler.Blocks>> blocks = new ArrayList<>();
            writeAtomically(target, out -> blocks.add(BookletAssembler.assemble(skeleton, placed, pdf.fixedDate(), identity, out)));
            return blocks.get(0);
        } finally {
            for (PDDocument doc : open) {
                doc.close();
            }
        }
    }

    /**
     * After an edit that left every chapter's page count and every title as they were (the skeleton is the same),
     * the booklet written last is kept and only the changed chapters' pages are written again, appended to it as
     * an incremental update: the unchanged chapters are not read, and the file is not written whole. A booklet
     * grown by many such updates (each keeps the old pages' bytes), one changed since, or one with many changed
     * chapters is assembled again instead.
     *
     * @return whether the booklet was revised
     */
    private boolean revise(Revision last, List<Made> made, List<Integer> starts, String identity, Path target) {
        try {
            if (!Files.isRegularFile(target) || Files.size(target) != last.size()
                    || Files.getLastModifiedTime(target).toMillis() != last.modified() || last.size() > last.assembledSize() * 3 / 2) {
                return false;
            }
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                if (!made.get(i).kept().key().equals(last.chapterKeys().get(i))) {
                    changed.add(i);
                }
            }
            if (changed.size() > Math.max(2, made.size() / 5)) {
                return false;
            }
            if (changed.isEmpty()) {
                return true;
            }
            Map<String, Integer> pageOfId = new java.util.HashMap<>();
            for (int i = 0; i < made.size(); i++) {
                int start = starts.get(i);
                made.get(i).kept().pageOfId().forEach((id, page) -> pageOfId.putIfAbsent(id, start + page));
            }
            List<PDDocument> open = new ArrayList<>();
            try {
                // Read whole into memory, so no file stays open while the new booklet is moved over it (Windows).
                byte[] bookBytes = Files.readAllBytes(target);
                PDDocument book = Loader.loadPDF(bookBytes);
                open.add(book);
                List<BookletAssembler.Replacement> replacements = new ArrayList<>();
                for (int i : changed) {
                    PDDocument doc = Loader.loadPDF(made.get(i).kept().pdf());
                    open.add(doc);
                    replacements.add(new BookletAssembler.Replacement(i,
                            new BookletAssembler.Chapter(doc, starts.get(i), made.get(i).kept().pageOfId())));
                }
                List<List<BookletAssembler.Blocks>> blocks = new ArrayList<>();
                writeAtomically(target, out -> blocks.add(BookletAssembler.revise(book, bookBytes, replacements, last.blocks(), pageOfId, identity, out)));
                saveRevision(target, new Revision(last.skeletonKey(), made.stream().map(m -> m.kept().key()).toList(), blocks.get(0),
                        Files.size(target), Files.getLastModifiedTime(target).toMillis(), last.assembledSize()));
                return true;
            } finally {
                for (PDDocument doc : open) {
                    doc.close();
                }
            }
        } catch (BookletAssembler.NotAssembled | IOException | RuntimeException e) {
            // The booklet is assembled again, from the kept chapters.
            return false;
        }
    }

    private interface BookWriter {
        void write(java.io.OutputStream out) throws IOException, BookletAssembler.NotAssembled;
    }

    private static void writeAtomically(Path target, BookWriter writer) throws IOException, BookletAssembler.NotAssembled {
        try {
            AtomicWrite.write(target, temporary -> {
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary))) {
                    writer.write(out);
                } catch (BookletAssembler.NotAssembled e) {
                    throw new IOException(new NotAssembledException(e));
                }
            });
        } catch (IOException e) {
            if (e.getCause() instanceof NotAssembledException wrapped) {
                throw (BookletAssembler.NotAssembled) wrapped.getCause();
            }
            throw e;
        }
    }

    /** One chapter's layout, kept or new, and whether it was laid out in this build. */
    private record Made(Kept kept, boolean laidOut) { }

    /**
     * Every chapter, in booklet order: each one's key, and its kept layout or a new one. The chapters are
     * independent, so they are worked on by every core: a first booklet lays out all of them, and after an
     * edit the kept ones are read back while the edited one is laid out.
     */
    private List<Made> chapters(BookletParts parts, List<String> slugs, URI baseUri) throws IOException {
        int count = parts.chapterCount();
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors())), runnable -> {
                    Thread thread = new Thread(runnable, "booklet-chapter");
                    thread.setDaemon(true);
                    return thread;
                });
        List<java.util.concurrent.Future<Made>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String chapterXhtml = parts.chapter(i);
                String name = slugs.get(i) + ".bin";
                futures.add(workers.submit(() -> {
                    String key = key(chapterXhtml, baseUri);
                    Optional<Kept> kept = trustKept ? load(name, key) : Optional.empty();
                    if (kept.isPresent()) {
                        return new Made(kept.get(), false);
                    }
                    Kept laid = layOut(chapterXhtml, baseUri, key);
                    save(name, laid);
                    return new Made(laid, true);
                }));
            }
            List<Made> done = new ArrayList<>();
            for (java.util.concurrent.Future<Made> future : futures) {
                try {
                    done.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while laying out the booklet's chapters", e);
                }
            }
            return done;
        } finally {
            workers.shutdownNow();
        }
    }

    private static final class NotAssembledException extends RuntimeException {
        NotAssembledException(Throwable cause) {
            super(cause);
        }
    }

    /** A chapter as laid out alone: its PDF, its number of pages and the page (from 0) of each of its ids. */
    private record Kept(String key, byte[] pdf, int pageCount, Map<String, Integer> pageOfId) { }

    private Kept layOut(String chapterXhtml, URI baseUri, String key) throws IOException {
        PdfWriter.Laid laid = pdf.renderOpen(chapterXhtml, baseUri, ANY_ID);
        try (PDDocument doc = laid.doc()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return new Kept(key, bytes.toByteArray(), doc.getNumberOfPages(), laid.pageOfId());
        }
    }

    private Optional<Kept> load(String name, String key) {
        return readKept(name, in -> {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            int pageCount = in.readInt();
            int ids = in.readInt();
            if (ids < 0 || ids > 1_000_000) {
                return Optional.empty();
            }
            Map<String, Integer> pageOfId = new LinkedHashMap<>();
            for (int i = 0; i < ids; i++) {
                pageOfId.put(in.readUTF(), in.readInt());
            }
            int length = in.readInt();
            if (length < 0 || length > 512 * 1024 * 1024) {
                return Optional.empty();
            }
            byte[] pdfBytes = in.readNBytes(length);
            return pdfBytes.length == length ? Optional.of(new Kept(key, pdfBytes, pageCount, pageOfId)) : Optional.empty();
        });
    }

    private void save(String name, Kept kept) {
        // Only a cache: if it is not kept, the next booklet lays this chapter out again.
        keep(name, out -> {
            out.writeUTF(MAGIC);
            out.writeUTF(kept.key());
            out.writeInt(kept.pageCount());
            out.writeInt(kept.pageOfId().size());
            for (Map.Entry<String, Integer> id : kept.pageOfId().entrySet()) {
                out.writeUTF(id.getKey());
                out.writeInt(id.getValue());
            }
            out.writeInt(kept.pdf().length);
            out.write(kept.pdf());
        });
    }

    /**
     * The booklet as last written: from which skeleton and chapters, where each chapter's structure elements are,
     * the file's size and time (a booklet changed since by anything else is not revised), and its size when last
     * assembled whole (to tell how much incremental updates have added).
     */
    private record Revision(String skeletonKey, List<String> chapterKeys, List<BookletAssembler.Blocks> blocks,
                            long size, long modified, long assembledSize) { }

    private Optional<Revision> loadRevision(Path target) {
        return readKept(REVISION, in -> {
            if (!(MAGIC + " revision").equals(in.readUTF()) || !target.getFileName().toString().equals(in.readUTF())) {
                return Optional.empty();
            }
            String skeletonKey = in.readUTF();
            long size = in.readLong();
            long modified = in.readLong();
            long assembledSize = in.readLong();
            int count = in.readInt();
            if (count < 0 || count > 1_000_000) {
                return Optional.empty();
            }
            List<String> keys = new ArrayList<>();
            List<BookletAssembler.Blocks> blocks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                keys.add(in.readUTF());
                blocks.add(new BookletAssembler.Blocks(in.readInt(), in.readInt()));
            }
            return Optional.of(new Revision(skeletonKey, keys, blocks, size, modified, assembledSize));
        });
    }

    private void saveRevision(Path target, Revision revision) {
        boolean kept = keep(REVISION, out -> {
            out.writeUTF(MAGIC + " revision");
            out.writeUTF(target.getFileName().toString());
            out.writeUTF(revision.skeletonKey());
            out.writeLong(revision.size());
            out.writeLong(revision.modified());
            out.writeLong(revision.assembledSize());
            out.writeInt(revision.chapterKeys().size());
            for (int i = 0; i < revision.chapterKeys().size(); i++) {
                out.writeUTF(revision.chapterKeys().get(i));
                out.writeInt(revision.blocks().get(i).from());
                out.writeInt(revision.blocks().get(i).to());
            }
        });
        if (!kept) {
            forgetRevision(); // an earlier one would describe another file: the next booklet is assembled whole
        }
    }

    private interface Fields {
        void write(DataOutputStream out) throws IOException;
    }

    private interface FieldsReader<T> {
        Optional<T> read(DataInputStream in) throws IOException;
    }

    /** A kept file of this booklet's folder, read by {@code reader}; empty when there is none, or it is damaged or of another kind. */
    private <T> Optional<T> readKept(String name, FieldsReader<T> reader) {
        Optional<byte[]> bytes = folder.flatMap(f -> KeptFile.read(f.resolve(name)));
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.get()))) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps what {@code fields} writes in this booklet's folder; false when nothing is kept (no folder, or it failed). */
    private boolean keep(String name, Fields fields) {
        if (folder.isEmpty()) {
            return false;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                fields.write(out);
            }
            KeptFile.write(folder.get().resolve(name), bytes.toByteArray());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void forgetRevision() {
        folder.ifPresent(f -> KeptFile.delete(f.resolve(REVISION)));
    }

    /** Forgets the chapters of articles no longer in the booklet (with their checksums). */
    private void keepOnly(Set<String> slugs) {
        folder.ifPresent(f -> org.handouts.io.KeptBySlug.keepOnly(f, slugs, KeptFile::delete));
    }

    private static final Pattern SOURCE = Pattern.compile("\\ssrc=\"([^\"]+)\"");

    /**
     * What a chapter is made of: its XHTML, the layout and fonts, and each local picture it shows (by path,
     * size and modification time, as the build manifest does: a picture edited in place changes them).
     */
    private String key(String chapterXhtml, URI baseUri) {
        InputsHash hash = InputsHash.start(MAGIC).add(environment).add(baseUri.toString()).add(chapterXhtml);
        java.util.regex.Matcher source = SOURCE.matcher(chapterXhtml);
        while (source.find()) {
            String src = org.jsoup.parser.Parser.unescapeEntities(source.group(1), true);
            if (src.startsWith("data:")) {
                continue;
            }
            try {
                Path file = Path.of(baseUri.resolve(src));
                hash.add(src).add(Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
            } catch (IOException | RuntimeException e) {
                hash.add(src).add("missing");
            }
        }
        return hash.hex();
    }

    /**
     * What every file the chapters' look is made from is (by path, size and modification time, as for pictures:
     * reading the fonts whole at every build cost more than the rest of the key), so a changed stylesheet or font
     * lays every chapter out again.
     */
    private static String environment(List<Path> madeWith) {
        InputsHash hash = InputsHash.start(MAGIC).add(ToolFingerprint.get());
        for (Path root : madeWith) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    hash.add(root.relativize(file).toString())
                            .add(Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + root, e);
            }
        }
        return hash.hex();
    }
}
