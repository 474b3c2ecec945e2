package org.handouts.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The layouts found in a folder: every sub-folder with an {@code article.ftlx}. */
public final class LayoutRepository {
    private final Path folder;
    private final List<Layout> layouts;

    public LayoutRepository(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        List<Layout> found = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> children = Files.list(this.folder)) {
                children.filter(p -> Files.isRegularFile(p.resolve(Layout.ARTICLE_TEMPLATE)))
                        .sorted()
                        .forEach(p -> found.add(new Layout(p.getFileName().toString(), p)));
            }
        }
        this.layouts = List.copyOf(found);
    }

    public Path folder() {
        return folder;
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
}
