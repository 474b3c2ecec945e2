package org.handouts.article;

import org.handouts.diagnostics.Diagnostic;
import org.handouts.diagnostics.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    @Test
    void articlesAreFoundAtAnyDepthSkippingUnderscoreAndDotNamesAndALinkLoop(@TempDir Path dir) throws Exception {
        for (String name : List.of("top.md", "a/b/c/d/e/deep.md", "managing-symptoms/tremor.md", "es/dormir.md", "post.mdx", "2024-01-05-jekyll.markdown",
                "_drafts/x.md", "a/_partial.md", ".git/notes.md", "a/.hidden/y.md", "node_modules/pkg/readme.md", "notes.txt")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, (name.startsWith("es/") ? "---\nlang: es\n---\n" : "") + "# " + name + "\n\nText.\n");
        }
        Files.createSymbolicLink(dir.resolve("a/b/loop"), dir);
        assertEquals(List.of("2024-01-05-jekyll.markdown", "post.mdx", "top.md", "es/dormir.md", "managing-symptoms/tremor.md", "a/b/c/d/e/deep.md"),
                Library.listMarkdown(dir).stream().map(p -> dir.relativize(p).toString()).toList());
        Library library = Library.read(dir);
        assertEquals(List.of("2024-01-05-jekyll", "post", "top", "es/dormir", "managing-symptoms/tremor", "a/b/c/d/e/deep"),
                library.articles().stream().map(Article::slug).toList());
        assertEquals(List.of("managing symptoms"), library.articles().get(4).tags().stream().map(Tag::key).toList());
        assertEquals(List.of(), library.articles().get(3).tags(), "es/ is the folder of a language, not a topic");
        assertEquals(List.of("a", "b", "c", "d", "e"), library.articles().get(5).tags().stream().map(Tag::key).toList());
    }

    @Test
    void folderTopicsReadLikeLabelsAndCanBeTurnedOff(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("02_daily_life"));
        Files.writeString(dir.resolve("02_daily_life/walk.md"), "# Walk\n\nText.\n");
        Files.createDirectories(dir.resolve("fr"));
        Files.writeString(dir.resolve("fr/marcher.md"), "---\nlang: fr\n---\n# Marcher\n\nTexte.\n");
        Library library = Library.read(dir);
        assertEquals(List.of("Daily life"), library.articles().get(0).tags().stream().map(Tag::label).toList());
        assertEquals(List.of(), library.articles().get(1).tags());
        Library off = Library.read(dir, Library.listMarkdown(dir), new ReaderSettings(2048, false, "en"));
        assertEquals(List.of(), off.articles().get(0).tags());
    }

    @Test
    void aPageBundlesIndexIsThePageOfItsFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("posts/first-visit"));
        Files.writeString(dir.resolve("posts/first-visit/index.md"), "# First visit\n\nText.\n");
        Files.writeString(dir.resolve("index.md"), "# Welcome\n\nText.\n");
        Library library = Library.read(dir);
        assertEquals(List.of("index", "posts/first-visit"), library.articles().stream().map(Article::slug).toList());
        assertEquals(List.of("posts"), library.articles().get(1).tags().stream().map(Tag::key).toList(), "its own folder is no topic");
    }

    @Test
    void anArticleInALanguageFolderWithoutLangIsInThatLanguage(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("es"));
        Files.createDirectories(dir.resolve("en"));
        Files.createDirectories(dir.resolve("care"));
        Files.writeString(dir.resolve("es/dormir.md"), "# Dormir bien\n\nTexto.\n");
        Files.writeString(dir.resolve("es/fr.md"), "---\nlang: fr\n---\n# Marcher\n\nTexte.\n");
        Files.writeString(dir.resolve("en/sleep.md"), "# Sleep\n\nText.\n");
        Files.writeString(dir.resolve("care/walk.md"), "# Walk\n\nText.\n");
        Library library = Library.read(dir);
        java.util.Map<String, Optional<String>> langs = new java.util.TreeMap<>();
        library.articles().forEach(a -> langs.put(a.slug(), a.lang()));
        assertEquals(Optional.of("es"), langs.get("es/dormir"));
        assertEquals(Optional.of("fr"), langs.get("es/fr"), "a written lang wins");
        assertEquals(Optional.empty(), langs.get("en/sleep"), "the library's own language");
        assertEquals(Optional.empty(), langs.get("care/walk"), "not a language code");
    }
}
