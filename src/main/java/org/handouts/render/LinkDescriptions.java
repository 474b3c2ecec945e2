package org.handouts.render;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * PDF/UA-1 (clause 7.18.5, veraPDF rule 7.18.5-2) wants every link annotation to carry its alternate
 * description in {@code /Contents}, where screen readers look for it. openhtmltopdf 1.1.31 puts the link's
 * {@code title} on the Link structure element ({@code /Alt}) but not on the annotation, so this pass copies
 * it across: the element's Alt, else its ActualText, else the link's address.
 */
public final class LinkDescriptions {
    private LinkDescriptions() { }

    /** Returns how many annotations were given a description. */
    public static int copyIntoAnnotations(PDDocument document) {
        Map<COSDictionary, PDStructureElement> owners = new IdentityHashMap<>();
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            collectOwners(root, owners);
        }
        int described = 0;
        for (PDPage page : document.getPages()) {
            try {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && isBlank(link.getContents())) {
                        String text = description(link, owners.get(link.getCOSObject()));
                        if (!text.isBlank()) {
                            link.setContents(text);
                            described++;
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return described;
    }

    private static String description(PDAnnotationLink link, PDStructureElement owner) {
        if (owner != null) {
            if (!isBlank(owner.getAlternateDescription())) {
                return owner.getAlternateDescription().strip();
            }
            if (!isBlank(owner.getActualText())) {
                return owner.getActualText().strip();
            }
        }
        try {
            PDAction action = link.getAction();
            if (action instanceof PDActionURI uri && uri.getURI() != null) {
                return uri.getURI();
            }
        } catch (RuntimeException e) {
            // An odd action is no reason to fail the whole PDF; the link simply stays as it was.
        }
        return "";
    }

    /** Which structure element holds each annotation (through an object reference among its kids). */
    private static void collectOwners(PDStructureNode node, Map<COSDictionary, PDStructureElement> owners) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                collectOwners(element, owners);
            } else if (kid instanceof PDObjectReference reference && node instanceof PDStructureElement parent) {
                COSBase referenced = reference.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.OBJ);
                if (referenced instanceof COSDictionary dictionary) {
                    owners.put(dictionary, parent);
                }
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
