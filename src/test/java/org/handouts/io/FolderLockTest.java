package org.handouts.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into one output folder take turns, whether they run in one process or two. */
class FolderLockTest {

    @Test
    void aSecondTakerInThisProcessWaitsAndIsToldSo(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("out");
        AtomicInteger told = new AtomicInteger();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Void> second;
        try (FolderLock first = FolderLock.take(out, told::incrementAndGet)) {
            second = CompletableFuture.runAsync(() -> {
                try (FolderLock lock = FolderLock.take(out, () -> {
                    told.incrementAndGet();
                    waiting.countDown();
                })) {
                    // Had only once the first was given back.
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(waiting.await(30, TimeUnit.SECONDS), "the second taker said it waits");
            Thread.sleep(200);
            assertFalse(second.isDone(), "and does wait");
        }
        second.get(30, TimeUnit.SECONDS);
        assertEquals(1, told.get(), "only the one that waited was told");
    }

    /** Holds {@code args[0]}'s lock until its standard input closes (the other process of the test below). */
    public static void main(String[] args) throws Exception {
        try (FolderLock lock = FolderLock.take(Path.of(args[0]), () -> { })) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() != -1) {
                // Until the test closes our input.
            }
        }
    }

    @Test
    void aBuildInAnotherProcessIsWaitedFor(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), FolderLockTest.class.getName(),
                out.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", said.readLine());
            AtomicInteger told = new AtomicInteger();
            CompletableFuture<Void> ours = CompletableFuture.runAsync(() -> {
                try (FolderLock lock = FolderLock.take(out, told::incrementAndGet)) {
                    // Ours once the other process let go.
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (told.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, told.get(), "told that another build holds the folder");
            Thread.sleep(200);
            assertFalse(ours.isDone(), "and waits for it");
            other.getOutputStream().close();
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
            ours.get(30, TimeUnit.SECONDS);
        } finally {
            other.destroyForcibly();
        }
    }
}
