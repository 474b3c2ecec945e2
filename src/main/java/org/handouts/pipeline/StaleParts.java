package org.handouts.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the temporary {@code .NAME…part} files a killed build left behind (every kept file is written
 * under such a name, then renamed into place). Only old ones: a build running beside this one may be
 * writing a fresh one right now.
 */
final class StaleParts {

    /** Far longer than any one file takes to write. */
    static final Duration STALE_AFTER = Duration.ofHours(1);
    /** out/pdf/LAYOUT/, cache/derived/: nothing of ours is deeper. */
    private static final int DEPTH = 4;

    private StaleParts() { }

    /** Deletes stale temporary files under each folder (missing folders are skipped); returns how many. */
    static int clean(List<Path> folders, Instant now) {
        int deleted = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, DEPTH)) {
                for (Path file : files.filter(StaleParts::isTemporary).toList()) {
                    if (isOlder(file, now) && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // A folder we cannot list is reported by whatever needs it; leftovers only waste space.
            }
        }
        return deleted;
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".part") && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isOlder(Path file, Instant now) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(STALE_AFTER));
        } catch (IOException e) {
            return false;
        }
    }
}
