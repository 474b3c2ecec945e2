package org.handouts.preview;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for a change under the folders a build reads (articles, pictures, layouts, fonts) or to one file
 * (handouts.yml). A save often comes as several events (editors write a temporary file, then rename it),
 * so after the first one it waits for a quiet moment before saying "changed". New folders are watched as
 * they appear.
 */
final class ChangeWatcher implements AutoCloseable {
    private static final Duration QUIET = Duration.ofMillis(250);

    private final WatchService service;
    private final List<Path> files;

    ChangeWatcher(List<Path> folders, List<Path> files) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.files = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        for (Path folder : folders) {
            watchTree(folder);
        }
        for (Path file : this.files) {
            Path parent = file.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                parent.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Blocks until something relevant changed and then settled; false when the watcher was closed. */
    boolean awaitChange() throws InterruptedException {
        try {
            while (!take(service.take())) {
                // An event for a file beside handouts.yml that no build reads: keep waiting.
            }
            WatchKey more;
            while ((more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                take(more);
            }
            return true;
        } catch (java.nio.file.ClosedWatchServiceException e) {
            return false;
        }
    }

    private boolean take(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve(name).toAbsolutePath().normalize();
            boolean watchedFile = files.contains(changed);
            boolean inTree = !files.contains(changed) && !isOnlyParentOfFiles(folder);
            if (inTree && Files.isDirectory(changed)) {
                try {
                    watchTree(changed);
                } catch (IOException e) {
                    // It went away again: nothing to watch.
                }
            }
            relevant |= watchedFile || inTree;
        }
        key.reset();
        return relevant;
    }

    private boolean isOnlyParentOfFiles(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        return files.stream().anyMatch(f -> normal.equals(f.getParent())) && !watchedTrees.contains(normal);
    }

    private final java.util.Set<Path> watchedTrees = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void watchTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                Path normal = folder.toAbsolutePath().normalize();
                if (watchedTrees.add(normal)) {
                    normal.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
