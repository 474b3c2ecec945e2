package org.handouts.images;

import java.nio.charset.StandardCharsets;

/**
 * The few facts about a JPEG or PNG file that ImageIO does not hand over simply, read from its header
 * segments: the EXIF orientation (cameras store portrait photos sideways and set a tag), and whether the
 * original bytes could be embedded as they are (plain 8-bit sRGB, no colour profile, no CMYK).
 *
 * @param orientation EXIF orientation 1..8 (1 = upright)
 * @param embeddable  the file may be used unchanged if it is also small enough
 * @param components  colour components of a JPEG frame (1 gray, 3 colour, 4 CMYK); 0 when not known
 * @param profile     the file embeds an ICC colour profile
 */
record SourceHeader(int orientation, boolean embeddable, int components, boolean profile) {

    SourceHeader(int orientation, boolean embeddable) {
        this(orientation, embeddable, 0, false);
    }

    static SourceHeader of(byte[] bytes, ImageFormat format) {
        try {
            return switch (format) {
                case JPEG -> jpeg(bytes);
                case PNG -> png(bytes);
                default -> new SourceHeader(1, false);
            };
        } catch (RuntimeException e) {
            // A damaged header: the decoder will judge the file; we just do not trust it as it is.
            return new SourceHeader(1, false);
        }
    }

    /** Walks the JPEG segments up to the first frame header (SOF). */
    private static SourceHeader jpeg(byte[] b) {
        int orientation = 1;
        boolean profile = false;
        int components = 0;
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                break;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = u16(b, i + 2, false);
            int data = i + 4;
            if (marker == 0xE1 && startsWith(b, data, "Exif\0\0")) {
                orientation = exifOrientation(b, data + 6, Math.min(b.length, data + length - 2));
            } else if (marker == 0xE2 && startsWith(b, data, "ICC_PROFILE\0")) {
                profile = true;
            } else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                components = b[data + 5] & 0xFF;
                break;
            } else if (marker == 0xDA) {
                break;
            }
            i = data + length - 2;
        }
        return new SourceHeader(orientation, orientation == 1 && !profile && (components == 3 || components == 1), components, profile);
    }

    /** The orientation tag (0x0112) of IFD0 in a TIFF structure starting at {@code tiff}. */
    private static int exifOrientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + u32(b, tiff + 4, little);
        int count = u16(b, ifd, little);
        for (int n = 0; n < count; n++) {
            int entry = ifd + 2 + n * 12;
            if (entry + 12 > end) {
                break;
            }
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** 8-bit, not interlaced, no embedded colour profile: what PDF and EPUB readers take without surprises. */
    private static SourceHeader png(byte[] b) {
        int bitDepth = b[24] & 0xFF;
        int interlace = b[28] & 0xFF;
        int i = 8;
        while (i + 8 <= b.length) {
            int length = u32(b, i, false);
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("iCCP") || type.equals("gAMA") || type.equals("cHRM")) {
                return new SourceHeader(1, false);
            }
            if (type.equals("IDAT") || length < 0) {
                break;
            }
            i += 12 + length;
        }
        return new SourceHeader(1, bitDepth == 8 && interlace == 0);
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at + ascii.length() > b.length) {
            return false;
        }
        return new String(b, at, ascii.length(), StandardCharsets.ISO_8859_1).equals(ascii);
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static int u32(byte[] b, int at, boolean little) {
        int hi = u16(b, at, little);
        int lo = u16(b, at + 2, little);
        return little ? (lo << 16) | hi : (hi << 16) | lo;
    }
}
