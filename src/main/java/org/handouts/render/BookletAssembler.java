package org.handouts.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Puts a printed booklet together from a skeleton (the whole booklet laid out with a stand-in of blank
 * pages for every chapter: cover, index with its page numbers, about page, bookmarks, and the page
 * furniture of every page) and the chapters, each laid out as a document of its own.
 *
 * <p>Every stand-in page keeps its page object, so the links and bookmarks that point at it stay right,
 * and is given the chapter page's content, resources and annotations; its own drawing (running title,
 * "Page X of Y") becomes a form drawn over the chapter's as an artifact. The chapter's structure
 * elements are moved into the skeleton's structure tree where the stand-in's were, with their page
 * references, parent-tree entries and annotation keys renumbered, so the book has one structure tree in
 * reading order. Empty left-hand pages are emptied as in every PDF ({@link BlankPages}).
 */
public final class BookletAssembler {

    private static final COSName FURNITURE = COSName.getPDFName("HandoutsPageFurniture");

    private BookletAssembler() { }

    /**
     * A chapter, laid out alone, the page of the skeleton it starts on (from 0), and the page (from 0, in the
     * chapter) of each of its ids, where links from other chapters lead.
     */
    public record Chapter(PDDocument doc, int startPage, Map<String, Integer> pageOfId) {
        public Chapter(PDDocument doc, int startPage) {
            this(doc, startPage, Map.of());
        }
    }

    /**
     * Where a chapter's structure elements are among the kids of the booklet's blocks element (the level whose
     * kids are the cover, the index, the chapters and the about page): {@code [from, to)}.
     */
    public record Blocks(int from, int to) { }

    /** A chapter laid out again after an edit, with as many pages as before, and its place in the booklet. */
    public record Replacement(int index, Chapter chapter) { }

    /** Why a booklet could not be put together from its parts (it is then laid out whole). */
    public static final class NotAssembled extends Exception {
        NotAssembled(String message) {
            super(message);
        }
    }

