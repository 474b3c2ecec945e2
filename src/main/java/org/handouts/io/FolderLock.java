package org.handouts.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time for a folder: a build holds its output folder's lock from its first read of the
 * manifest to its last write, so two builds into the same {@code out/} (two terminals, a build beside
 * {@code handouts serve}, two daemons started in different subfolders of one project) take turns instead
 * of mixing their manifests and kept files. The operating system's file lock covers other processes; an
 * in-process lock covers builds in the same JVM, which the file lock does not tell apart.
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file, in the folder it guards. */
    public static final String FILE_NAME = ".handouts-lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes {@code folder}'s lock (making the folder), calling {@code waiting} once first if someone else holds it. */
    public static FolderLock take(Path folder, Runnable waiting) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
        ReentrantLock local = IN_THIS_PROCESS.computeIfAbsent(file, f -> new ReentrantLock(true));
        boolean told = false;
        if (!local.tryLock()) {
            waiting.run();
            told = true;
            local.lock();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) {
                    waiting.run();
                }
                lock = channel.lock();
            }
            return new FolderLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
