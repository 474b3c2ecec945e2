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
 * <p>A booklet that cannot be cut into chapters, or whose parts do not fit together, is laid out whole.
 */
public final class ChapteredBooklet {

    public static final String FOLDER = ".handouts-booklet";
    private static final String MAGIC = "handouts booklet chapter v1";
    private static final Pattern ANY_ID = Pattern.compile(".+");
    /** The kept skeleton's file; not {@code *.bin}, so no article's slug can name it. */
    private static final String SKELETON = "booklet.skeleton";

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

    /** What this build did: chapters laid out now, chapters taken as kept, and why the booklet was laid out whole, if it was. */
    public record Outcome(int laidOut, int kept, Optional<String> wholeBecause) { }

    /**
     * @param slugs the articles in booklet order; chapter i holds {@link BookletModel#anchor} of slug i
     */
    public Outcome write(String xhtml, List<String> slugs, URI baseUri, Path target) throws IOException {
        List<String> anchors = slugs.stream().map(BookletModel::anchor).toList();
        Optional<BookletParts> split = BookletParts.split(xhtml, anchors);
        if (split.isEmpty()) {
            pdf.write(xhtml, baseUri, target);
            return new Outcome(0, 0, Optional.of("it is not one top-level element per article"));
        }
        BookletParts parts = split.get();
        List<PDDocument> chapters = new ArrayList<>();
        PDDocument skeleton = null;
        int laidOut = 0;
        try {
            List<Integer> pageCounts = new ArrayList<>();
            List<Map<String, Integer>> pageOfIds = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Chapter chapter : chapters(parts, slugs, baseUri)) {
                chapters.add(chapter.doc());
                pageCounts.add(chapter.doc().getNumberOfPages());
                pageOfIds.add(chapter.kept().pageOfId());
                keys.add(chapter.kept().key());
                laidOut += chapter.laidOut() ? 1 : 0;
            }
            String skeletonXhtml = parts.skeleton(pageCounts, pageOfIds);
            // The skeleton changes only when a chapter's page count, a title or the front and back pages do.
            String skeletonKey = key(skeletonXhtml, baseUri);
            Optional<Kept> keptSkeleton = trustKept ? load(SKELETON, skeletonKey) : Optional.empty();
            if (keptSkeleton.isEmpty()) {
                keptSkeleton = Optional.of(layOut(skeletonXhtml, baseUri, skeletonKey));
                save(SKELETON, keptSkeleton.get());
            }
            skeleton = Loader.loadPDF(keptSkeleton.get().pdf());
            Map<String, Integer> skeletonPages = keptSkeleton.get().pageOfId();
            List<BookletAssembler.Chapter> placed = new ArrayList<>();
            int end = 0;
            for (int i = 0; i < chapters.size(); i++) {
                Integer start = skeletonPages.get(anchors.get(i));
                if (start == null || start < end) {
                    throw new BookletAssembler.NotAssembled("chapter " + slugs.get(i) + " has no place in the skeleton");
                }
                placed.add(new BookletAssembler.Chapter(chapters.get(i), start, pageOfIds.get(i)));
                end = start + pageCounts.get(i);
            }
            String identity = InputsHash.start(MAGIC).add(skeletonXhtml).add(String.join(",", keys)).hex();
            PDDocument book = skeleton;
            AtomicWrite.write(target, temporary -> {
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary))) {
                    BookletAssembler.assemble(book, placed, pdf.fixedDate(), identity, out);
                } catch (BookletAssembler.NotAssembled e) {
                    throw new IOException(new NotAssembledException(e));
                }
            });
            keepOnly(new HashSet<>(slugs));
            return new Outcome(laidOut, chapters.size() - laidOut, Optional.empty());
        } catch (BookletAssembler.NotAssembled e) {
            pdf.write(xhtml, baseUri, target);
            return new Outcome(laidOut, 0, Optional.of(e.getMessage()));
        } catch (IOException e) {
            if (e.getCause() instanceof NotAssembledException) {
                pdf.write(xhtml, baseUri, target);
                return new Outcome(laidOut, 0, Optional.of(e.getCause().getCause().getMessage()));
            }
            throw e;
        } finally {
            for (PDDocument doc : chapters) {
                doc.close();
            }
            if (skeleton != null) {
                skeleton.close();
            }
        }
    }

    /** One chapter ready to be placed: its kept (or new) layout, opened, and whether it was laid out in this build. */
    private record Chapter(Kept kept, PDDocument doc, boolean laidOut) { }

    /**
     * Every chapter, in booklet order: each one's key, its kept layout or a new one, and its document. The
     * chapters are independent, so they are worked on by every core: a first booklet lays out all of them,
     * and after an edit the kept ones are read back while the edited one is laid out.
     */
    private List<Chapter> chapters(BookletParts parts, List<String> slugs, URI baseUri) throws IOException {
        int count = parts.chapterCount();
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors())), runnable -> {
                    Thread thread = new Thread(runnable, "booklet-chapter");
                    thread.setDaemon(true);
                    return thread;
                });
        List<java.util.concurrent.Future<Chapter>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String chapterXhtml = parts.chapter(i);
                String name = slugs.get(i) + ".bin";
                futures.add(workers.submit(() -> {
                    String key = key(chapterXhtml, baseUri);
                    Optional<Kept> kept = trustKept ? load(name, key) : Optional.empty();
                    boolean made = kept.isEmpty();
                    if (made) {
                        kept = Optional.of(layOut(chapterXhtml, baseUri, key));
                        save(name, kept.get());
                    }
                    return new Chapter(kept.get(), Loader.loadPDF(kept.get().pdf()), made);
                }));
            }
            List<Chapter> done = new ArrayList<>();
            IOException failure = null;
            for (java.util.concurrent.Future<Chapter> future : futures) {
                try {
                    done.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new IOException("interrupted while laying out the booklet's chapters", e);
                    break;
                }
            }
            if (failure != null) {
                for (Chapter chapter : done) {
                    chapter.doc().close();
                }
                throw failure;
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

    /** A chapter as laid out alone: its PDF and the page (from 0) of each of its ids. */
    private record Kept(String key, byte[] pdf, Map<String, Integer> pageOfId) { }

    private Kept layOut(String chapterXhtml, URI baseUri, String key) throws IOException {
        PdfWriter.Laid laid = pdf.renderOpen(chapterXhtml, baseUri, ANY_ID);
        try (PDDocument doc = laid.doc()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return new Kept(key, bytes.toByteArray(), laid.pageOfId());
        }
    }

    private Optional<Kept> load(String name, String key) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = KeptFile.read(folder.get().resolve(name));
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.get()))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
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
            return Optional.of(new Kept(key, in.readNBytes(length), pageOfId));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void save(String name, Kept kept) {
        if (folder.isEmpty()) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeUTF(kept.key());
                out.writeInt(kept.pageOfId().size());
                for (Map.Entry<String, Integer> id : kept.pageOfId().entrySet()) {
                    out.writeUTF(id.getKey());
                    out.writeInt(id.getValue());
                }
                out.writeInt(kept.pdf().length);
                out.write(kept.pdf());
            }
            KeptFile.write(folder.get().resolve(name), bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next booklet lays this chapter out again.
        }
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

    /** A hash of every file the chapters' look is made from, so a changed stylesheet or font lays every chapter out again. */
    private static String environment(List<Path> madeWith) {
        InputsHash hash = InputsHash.start(MAGIC).add(ToolFingerprint.get());
        for (Path root : madeWith) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    hash.add(root.relativize(file).toString()).add(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + root, e);
            }
        }
        return hash.hex();
    }
}
