package org.handouts.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over labelled parts, for "what made this output": the build manifest, the kept preparations,
 * chapters, cover and font metrics all key on it. Every part is written with its length, so ("ab", "c") and
 * ("a", "bc") never hash alike. Not thread-safe: one per computation.
 */
public final class InputsHash {
    private final MessageDigest digest;

    private InputsHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public static InputsHash start(String kind) {
        return new InputsHash().add(kind);
    }

    public InputsHash add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    public InputsHash add(byte[] part) {
        long n = part.length;
        for (int i = 0; i < 8; i++) {
            digest.update((byte) (n >>> (8 * i)));
        }
        digest.update(part);
        return this;
    }

    public InputsHash add(String label, String value) {
        return add(label).add(value);
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(String... parts) {
        InputsHash hash = start("parts");
        for (String part : parts) {
            hash.add(part);
        }
        return hash.hex();
    }
}
