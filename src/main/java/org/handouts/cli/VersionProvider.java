package org.handouts.cli;

import org.handouts.ToolFingerprint;
import org.handouts.Version;
import picocli.CommandLine;

/** {@code --version} on every command. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"handouts " + Version.get() + " (commit " + Version.commit() + ")",
            "code fingerprint " + ToolFingerprint.shortForm() + " (what the caches and the build manifest are keyed by)",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")"};
    }
}
