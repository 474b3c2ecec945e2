package org.handouts.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layouts a project can use: every sub-folder with an {@code article.ftlx} of its layouts folder, and
 * the {@linkplain BuiltIn built-in} layouts it does not replace (a project's {@code layouts/NAME/} replaces
 * the built-in NAME as a whole).
 */
public final class LayoutRepository {
    private final Path folder;
    private final List<Path> roots;
    private final List<Layout> layouts;

    /** The project's layouts folder (which need not exist) over the built-in layouts. */
    public LayoutRepository(Path folder) throws IOException {
        this(folder, List.of(BuiltIn.layouts()));
    }

    /** {@code folder} first, then each of {@code fallbacks}: an earlier folder's layout hides a later one's. */
    public LayoutRepository(Path folder, List<Path> fallbacks) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        List<Path> all = new ArrayList<>();
        all.add(this.folder);
        fallbacks.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> !all.contains(p)).forEach(all::add);
        this.roots = List.copyOf(all);
        Map<String, Layout> found = new LinkedHashMap<>();
        for (Path root : roots) {
            for (Layout layout : layoutsIn(root)) {
                found.putIfAbsent(layout.name(), layout);
            }
        }
        this.layouts = found.values().stream().sorted(java.util.Comparator.comparing(Layout::name)).toList();
    }

    private static List<Layout> layoutsIn(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(Layout.ARTICLE_TEMPLATE)))
                    .sorted()
                    .map(p -> new Layout(p.getFileName().toString(), p))
                    .toList();
        }
    }

    /** The project's layouts folder. */
    public Path folder() {
        return folder;
    }

    /** Every folder layouts come from, the project's first; only those that exist. */
    public List<Path> roots() {
        return roots.stream().filter(Files::isDirectory).toList();
    }

    public List<Layout> all() {
        return layouts;
    }

    public Optional<Layout> find(String name) {
        return layouts.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return layouts.stream().map(Layout::name).toList();
    }

    /**
     * Folders in the project's layouts folder named like a layout from a fallback but without an
     * {@code article.ftlx}: the fallback's layout is used whole, and the files in such a folder are not.
     */
    public List<Path> incompleteReplacements() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).filter(p -> !Files.exists(p.resolve(Layout.ARTICLE_TEMPLATE)))
                    .filter(p -> find(p.getFileName().toString()).isPresent()).sorted().toList();
        }
    }

    /** Whether the layout comes from the project's own folder (and not from a fallback). */
    public boolean isProjects(Layout layout) {
        return layout.folder().startsWith(folder);
    }
}
