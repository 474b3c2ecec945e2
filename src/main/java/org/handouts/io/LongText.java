package org.handouts.io;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Text of any length in the kept files: {@link DataOutputStream#writeUTF} stops at 64 KB, and an article's
 * body, or a picture written as a {@code data:} address, can be longer. Written as its UTF-8 length, then
 * the bytes.
 */
public final class LongText {
    /** More than any kept text: a length beyond it is a damaged entry, not an allocation to make. */
    private static final int LIMIT = 64 * 1024 * 1024;

    private LongText() { }

    public static void write(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** @throws IOException when the entry is damaged (a length out of range, or fewer bytes than it says) */
    public static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > LIMIT) {
            throw new IOException("damaged entry");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("damaged entry");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
