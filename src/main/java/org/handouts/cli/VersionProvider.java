package org.handouts.cli;

import org.handouts.Version;
import picocli.CommandLine;

/** {@code --version} on every command. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"handouts " + Version.get(), "Java " + System.getProperty("java.version")};
    }
}
