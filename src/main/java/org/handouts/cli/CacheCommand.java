package org.handouts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.handouts.images.ImageCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "cache",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {CacheCommand.ListCommand.class, CacheCommand.ClearCommand.class},
        description = {
            "Shows or empties the picture cache.",
            "",
            "'handouts build' keeps each downloaded picture and its scaled copy here.",
            "Later builds only ask the server whether a picture changed,",
            "and 'handouts build --offline' needs no network at all.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  handouts cache list                    what is cached: address, size, age",
            "  handouts cache clear                   delete it all (the next build",
            "                                         downloads again)",
            "  handouts cache list --cache /tmp/pics  a cache kept elsewhere",
            "                                         (as given to 'build --cache')"
        })
final class CacheCommand implements Runnable {

    @Option(names = "--cache", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The picture cache folder (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = ".cache/handouts")
    Path cache;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
    }

    /** The cache folder: as given, else the one of the project found from here up. */
    Path folder() {
        return ProjectFolder.find(Path.of("")).resolve(spec, "--cache", cache);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Lists every cached picture: its address, size, and how long ago it was fetched or last checked.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        CacheCommand parent;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return list(new ImageCache(parent.folder()), spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Deletes every cached picture and scaled copy.",
                "Only the cache's own files are deleted, whatever else is in the folder."})
    static final class ClearCommand implements Callable<Integer> {
        @ParentCommand
        CacheCommand parent;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ImageCache cache = new ImageCache(parent.folder());
            try {
                int deleted = cache.clear();
                spec.commandLine().getOut().println("deleted " + deleted + " file" + (deleted == 1 ? "" : "s") + " from " + cache.folder());
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println(cache.folder() + ": error: could not clear the cache: " + e.getMessage());
                return 2;
            }
        }
    }

    static int list(ImageCache cache, PrintWriter out, PrintWriter err) {
        try {
            List<ImageCache.Listing> entries = cache.list();
            if (entries.isEmpty()) {
                out.println("no downloaded pictures cached in " + cache.folder() + " (scaled copies: " + size(cache.derivedSize()) + ")");
                return 0;
            }
            long total = 0;
            Instant now = Instant.now();
            for (ImageCache.Listing entry : entries) {
                total += entry.size();
                out.printf(Locale.ROOT, "%9s  %8s  %s%n", size(entry.size()), age(Duration.between(entry.fetchedAt(), now)), entry.url());
            }
            out.printf(Locale.ROOT, "%d picture%s, %s, plus %s of scaled copies, in %s%n", entries.size(),
                    entries.size() == 1 ? "" : "s", size(total), size(cache.derivedSize()), cache.folder());
            return 0;
        } catch (IOException e) {
            err.println(cache.folder() + ": error: could not read the cache: " + e.getMessage());
            return 2;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 2 * 86400) {
            return seconds / 3600 + " h";
        }
        return seconds / 86400 + " days";
    }
}
