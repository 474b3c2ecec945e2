package org.handouts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, filled in by Maven at build time. */
public final class Version {
    private static final String VERSION = load();

    private Version() { }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/handouts-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
