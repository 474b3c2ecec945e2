package org.handouts.images;

/**
 * Scales an 8-bit RGB picture down and turns it upright in one pass, in plain Java, from one pixel array
 * into another the caller owns. A separable bicubic filter (Catmull-Rom) widened by the scale factor, so a
 * reduction averages every source pixel instead of skipping some: the same kind of filter image editors
 * use for photos. Only a few filtered source rows are held at a time, so besides the two arrays the work
 * needs a few kB, whatever the picture's size.
 *
 * <p>Java2D's {@code drawImage} would need a full-size intermediate image per step and an extra copy to
 * convert pixel formats; those short-lived 5–10 MB arrays are what made the heap grow during a first build.
 *
 * <p>Pixels are interleaved R, G, B bytes, rows packed one after another.
 */
final class Resampler {
    private static final int CHANNELS = 3;
    /** Catmull-Rom is a cubic with this "a"; its support is 2 source pixels at scale 1. */
    private static final double A = -0.5;
    private static final double SUPPORT = 2.0;
    /** Weights are fixed-point numbers with this many fraction bits; {@link #ONE} is 1.0. */
    private static final int BITS = 14;
    private static final int ONE = 1 << BITS;
    /**
     * Filtered rows keep 8 fraction bits: at most about 1.1 × 255 × 2^8, and their weighted sum about
     * 1.1 × 2^16 × 2^14 × 1.1 &lt; 2^31, so the ints never overflow.
     */
    private static final int ROW_SHIFT = BITS - 8;
    private static final int SHIFT = BITS + 8;

    private Resampler() { }

    /**
     * Whether the result can be written over the source: when upright rows are stored rows, read top to
     * bottom (upright, or mirrored left to right). Target row y then ends at or before the start of the
     * first source row not yet read, because the target is no wider than the source and every target row
     * reads at least up to its own row number in a reduction.
     */
    static boolean inPlace(int orientation) {
        return orientation <= 2 || orientation > 8;
    }

    /** Width and height of the picture once turned upright by the EXIF orientation (1..8). */
    static int uprightWidth(int width, int height, int orientation) {
        return orientation >= 5 && orientation <= 8 ? height : width;
    }

    static int uprightHeight(int width, int height, int orientation) {
        return orientation >= 5 && orientation <= 8 ? width : height;
    }

    /**
     * @param source      {@code width × height} RGB pixels as stored in the file
     * @param orientation EXIF orientation 1..8; the result is upright
     * @param target      receives {@code targetWidth × targetHeight} upright RGB pixels; no larger than the
     *                    upright source in either direction. May be {@code source} itself when the rows
     *                    stay rows (see {@link #inPlace}): each target row is then written over source rows
     *                    that have already been read.
     */
    static void resample(byte[] source, int width, int height, int orientation, byte[] target, int targetWidth, int targetHeight) {
        int stride = width * CHANNELS;
        // Where upright pixel (x, y) is stored: base + x * dx + y * dy (see ImagePreparer.orient for the cases).
        int base;
        int dx;
        int dy;
        switch (orientation) {
            case 2 -> { base = (width - 1) * CHANNELS; dx = -CHANNELS; dy = stride; }
            case 3 -> { base = (width - 1) * CHANNELS + (height - 1) * stride; dx = -CHANNELS; dy = -stride; }
            case 4 -> { base = (height - 1) * stride; dx = CHANNELS; dy = -stride; }
            case 5 -> { base = 0; dx = stride; dy = CHANNELS; }
            case 6 -> { base = (height - 1) * stride; dx = -stride; dy = CHANNELS; }
            case 7 -> { base = (width - 1) * CHANNELS + (height - 1) * stride; dx = -stride; dy = -CHANNELS; }
            case 8 -> { base = (width - 1) * CHANNELS; dx = stride; dy = -CHANNELS; }
            default -> { base = 0; dx = CHANNELS; dy = stride; }
        }
        int uprightWidth = uprightWidth(width, height, orientation);
        int uprightHeight = uprightHeight(width, height, orientation);
        if (targetWidth > uprightWidth || targetHeight > uprightHeight || targetWidth < 1 || targetHeight < 1) {
            throw new IllegalArgumentException("only scales down: " + uprightWidth + "×" + uprightHeight
                    + " to " + targetWidth + "×" + targetHeight);
        }
        if (target == source && !inPlace(orientation)) {
            throw new IllegalArgumentException("orientation " + orientation + " cannot be applied in place");
        }
        Weights columns = Weights.of(uprightWidth, targetWidth);
        Weights rows = Weights.of(uprightHeight, targetHeight);

        // Source rows filtered across, kept in a ring: each target row needs only a few consecutive ones.
        int ringSize = rows.maxTaps;
        int rowLength = targetWidth * CHANNELS;
        int[][] ring = new int[ringSize][rowLength];
        int[] sum = new int[rowLength];
        int nextRow = 0;
        for (int y = 0; y < targetHeight; y++) {
            int first = rows.first[y];
            int taps = rows.count[y];
            for (; nextRow < first + taps; nextRow++) {
                filterRow(source, base + nextRow * dy, dx, columns, ring[nextRow % ringSize]);
            }
            int weightAt = rows.offset[y];
            // Two source rows per pass over the sum: half the loads and stores of one at a time.
            int k = 0;
            if (taps % 2 == 1) {
                int[] a = ring[first % ringSize];
                int wa = rows.weights[weightAt];
                for (int i = 0; i < rowLength; i++) {
                    sum[i] = wa * a[i];
                }
                k = 1;
            } else {
                java.util.Arrays.fill(sum, 0);
            }
            for (; k < taps; k += 2) {
                int[] a = ring[(first + k) % ringSize];
                int[] b = ring[(first + k + 1) % ringSize];
                int wa = rows.weights[weightAt + k];
                int wb = rows.weights[weightAt + k + 1];
                for (int i = 0; i < rowLength; i++) {
                    sum[i] += wa * a[i] + wb * b[i];
                }
            }
            int out = y * rowLength;
            for (int i = 0; i < rowLength; i++) {
                int value = (sum[i] + (1 << (SHIFT - 1))) >> SHIFT;
                target[out + i] = (byte) (value < 0 ? 0 : Math.min(value, 255));
            }
        }
    }

