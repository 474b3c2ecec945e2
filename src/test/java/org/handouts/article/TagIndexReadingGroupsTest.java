package org.handouts.article;

import org.handouts.diagnostics.SourcePosition;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagIndexReadingGroupsTest {

    @Test
    void everyArticleOnceUnderItsFirstListedTagInIndexOrder() {
        Article b = article("b", "Bravo", "Zeta", "alpha");
        Article a = article("a", "Alpha", "alpha", "Zeta");
        Article c = article("c", "Charlie");
        Article d = article("d", "Delta", "ALPHA");
        TagIndex index = new TagIndex(List.of(a, b, c, d), List.of("zeta"));

        assertEquals(List.of("Zeta", "Alpha", TagIndex.UNTAGGED_LABEL), index.groups().stream().map(g -> g.tag().label()).toList());
        assertEquals(List.of(List.of(a, b), List.of(a, b, d), List.of(c)), index.groups().stream().map(TagIndex.Group::articles).toList());

        List<TagIndex.Group> reading = index.readingGroups();
        assertEquals(List.of("Zeta", "Alpha", TagIndex.UNTAGGED_LABEL), reading.stream().map(g -> g.tag().label()).toList());
        assertEquals(List.of(List.of(b), List.of(a, d), List.of(c)), reading.stream().map(TagIndex.Group::articles).toList());
    }

    private static Article article(String slug, String title, String... tags) {
        return new Article(Path.of(slug + ".md"), slug, slug, new SourcePosition(1, 1), title, "",
                java.util.Arrays.stream(tags).map(Tag::of).toList(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), java.util.Optional.empty(), MarkdownBody.parse("", 1), "");
    }
}
