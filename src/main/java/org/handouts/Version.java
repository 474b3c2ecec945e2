package org.handouts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version and the commit it was built from, both filled in by Maven at build time. */
public final class Version {
    private static final String VERSION = load("/handouts-version.properties", "version", "dev");
    private static final String COMMIT = load("/handouts-build.properties", "commit", "unknown");

    private Version() { }

    public static String get() {
        return VERSION;
    }

    /** The commit ({@code git describe}: 12 hex digits, "-dirty" when the tree had changes), or "unknown". */
    public static String commit() {
        return COMMIT;
    }

    private static String load(String resource, String key, String otherwise) {
        try (InputStream in = Version.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String value = properties.getProperty(key, otherwise).strip();
            return value.isEmpty() ? otherwise : value;
        } catch (IOException e) {
            return otherwise;
        }
    }
}