    /**
     * Fills the skeleton's stand-in pages with the chapters and writes the booklet to {@code out}.
     *
     * @param identity what the book is made of, for its file identifier (same parts, same identifier)
     * @return where each chapter's structure elements are in the book, for a later {@link #revise}
     */
    public static List<Blocks> assemble(PDDocument skeleton, List<Chapter> chapters, Optional<Instant> fixedDate, String identity,
                                OutputStream out) throws IOException, NotAssembled {
        COSDictionary structRoot = skeleton.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (structRoot == null) {
            throw new NotAssembled("the skeleton has no structure tree");
        }
        Set<Integer> standIns = new HashSet<>();
        for (Chapter chapter : chapters) {
            for (int k = 0; k < chapter.doc().getNumberOfPages(); k++) {
                standIns.add(chapter.startPage() + k);
            }
        }
        if (standIns.stream().anyMatch(p -> p >= skeleton.getNumberOfPages())) {
            throw new NotAssembled("the skeleton has fewer pages than its chapters");
        }
        BlankPages.clear(skeleton, standIns);

        // The level of the skeleton's tree whose kids are the body's blocks (cover, index, chapters, about).
        List<COSDictionary> path = singleKidPath(structRoot);
        COSDictionary blocksParent = path.get(path.size() - 1);
        int depth = path.size();
        TreeMap<Integer, COSBase> parents = numbers(structRoot.getCOSDictionary(COSName.PARENT_TREE));
        int nextKey = Math.max(structRoot.getInt(COSName.PARENT_TREE_NEXT_KEY, 0), parents.isEmpty() ? 0 : parents.lastKey() + 1);
        // Kids of the blocks level, each with the page its content starts on; stand-ins hold no content and go.
        TreeMap<Integer, List<COSBase>> blocksByPage = new TreeMap<>();
        for (COSBase kid : kids(blocksParent)) {
            int first = firstPage(kid, skeleton, new IdentityHashMap<>());
            if (first >= 0 && !standIns.contains(first)) {
                blocksByPage.computeIfAbsent(first, p -> new ArrayList<>()).add(kid);
            }
        }
        COSDictionary roleMap = structRoot.getCOSDictionary(COSName.ROLE_MAP);
        // Where each chapter's ids are in the book, for links between chapters (laid out apart, each such link
        // was written to a stand-in address: see BookletParts.ELSEWHERE).
        Map<String, COSDictionary> pageById = new java.util.HashMap<>();
        for (Chapter chapter : chapters) {
            chapter.pageOfId().forEach((id, page) -> {
                if (chapter.startPage() + page < skeleton.getNumberOfPages()) {
                    pageById.putIfAbsent(id, skeleton.getPage(chapter.startPage() + page).getCOSObject());
                }
            });
        }

        for (Chapter chapter : chapters) {
            PDDocument doc = chapter.doc();
            COSDictionary chapterBlocks = chapterBlocks(doc, depth);
            COSDictionary chapterRoot = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            TreeMap<Integer, COSBase> chapterParents = numbers(chapterRoot.getCOSDictionary(COSName.PARENT_TREE));
            Map<COSDictionary, COSDictionary> pageMap = new IdentityHashMap<>();
            for (int k = 0; k < doc.getNumberOfPages(); k++) {
                pageMap.put(doc.getPage(k).getCOSObject(), skeleton.getPage(chapter.startPage() + k).getCOSObject());
            }
            for (int k = 0; k < doc.getNumberOfPages(); k++) {
                PDPage standIn = skeleton.getPage(chapter.startPage() + k);
                PDFormXObject furniture = new PDFormXObject(furnitureStream(skeleton, standIn));
                furniture.setResources(standIn.getResources() == null ? new PDResources() : standIn.getResources());
                furniture.setBBox(standIn.getMediaBox());
                nextKey = fill(skeleton, standIn, doc.getPage(k), furniture.getCOSObject(), chapterParents, parents, nextKey, pageMap, pageById);
            }
            blocksByPage.computeIfAbsent(chapter.startPage(), p -> new ArrayList<>()).addAll(moveElements(chapterBlocks, blocksParent, pageMap));
            roleMap = mergeRoles(structRoot, roleMap, chapterRoot);
        }
        List<COSBase> blocks = new ArrayList<>();
        Map<Integer, Blocks> blocksStartingOn = new java.util.HashMap<>();
        for (Map.Entry<Integer, List<COSBase>> onPage : blocksByPage.entrySet()) {
            int from = blocks.size();
            blocks.addAll(onPage.getValue());
            blocksStartingOn.put(onPage.getKey(), new Blocks(from, blocks.size()));
        }
        List<Blocks> placed = chapters.stream().map(chapter -> blocksStartingOn.get(chapter.startPage())).toList();
        finishStructure(structRoot, blocksParent, blocks, parents, nextKey);
        fixedDate.ifPresent(date -> PdfStamp.date(skeleton, date));
        PdfStamp.identify(skeleton, identity, fixedDate);
        skeleton.save(out);
        return placed;
    }

