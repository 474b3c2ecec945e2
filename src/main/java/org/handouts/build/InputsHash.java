package org.handouts.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over labelled parts, for "what made this output". Every part is written with its length, so
 * ("ab", "c") and ("a", "bc") never hash alike. Not thread-safe: one per computation.
 */
final class InputsHash {
    private final MessageDigest digest;

    private InputsHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static InputsHash start(String kind) {
        return new InputsHash().add(kind);
    }

    InputsHash add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    InputsHash add(byte[] part) {
        long n = part.length;
        for (int i = 0; i < 8; i++) {
            digest.update((byte) (n >>> (8 * i)));
        }
        digest.update(part);
        return this;
    }

    InputsHash add(String label, String value) {
        return add(label).add(value);
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(String... parts) {
        InputsHash hash = start("parts");
        for (String part : parts) {
            hash.add(part);
        }
        return hash.hex();
    }
}
