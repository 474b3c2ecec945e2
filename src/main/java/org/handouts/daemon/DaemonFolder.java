package org.handouts.daemon;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where this user's daemons keep their sockets, start locks, logs and descriptions: a folder only the user
 * can open (mode 700 where the file system has modes), since whoever can reach a daemon's socket can build
 * as its user. A folder that is someone else's, or open to others, is refused, and builds run in their
 * own process. One daemon's files are {@code <key>.sock}, {@code .lock}, {@code .log} and {@code .properties}.
 */
public record DaemonFolder(Path path) {
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    /** The folder of this user's daemons, in the temporary folder; made private if it is new. */
    public static DaemonFolder forThisUser() throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return at(Path.of(System.getProperty("java.io.tmpdir"), "handouts-daemons-" + user));
    }

    /** The daemons' folder at {@code path} (tests keep theirs apart); made, private, if it is missing. */
    public static DaemonFolder at(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(absolute.getParent());
            try {
                if (posix) {
                    Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(PRIVATE));
                } else {
                    Files.createDirectory(absolute);
                }
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Another client made it first: checked below like any other.
            }
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(absolute + " is not a folder");
        }
        if (posix) {
            String owner = Files.getOwner(absolute, LinkOption.NOFOLLOW_LINKS).getName();
            if (!owner.equals(System.getProperty("user.name"))) {
                throw new IOException(absolute + " belongs to " + owner + ", not to " + System.getProperty("user.name"));
            }
            if (!Files.getPosixFilePermissions(absolute, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE)) {
                throw new IOException(absolute + " can be opened by other users (its mode is not 700)");
            }
        }
        return new DaemonFolder(absolute);
    }

    Path socket(String key) {
        return path.resolve(key + ".sock");
    }

    Path lock(String key) {
        return path.resolve(key + ".lock");
    }

    public Path log(String key) {
        return path.resolve(key + ".log");
    }

    Path description(String key) {
        return path.resolve(key + ".properties");
    }
}