    /**
     * One upright source row (starting at {@code start}, pixels {@code dx} apart) filtered to the target
     * width; values are 0..255 with 8 fraction bits.
     */
    private static void filterRow(byte[] source, int start, int dx, Weights columns, int[] row) {
        int targetWidth = columns.first.length;
        int[] firsts = columns.first;
        int[] counts = columns.count;
        int[] offsets = columns.offset;
        int[] weights = columns.weights;
        for (int x = 0, o = 0; x < targetWidth; x++, o += CHANNELS) {
            int p = start + firsts[x] * dx;
            int weightAt = offsets[x];
            int end = weightAt + counts[x];
            int r = 0;
            int g = 0;
            int b = 0;
            for (int k = weightAt; k < end; k++) {
                int w = weights[k];
                r += w * (source[p] & 0xFF);
                g += w * (source[p + 1] & 0xFF);
                b += w * (source[p + 2] & 0xFF);
                p += dx;
            }
            row[o] = r >> ROW_SHIFT;
            row[o + 1] = g >> ROW_SHIFT;
            row[o + 2] = b >> ROW_SHIFT;
        }
    }

    /**
     * For each target pixel along one direction: the first source pixel that contributes, how many do, and
     * their weights (summing to 1). Taps beyond the edge are folded onto the edge pixel.
     */
    private static final class Weights {
        final int[] first;
        final int[] count;
        final int[] offset;
        final int[] weights;
        final int maxTaps;

        private Weights(int[] first, int[] count, int[] offset, int[] weights, int maxTaps) {
            this.first = first;
            this.count = count;
            this.offset = offset;
            this.weights = weights;
            this.maxTaps = maxTaps;
        }

        static Weights of(int sourceSize, int targetSize) {
            double scale = (double) sourceSize / targetSize;
            double stretch = Math.max(1.0, scale);
            double radius = SUPPORT * stretch;
            int[] first = new int[targetSize];
            int[] count = new int[targetSize];
            int[] offset = new int[targetSize];
            int window = (int) Math.ceil(radius) * 2 + 2;
            int[] all = new int[targetSize * window];
            double[] w = new double[window];
            int maxTaps = 1;
            int used = 0;
            for (int t = 0; t < targetSize; t++) {
                double center = (t + 0.5) * scale;
                int lo = (int) Math.floor(center - radius);
                int hi = (int) Math.ceil(center + radius);
                java.util.Arrays.fill(w, 0);
                int from = Integer.MAX_VALUE;
                int to = Integer.MIN_VALUE;
                double total = 0;
                for (int s = lo; s <= hi; s++) {
                    double weight = cubic((s + 0.5 - center) / stretch);
                    if (weight == 0) {
                        continue;
                    }
                    int clamped = Math.max(0, Math.min(sourceSize - 1, s));
                    int slot = clamped - Math.max(0, lo);
                    w[slot] += weight;
                    from = Math.min(from, clamped);
                    to = Math.max(to, clamped);
                    total += weight;
                }
                // Trim taps that ended up with no weight (the kernel is zero at whole-pixel distances).
                while (from < to && w[from - Math.max(0, lo)] == 0) {
                    from++;
                }
                while (to > from && w[to - Math.max(0, lo)] == 0) {
                    to--;
                }
                first[t] = from;
                count[t] = to - from + 1;
                offset[t] = used;
                // Rounded so the weights of each pixel sum to exactly 1.0 in fixed point: flat areas stay flat.
                double cumulative = 0;
                int previous = 0;
                for (int s = from; s <= to; s++) {
                    cumulative += w[s - Math.max(0, lo)] / total;
                    int upTo = (int) Math.round(cumulative * ONE);
                    all[used++] = upTo - previous;
                    previous = upTo;
                }
                maxTaps = Math.max(maxTaps, count[t]);
            }
            return new Weights(first, count, offset, all, maxTaps);
        }

        private static double cubic(double x) {
            x = Math.abs(x);
            if (x < 1) {
                return ((A + 2) * x - (A + 3)) * x * x + 1;
            }
            if (x < 2) {
                return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
            }
            return 0;
        }
    }
}
