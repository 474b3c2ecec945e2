package org.handouts.images;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file really is, decided from its first bytes: servers send HTML error pages as "image/jpeg" and
 * URLs often have no extension, so neither the URL nor the Content-Type is trusted.
 */
public enum ImageFormat {
    JPEG("jpg", true), PNG("png", true), GIF("gif", true), WEBP("webp", true),
    SVG("svg", false), HTML("html", false), PDF("pdf", false), EMPTY("", false), UNKNOWN("", false);

    private final String extension;
    private final boolean raster;

    ImageFormat(String extension, boolean raster) {
        this.extension = extension;
        this.raster = raster;
    }

    public String extension() {
        return extension;
    }

    /** A raster format we can read and embed. */
    public boolean isSupportedRaster() {
        return raster;
    }

    public static ImageFormat sniff(byte[] head) {
        if (head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(head, 0, 6).equals("GIF87a") || ascii(head, 0, 6).equals("GIF89a")) {
            return GIF;
        }
        if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (ascii(head, 0, 5).equals("%PDF-")) {
            return PDF;
        }
        String text = ascii(head, 0, Math.min(head.length, 512)).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<body") || text.contains("<head")) {
            return HTML;
        }
        if (text.startsWith("<svg") || (text.startsWith("<?xml") && text.contains("<svg"))) {
            return SVG;
        }
        return UNKNOWN;
    }

    /** Words for a warning: what we got instead of a picture. */
    public String describe() {
        return switch (this) {
            case HTML -> "a web page (HTML), not an image";
            case PDF -> "a PDF document, not an image";
            case EMPTY -> "empty (0 bytes)";
            case SVG -> "an SVG drawing; SVG pictures are not used (they can run scripts and load other files): export it as PNG or JPEG";
            case UNKNOWN -> "data that is not a JPEG, PNG, GIF or WebP picture";
            default -> "a " + name() + " image";
        };
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] data, int offset, int length) {
        if (offset >= data.length) {
            return "";
        }
        int end = Math.min(data.length, offset + length);
        return new String(data, offset, end - offset, StandardCharsets.ISO_8859_1);
    }
}