    /**
     * Puts chapters laid out again into a booklet assembled before, in place of their earlier layout, and writes
     * the change as an incremental update of the booklet's file ({@code book} opened from it): every other page,
     * the index, the bookmarks and the page numbers are as they were, so nothing else is read or written. Each
     * replacement has as many pages as the chapter had, and its ids on the same pages (else the skeleton
     * changed and the booklet is assembled again).
     *
     * @param blocks      where each chapter's structure elements are in {@code book}, as the last assembly or
     *                    revision returned them
     * @param pageOfId    the page (from 0, in the book) of every chapter's ids, for links between chapters
     * @return where each chapter's structure elements are now
     */
    public static List<Blocks> revise(PDDocument book, byte[] bookBytes, List<Replacement> replacements, List<Blocks> blocks,
                                      Map<String, Integer> pageOfId, String identity, OutputStream out)
            throws IOException, NotAssembled {
        List<COSDictionary> changed = new ArrayList<>();
        COSDictionary structRoot = book.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (structRoot == null) {
            throw new NotAssembled("the booklet has no structure tree");
        }
        List<COSDictionary> path = singleKidPath(structRoot);
        COSDictionary blocksParent = path.get(path.size() - 1);
        int depth = path.size();
        List<COSBase> kids = kids(blocksParent);
        for (int i = 0; i < blocks.size(); i++) {
            Blocks placed = blocks.get(i);
            if (placed.from() < (i == 0 ? 0 : blocks.get(i - 1).to()) || placed.to() < placed.from() || placed.to() > kids.size()) {
                throw new NotAssembled("the booklet's structure is not where it was left");
            }
        }
        TreeMap<Integer, COSBase> parents = numbers(structRoot.getCOSDictionary(COSName.PARENT_TREE));
        int nextKey = Math.max(structRoot.getInt(COSName.PARENT_TREE_NEXT_KEY, 0), parents.isEmpty() ? 0 : parents.lastKey() + 1);
        // Only the pages links lead to are looked up: finding a page reads the page tree up to it.
        Map<String, COSDictionary> pageById = new LazyPages(book, pageOfId);
        COSDictionary roleMap = structRoot.getCOSDictionary(COSName.ROLE_MAP);
        Map<Integer, List<COSBase>> movedByChapter = new java.util.HashMap<>();
        for (Replacement replacement : replacements) {
            Chapter chapter = replacement.chapter();
            PDDocument doc = chapter.doc();
            COSDictionary chapterBlocks = chapterBlocks(doc, depth);
            TreeMap<Integer, COSBase> chapterParents = numbers(doc.getDocumentCatalog().getCOSObject()
                    .getCOSDictionary(COSName.STRUCT_TREE_ROOT).getCOSDictionary(COSName.PARENT_TREE));
            if (chapter.startPage() + doc.getNumberOfPages() > book.getNumberOfPages()) {
                throw new NotAssembled("a chapter no longer fits where it was");
            }
            Map<COSDictionary, COSDictionary> pageMap = new IdentityHashMap<>();
            for (int k = 0; k < doc.getNumberOfPages(); k++) {
                pageMap.put(doc.getPage(k).getCOSObject(), book.getPage(chapter.startPage() + k).getCOSObject());
            }
            for (int k = 0; k < doc.getNumberOfPages(); k++) {
                PDPage page = book.getPage(chapter.startPage() + k);
                COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
                COSDictionary xobjects = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
                COSBase furniture = xobjects == null ? null : xobjects.getItem(FURNITURE);
                if (furniture == null) {
                    throw new NotAssembled("page " + (chapter.startPage() + k + 1) + " of the booklet is not a chapter's page");
                }
                nextKey = fill(book, page, doc.getPage(k), furniture, chapterParents, parents, nextKey, pageMap, pageById);
                changed.add(page.getCOSObject());
            }
            movedByChapter.put(replacement.index(), moveElements(chapterBlocks, blocksParent, pageMap));
            roleMap = mergeRoles(structRoot, roleMap, doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT));
        }
        List<COSBase> newKids = new ArrayList<>();
        List<Blocks> placedNow = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Blocks placed = blocks.get(i);
            newKids.addAll(kids.subList(next, placed.from()));
            List<COSBase> own = movedByChapter.getOrDefault(i, kids.subList(placed.from(), placed.to()));
            placedNow.add(new Blocks(newKids.size(), newKids.size() + own.size()));
            newKids.addAll(own);
            next = placed.to();
        }
        newKids.addAll(kids.subList(next, kids.size()));
        finishStructure(structRoot, blocksParent, newKids, parents, nextKey);
        changed.add(blocksParent);
        changed.add(structRoot);
        if (roleMap != null && roleMap.getKey() != null) {
            changed.add(roleMap);
        }
        try {
            IncrementalUpdate.write(book, bookBytes, changed, PdfStamp.identifier(identity, Optional.empty()), out);
        } catch (IncrementalUpdate.NotIncremental e) {
            throw new NotAssembled(e.getMessage());
        }
        return placedNow;
    }

    /** The book's page of each id, looked up when a link asks for it. */
    private static final class LazyPages extends java.util.AbstractMap<String, COSDictionary> {
        private final PDDocument book;
        private final Map<String, Integer> pageOfId;

        LazyPages(PDDocument book, Map<String, Integer> pageOfId) {
            this.book = book;
            this.pageOfId = pageOfId;
        }

        @Override
        public COSDictionary get(Object id) {
            Integer page = pageOfId.get(id);
            return page == null || page < 0 || page >= book.getNumberOfPages() ? null : book.getPage(page).getCOSObject();
        }

        @Override
        public Set<Map.Entry<String, COSDictionary>> entrySet() {
            throw new UnsupportedOperationException("looked up one id at a time");
        }
    }

    /** The chapter's level of structure that holds its blocks, after checking that its outer levels hold no content. */
    private static COSDictionary chapterBlocks(PDDocument doc, int depth) throws NotAssembled {
        COSDictionary chapterRoot = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (chapterRoot == null) {
            throw new NotAssembled("a chapter has no structure tree");
        }
        List<COSDictionary> chapterPath = singleKidPath(chapterRoot);
        if (chapterPath.size() < depth) {
            throw new NotAssembled("a chapter's structure is shallower than the booklet's");
        }
        for (int i = 0; i < depth; i++) {
            if (ownsContent(chapterPath.get(i))) {
                throw new NotAssembled("a chapter's outer structure element holds content");
            }
        }
        return chapterPath.get(depth - 1);
    }

    /** The chapter's blocks, made kids of the book's blocks element, with their page references on the book's pages. */
    private static List<COSBase> moveElements(COSDictionary chapterBlocks, COSDictionary blocksParent, Map<COSDictionary, COSDictionary> pageMap) {
        List<COSBase> moved = new ArrayList<>();
        for (COSBase kid : kids(chapterBlocks)) {
            COSBase direct = kid instanceof COSObject o ? o.getObject() : kid;
            if (direct instanceof COSDictionary element) {
                element.setItem(COSName.P, blocksParent);
                repage(element, pageMap, new IdentityHashMap<>());
                moved.add(kid);
            }
        }
        return moved;
    }

    private static COSDictionary mergeRoles(COSDictionary structRoot, COSDictionary roleMap, COSDictionary chapterRoot) {
        COSDictionary chapterRoles = chapterRoot.getCOSDictionary(COSName.ROLE_MAP);
        if (chapterRoles == null) {
            return roleMap;
        }
        COSDictionary roles = roleMap;
        if (roles == null) {
            roles = new COSDictionary();
            structRoot.setItem(COSName.ROLE_MAP, roles);
        }
        for (Map.Entry<COSName, COSBase> role : chapterRoles.entrySet()) {
            if (!roles.containsKey(role.getKey())) {
                roles.setItem(role.getKey(), role.getValue());
            }
        }
        return roles;
    }

    private static void finishStructure(COSDictionary structRoot, COSDictionary blocksParent, List<COSBase> blocks,
                                        TreeMap<Integer, COSBase> parents, int nextKey) {
        COSArray kids = new COSArray();
        blocks.forEach(kids::add);
        blocksParent.setItem(COSName.K, kids);
        COSArray nums = new COSArray();
        for (Map.Entry<Integer, COSBase> entry : parents.entrySet()) {
            nums.add(COSInteger.get(entry.getKey()));
            nums.add(entry.getValue());
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        structRoot.setItem(COSName.PARENT_TREE, parentTree);
        structRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
    }

    /**
     * Gives the page {@code target} the chapter page's content, with {@code furniture} (the page's own drawing, as
     * a form) drawn over it; what the page held before, and its entries in the parent tree, go.
     */
    private static int fill(PDDocument book, PDPage target, PDPage source, COSBase furniture, TreeMap<Integer, COSBase> chapterParents,
                            TreeMap<Integer, COSBase> parents, int nextKey, Map<COSDictionary, COSDictionary> pageMap,
                            Map<String, COSDictionary> pageById) throws IOException {
        COSDictionary page = target.getCOSObject();
        if (page.getDictionaryObject(COSName.ANNOTS) instanceof COSArray old) {
            for (int i = 0; i < old.size(); i++) {
                if (old.getObject(i) instanceof COSDictionary annotation && annotation.getInt(COSName.STRUCT_PARENT, -1) >= 0) {
                    parents.remove(annotation.getInt(COSName.STRUCT_PARENT));
                }
            }
        }

        COSDictionary sourcePage = source.getCOSObject();
        COSDictionary resources = new COSDictionary();
        COSDictionary sourceResources = sourcePage.getCOSDictionary(COSName.RESOURCES);
        if (sourceResources != null) {
            resources.addAll(sourceResources);
        }
        COSDictionary xobjects = new COSDictionary();
        COSDictionary sourceXObjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (sourceXObjects != null) {
            xobjects.addAll(sourceXObjects);
        }
        xobjects.setItem(FURNITURE, furniture);
        resources.setItem(COSName.XOBJECT, xobjects);

        COSArray contents = new COSArray();
        contents.add(stream(book, "q\n"));
        COSBase sourceContents = sourcePage.getDictionaryObject(COSName.CONTENTS);
        if (sourceContents instanceof COSArray array) {
            for (COSBase part : array) {
                contents.add(part);
            }
        } else if (sourceContents != null) {
            contents.add(sourcePage.getItem(COSName.CONTENTS));
        }
        contents.add(stream(book, "\nQ\n/Artifact BMC q /" + FURNITURE.getName() + " Do Q EMC\n"));
        page.setItem(COSName.CONTENTS, contents);
        page.setItem(COSName.RESOURCES, resources);
        if (sourcePage.containsKey(COSName.GROUP)) {
            page.setItem(COSName.GROUP, sourcePage.getItem(COSName.GROUP));
        }
        int ownKey = page.getInt(COSName.STRUCT_PARENTS, -1);
        if (ownKey >= 0) {
            parents.remove(ownKey); // the stand-in's, for elements that leave the tree
        }
        int oldKey = sourcePage.getInt(COSName.STRUCT_PARENTS, -1);
        page.removeItem(COSName.STRUCT_PARENTS);
        if (oldKey >= 0 && chapterParents.containsKey(oldKey)) {
            page.setInt(COSName.STRUCT_PARENTS, nextKey);
            parents.put(nextKey++, chapterParents.get(oldKey));
        }
        COSArray annotations = new COSArray();
        COSBase sourceAnnotations = sourcePage.getDictionaryObject(COSName.ANNOTS);
        if (sourceAnnotations instanceof COSArray array) {
            for (COSBase item : array) {
                COSBase direct = item instanceof COSObject o ? o.getObject() : item;
                if (direct instanceof COSDictionary annotation) {
                    annotation.setItem(COSName.P, page);
                    int key = annotation.getInt(COSName.STRUCT_PARENT, -1);
                    if (key >= 0 && chapterParents.containsKey(key)) {
                        annotation.setInt(COSName.STRUCT_PARENT, nextKey);
                        parents.put(nextKey++, chapterParents.get(key));
                    }
                    repageDestination(annotation.getDictionaryObject(COSName.DEST), pageMap);
                    if (annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
                        repageDestination(action.getDictionaryObject(COSName.D), pageMap);
                        toOtherChapter(action, pageById);
                    }
                    annotations.add(item);
                }
            }
        }
        if (annotations.size() > 0) {
            page.setItem(COSName.ANNOTS, annotations);
        } else {
            page.removeItem(COSName.ANNOTS);
        }
        return nextKey;
    }

    /**
     * A link to another chapter's id, written to the stand-in address {@link BookletParts#ELSEWHERE}, becomes a
     * link to the page of the book that id is on; to an id no chapter has, to nowhere rather than to the web.
     */
    private static void toOtherChapter(COSDictionary action, Map<String, COSDictionary> pageById) {
        String uri = action.getString(COSName.URI);
        if (uri == null || !uri.startsWith(BookletParts.ELSEWHERE)) {
            return;
        }
        COSDictionary page = pageById.get(uri.substring(BookletParts.ELSEWHERE.length()));
        action.removeItem(COSName.URI);
        action.setItem(COSName.S, COSName.getPDFName("GoTo"));
        COSArray destination = new COSArray();
        if (page != null) {
            destination.add(page);
            destination.add(COSName.getPDFName("Fit"));
        }
        action.setItem(COSName.D, destination);
    }

    private static void repageDestination(COSBase destination, Map<COSDictionary, COSDictionary> pageMap) {
        if (destination instanceof COSArray array && array.size() > 0) {
            COSBase first = array.getObject(0);
            if (first instanceof COSDictionary pageDict && pageMap.containsKey(pageDict)) {
                array.set(0, pageMap.get(pageDict));
            }
        }
    }

    /** The page's own drawing as one stream: its content stream itself when it has one, else its streams joined. */
    private static PDStream furnitureStream(PDDocument book, PDPage page) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream single) {
            return new PDStream(single);
        }
        return new PDStream(book, new java.io.ByteArrayInputStream(contentsOf(page)), COSName.FLATE_DECODE);
    }

    private static byte[] contentsOf(PDPage page) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = page.getContents()) {
            if (in != null) {
                in.transferTo(bytes);
            }
        }
        return bytes.toByteArray();
    }

    private static COSStream stream(PDDocument doc, String content) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    /** From the structure tree root down, while each element has exactly one element kid; ends at the first with more. */
    private static List<COSDictionary> singleKidPath(COSDictionary root) throws NotAssembled {
        List<COSDictionary> path = new ArrayList<>();
        COSDictionary node = root;
        while (true) {
            List<COSDictionary> elements = new ArrayList<>();
            for (COSBase kid : kids(node)) {
                COSBase direct = kid instanceof COSObject o ? o.getObject() : kid;
                if (direct instanceof COSDictionary d && (d.getCOSName(COSName.TYPE) == null || COSName.STRUCT_ELEM.equals(d.getCOSName(COSName.TYPE)))
                        && d.containsKey(COSName.S)) {
                    elements.add(d);
                }
            }
            if (elements.size() != 1 || path.size() > 8) {
                break;
            }
            node = elements.get(0);
            path.add(node);
        }
        if (path.isEmpty()) {
            throw new NotAssembled("the structure tree has no root element");
        }
        return path;
    }

    private static List<COSBase> kids(COSDictionary node) {
        COSBase k = node.getItem(COSName.K);
        COSBase direct = k instanceof COSObject o ? o.getObject() : k;
        List<COSBase> out = new ArrayList<>();
        if (direct instanceof COSArray array) {
            for (COSBase item : array) {
                out.add(item);
            }
        } else if (k != null) {
            out.add(k);
        }
        return out;
    }

    /** Whether an element marks content itself (an MCID, a marked-content or object reference among its kids). */
    private static boolean ownsContent(COSDictionary element) {
        for (COSBase kid : kids(element)) {
            COSBase direct = kid instanceof COSObject o ? o.getObject() : kid;
            if (direct instanceof COSNumber) {
                return true;
            }
            if (direct instanceof COSDictionary d && !d.containsKey(COSName.S)) {
                return true;
            }
        }
        return false;
    }

    /** The first page (from 0) that the element's content is on, or -1 when it marks none. */
    private static int firstPage(COSBase node, PDDocument doc, Map<COSBase, Boolean> seen) {
        COSBase direct = node instanceof COSObject o ? o.getObject() : node;
        if (!(direct instanceof COSDictionary element) || seen.put(element, true) != null) {
            return -1;
        }
        int best = -1;
        for (COSBase kid : kids(element)) {
            COSBase k = kid instanceof COSObject o ? o.getObject() : kid;
            int page = -1;
            if (k instanceof COSNumber) {
                page = pageIndex(doc, element.getCOSDictionary(COSName.PG));
            } else if (k instanceof COSDictionary d && !d.containsKey(COSName.S)) {
                COSDictionary pg = d.getCOSDictionary(COSName.PG);
                page = pageIndex(doc, pg != null ? pg : element.getCOSDictionary(COSName.PG));
            } else {
                page = firstPage(kid, doc, seen);
            }
            if (page >= 0 && (best < 0 || page < best)) {
                best = page;
            }
        }
        return best;
    }

    private static int pageIndex(PDDocument doc, COSDictionary page) {
        return page == null ? -1 : doc.getPages().indexOf(new PDPage(page));
    }

    /** Points every page reference in the element's subtree (its own, marked-content and object references) at the book's page. */
    private static void repage(COSDictionary element, Map<COSDictionary, COSDictionary> pageMap, Map<COSDictionary, Boolean> seen) {
        if (seen.put(element, true) != null) {
            return;
        }
        if (element.getDictionaryObject(COSName.PG) instanceof COSDictionary pg && pageMap.containsKey(pg)) {
            element.setItem(COSName.PG, pageMap.get(pg));
        }
        for (COSBase kid : kids(element)) {
            COSBase direct = kid instanceof COSObject o ? o.getObject() : kid;
            if (direct instanceof COSDictionary d) {
                repage(d, pageMap, seen);
            }
        }
    }

    /** A number tree (leaves and kids) as one sorted map. */
    private static TreeMap<Integer, COSBase> numbers(COSDictionary tree) {
        TreeMap<Integer, COSBase> out = new TreeMap<>();
        if (tree != null) {
            collect(tree, out, new IdentityHashMap<>());
        }
        return out;
    }

    private static void collect(COSDictionary node, TreeMap<Integer, COSBase> out, Map<COSDictionary, Boolean> seen) {
        if (seen.put(node, true) != null) {
            return;
        }
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber key) {
                    out.put(key.intValue(), nums.get(i + 1));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    collect(kid, out, seen);
                }
            }
        }
    }
}
