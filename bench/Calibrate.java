import java.security.MessageDigest;

/**
 * A fixed piece of work timed inside one JVM with the launcher's JIT settings, so that two runs of the bench
 * on different days can be told apart by the machine before their rows are compared: if this takes 30%
 * longer, so will every row of ours that does the same kind of work. Prints seconds.
 */
public class Calibrate {
    public static void main(String[] args) throws Exception {
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int[] row = new int[4800];
        long best = Long.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 32; i++) {
                sha.update(block);
            }
            sink += sha.digest()[0];
            // Integer multiply-adds over arrays, the shape of the picture scaler's inner loops.
            for (int pass = 0; pass < 4000; pass++) {
                int w = pass & 0x3FFF;
                for (int i = 0; i < row.length; i++) {
                    row[i] += w * (block[(i + pass) & 0xFFFFF] & 0xFF);
                }
            }
            sink += row[pass(row)];
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(java.util.Locale.ROOT, "%.3f%n", best / 1e9);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static int pass(int[] row) {
        return row.length / 2;
    }
}
