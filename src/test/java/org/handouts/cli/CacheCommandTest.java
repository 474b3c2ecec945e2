package org.handouts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handouts.images.ImageCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code handouts cache list|clear}. */
class CacheCommandTest {

    @TempDir
    Path temp;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new HandoutsCommand(false));
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(args);
        assertEquals(0, code);
        return out.toString();
    }

    @Test
    void list_shows_address_size_and_age_and_clear_deletes_only_our_files() throws Exception {
        ImageCache cache = new ImageCache(temp.resolve("cache"));
        cache.store("https://example.org/a%2Fb.jpg", new byte[2048], Optional.of("\"e\""), Optional.empty());
        Path stranger = Files.writeString(temp.resolve("cache/notes.txt"), "mine");

        java.io.StringWriter text = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(text, true);
        assertEquals(0, CacheCommand.list(cache, out, out));
        String listing = text.toString();
        assertTrue(listing.contains("https://example.org/a%2Fb.jpg") && listing.contains("2 KB") && listing.contains(" s "), listing);
        assertTrue(listing.contains("1 picture"), listing);

        assertEquals(2, cache.clear());
        assertTrue(cache.list().isEmpty());
        assertTrue(Files.exists(stranger), "a file that is not the cache's own is left alone");
    }

    @Test
    void help_explains_the_subcommands() {
        String help = run("cache", "--help");
        assertTrue(help.contains("list") && help.contains("clear") && help.contains("--cache"), help);
        assertTrue(run("help").contains("cache"));
    }
}
