package org.handouts.render;

import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * openhtmltopdf marks every background, border and page-furniture drawing as an artifact with a property
 * list of its own ({@code /Artifact /Prop12 BDC}, {@code << /Type /Background /BBox [...] >>}), each an
 * object of its own: in a 100-article booklet, 30,000 of its 65,000 objects. Written inside the page's
 * {@code /Properties} instead (PDF 14.6.2 allows a property list to be a direct dictionary), they are the
 * same marks, but the file has half the objects to number, index and write. The same goes for the
 * structure tree's marked-content and object references and for each link's action and border style,
 * which only their one owner refers to.
 */
final class InlineMarks {

    private InlineMarks() { }

    static void inline(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            if (page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof org.apache.pdfbox.cos.COSArray annotations) {
                for (int i = 0; i < annotations.size(); i++) {
                    if (annotations.getObject(i) instanceof COSDictionary annotation) {
                        direct(annotation, COSName.A);
                        direct(annotation, COSName.BS);
                    }
                }
            }
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (Map.Entry<COSName, COSBase> entry : properties.entrySet()) {
                if (entry.getValue() instanceof COSObject reference && reference.getObject() instanceof COSDictionary list
                        && isArtifactList(list)) {
                    list.setDirect(true);
                    properties.setItem(entry.getKey(), list);
                } else if (entry.getValue() instanceof COSDictionary list && isArtifactList(list)) {
                    list.setDirect(true);
                }
            }
        }
        COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root != null) {
            inlineReferences(root, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        }
    }

    private static void direct(COSDictionary owner, COSName key) {
        if (owner.getItem(key) instanceof COSObject reference && reference.getObject() instanceof COSDictionary value) {
            value.setDirect(true);
            owner.setItem(key, value);
        } else if (owner.getItem(key) instanceof COSDictionary value) {
            value.setDirect(true);
        }
    }

    /** Marked-content and object references in the structure tree's kids, which nothing else refers to. */
    private static void inlineReferences(COSDictionary element, java.util.Set<COSDictionary> seen) {
        if (!seen.add(element)) {
            return;
        }
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof org.apache.pdfbox.cos.COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                COSBase kid = kids.getObject(i);
                if (kid instanceof COSDictionary d) {
                    if (isReference(d)) {
                        d.setDirect(true);
                        kids.set(i, d);
                    } else {
                        inlineReferences(d, seen);
                    }
                }
            }
        } else if (k instanceof COSDictionary d) {
            if (isReference(d)) {
                d.setDirect(true);
                element.setItem(COSName.K, d);
            } else {
                inlineReferences(d, seen);
            }
        }
    }

    private static boolean isReference(COSDictionary kid) {
        COSName type = kid.getCOSName(COSName.TYPE);
        return type != null && (type.getName().equals("MCR") || type.getName().equals("OBJR"));
    }

    /** Only the artifacts' lists, which nothing else refers to (a marked-content list of the structure could be). */
    private static boolean isArtifactList(COSDictionary list) {
        COSName type = list.getCOSName(COSName.TYPE);
        return type != null && (type.getName().equals("Background") || type.getName().equals("Pagination")
                || type.getName().equals("Layout") || type.getName().equals("Page"));
    }
}
