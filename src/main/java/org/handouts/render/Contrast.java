package org.handouts.render;

import java.util.Locale;

/**
 * WCAG contrast between a colour and white. Large-print guidance asks for at least 7:1, which many brand
 * colours miss by a little; {@link #darkenToRatio} keeps the hue and darkens just enough.
 */
public final class Contrast {
    private Contrast() { }

    /** {@code #rgb} or {@code #rrggbb}, darkened in small steps until it reaches {@code ratio} against white. */
    public static String darkenToRatio(String hex, double ratio) {
        int[] rgb = parse(hex);
        double factor = 1.0;
        int[] current = rgb;
        while (againstWhite(current) < ratio && factor > 0) {
            factor -= 0.02;
            double f = Math.max(0, factor);
            current = new int[] {(int) Math.round(rgb[0] * f), (int) Math.round(rgb[1] * f), (int) Math.round(rgb[2] * f)};
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", current[0], current[1], current[2]);
    }

    public static double againstWhite(int[] rgb) {
        return 1.05 / (luminance(rgb) + 0.05);
    }

    public static double againstWhite(String hex) {
        return againstWhite(parse(hex));
    }

    static int[] parse(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
        }
        int value = Integer.parseInt(digits, 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
