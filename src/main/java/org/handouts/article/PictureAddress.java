package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a picture's address is, decided in this one place for the reader, the review, the input
 * fingerprints and the image store: a web address, another scheme ({@code data:}, {@code file:}), or a
 * path relative to the article, inside the project folder or leaving it. Site generators keep pictures beside
 * the content rather than in it (Astro's {@code src/assets/}), so the boundary is the project, not the articles
 * folder; what leaves it is never read, because an article must not be able to print a private file.
 *
 * @param file the resolved path, for {@link Kind#LOCAL} only
 */
public record PictureAddress(String source, Kind kind, Optional<Path> file) {

    public enum Kind { WEB, OTHER_SCHEME, LOCAL, OUTSIDE }

    /** Compiled once: a build asks these of every picture of every article, several times. */
    private static final Pattern WEB = Pattern.compile("(?i)https?://.*");
    private static final Pattern ANY_SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]+:.*");
    private static final Pattern WINDOWS_PATH = Pattern.compile("(?i)[a-z]:[\\\\/].*");

    /**
     * Classifies {@code source} as written in {@code articleFile}. A local path is resolved against the
     * article's folder; one that leaves {@code projectRoot} (see {@link #projectRoot}), by {@code ..} or
     * through a link, is {@link Kind#OUTSIDE} and is never read.
     */
    public static PictureAddress of(String source, Path articleFile, Path projectRoot) {
        if (isWeb(source)) {
            return new PictureAddress(source, Kind.WEB, Optional.empty());
        }
        if (hasScheme(source)) {
            return new PictureAddress(source, Kind.OTHER_SCHEME, Optional.empty());
        }
        Path root = projectRoot.toAbsolutePath().normalize();
        Optional<Path> inside = resolveInside(source, articleFile, root);
        if (inside.isEmpty() && isSiteAbsolute(source)) {
            inside = fromSiteRoot(source, root);
        }
        return inside.map(file -> new PictureAddress(source, Kind.LOCAL, Optional.of(file)))
                .orElseGet(() -> new PictureAddress(source, Kind.OUTSIDE, Optional.empty()));
    }

    /**
     * {@code /images/x.jpg}: a path from the web site's root, as site generators' pages write them. A path
     * whose first folder is one of this computer's ({@code /tmp/x.png}, {@code /home/...}) is taken as the
     * file path it is, and refused as leaving the project.
     */
    private static boolean isSiteAbsolute(String source) {
        if (!source.startsWith("/") || source.startsWith("//")) {
            return false;
        }
        String first = source.substring(1).split("/", 2)[0];
        try {
            return !first.isEmpty() && !first.equals("..") && !Files.exists(Path.of("/", first));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * A site-absolute picture in the project: where the common generators keep what they publish at the
     * site's root (Hugo's and Docusaurus's {@code static/}, Astro's and Eleventy's {@code public/}), else the
     * project folder itself. The first that has the file; if none has it, the project folder's, so the
     * warning says which file is missing.
     */
    private static Optional<Path> fromSiteRoot(String source, Path root) {
        List<Optional<Path>> candidates = new java.util.ArrayList<>();
        for (String published : SITE_ROOTS) {
            Path base = published.isEmpty() ? root : root.resolve(published);
            candidates.add(resolveInside("." + source, base.resolve("page"), root));
        }
        return candidates.stream().flatMap(Optional::stream).filter(Files::isRegularFile).findFirst()
                .or(() -> candidates.get(candidates.size() - 1));
    }

    /** Where site generators keep the files they publish at the site's root, in the order they are tried. */
    private static final List<String> SITE_ROOTS = List.of("static", "public", "");

    /**
     * The folder local pictures must stay inside: the project's (the folder of its {@code handouts.yml}) when
     * the articles are in it, else the articles folder alone. Without a settings file there is no project to
     * trust, and an articles folder typed from elsewhere must not open up the folder the command ran in.
     */
    public static Path projectRoot(Path configFile, Path articlesFolder) {
        Path articles = articlesFolder.toAbsolutePath().normalize();
        Path config = configFile.toAbsolutePath().normalize();
        Path project = config.getParent();
        if (project != null && Files.isRegularFile(config) && articles.startsWith(project)) {
            return project;
        }
        return articles;
    }

    /** An http(s) address (checked for a host only when it is fetched). */
    public static boolean isWeb(String source) {
        return WEB.matcher(source).matches();
    }

    /** Starts with a scheme ({@code https:}, {@code data:}); a Windows drive ({@code C:\}) is a path. */
    public static boolean hasScheme(String source) {
        return ANY_SCHEME.matcher(source).matches() && !WINDOWS_PATH.matcher(source).matches();
    }

    /**
     * What is wrong with the address itself, found without reading or fetching anything, worded the same
     * for {@code build} and {@code check}: another scheme, a path leaving the project folder or a local file
     * that is not there. Each is a warning and the handout is made without the picture: a bad picture never
     * stops a build (a refused path is not read, so there is nothing else to lose).
     */
    public Optional<Diagnostic> problem(Path articleFile, int line, int column) {
        return describeProblem(articleFile, line, column).map(d -> d.withRule(Rules.PICTURE));
    }

    private Optional<Diagnostic> describeProblem(Path articleFile, int line, int column) {
        return switch (kind) {
            case WEB -> Optional.empty();
            case OTHER_SCHEME -> Optional.of(Diagnostic.warning(articleFile, line, column, "picture '" + source
                    + "' is not used: only http(s) addresses and files inside the project folder are allowed"));
            case OUTSIDE -> Optional.of(Diagnostic.warning(articleFile, line, column, "picture path '" + source
                    + "' points outside the project folder; it was not read, and the handout is made without it"));
            case LOCAL -> Files.isRegularFile(file.orElseThrow()) ? Optional.empty()
                    : Optional.of(Diagnostic.warning(articleFile, line, column, "picture file '" + source
                    + "' not found (looked for " + file.get() + "); the handout is made without it"));
        };
    }

    private static Optional<Path> resolveInside(String source, Path articleFile, Path root) {
        Path resolved;
        try {
            resolved = articleFile.toAbsolutePath().getParent().resolve(source).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!resolved.startsWith(root)) {
            return Optional.empty();
        }
        try {
            if (Files.exists(resolved) && !resolved.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(resolved);
    }
}
