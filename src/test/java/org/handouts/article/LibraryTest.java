package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    @Test
    void secondArticleWithATakenIdIsTheOneInErrorAndTheFirstStillBuilds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.md"), "---\ntitle: B\nid: same\n---\nB\n");
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nid: same\n---\nA\n");
        Library library = Library.read(dir);
        assertEquals(List.of("a"), library.articles().stream().map(Article::slug).toList());
        assertEquals(1, library.failed());
        Diagnostic error = library.diagnostics().get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertTrue(error.file().endsWith("b.md"));
        assertEquals(3, error.line());
        assertEquals(5, error.column());
        assertTrue(error.message().contains("already used by") && error.message().contains("a.md"), error.message());
        Diagnostic note = library.diagnostics().get(1);
        assertEquals(Severity.NOTE, note.severity());
        assertTrue(note.file().endsWith("a.md"));
    }

    @Test
    void tagsGroupCaseInsensitivelyWithOneLabel(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: Alpha\nid: a\ntags: \"breast cancer, Surgery\"\n---\nA\n");
        Files.writeString(dir.resolve("b.md"), "---\ntitle: Beta\nid: b\ntags: [Breast Cancer]\n---\nB\n");
        Files.writeString(dir.resolve("c.md"), "---\ntitle: Gamma\nid: c\n---\nC\n");
        Library library = Library.read(dir);
        TagIndex index = new TagIndex(library.articles(), List.of("surgery"));
        List<TagIndex.Group> groups = index.groups();
        assertEquals(List.of("Surgery", "Breast cancer", TagIndex.UNTAGGED_LABEL),
                groups.stream().map(g -> g.tag().label()).toList());
        assertEquals(List.of("Alpha", "Beta"), groups.get(1).articles().stream().map(Article::title).toList());
        assertEquals(List.of("Gamma"), groups.get(2).articles().stream().map(Article::title).toList());
    }
}
