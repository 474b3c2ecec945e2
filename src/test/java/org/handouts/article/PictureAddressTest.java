package org.handouts.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a local picture's address leads, and when it is refused. */
class PictureAddressTest {

    @Test
    void aSiteAbsolutePathIsLookedForWhereGeneratorsPublishTheSiteRoot(@TempDir Path project) throws Exception {
        Path article = project.resolve("content/posts/sleep.md");
        Files.createDirectories(article.getParent());
        Files.createDirectories(project.resolve("static/images"));
        Files.createDirectories(project.resolve("public/img"));
        Files.write(project.resolve("static/images/hugo.jpg"), new byte[] {1});
        Files.write(project.resolve("public/img/astro.jpg"), new byte[] {1});

        PictureAddress hugo = PictureAddress.of("/images/hugo.jpg", article, project);
        assertEquals(PictureAddress.Kind.LOCAL, hugo.kind());
        assertEquals(Optional.of(project.resolve("static/images/hugo.jpg").toAbsolutePath().normalize()), hugo.file());
        assertEquals(Optional.of(project.resolve("public/img/astro.jpg").toAbsolutePath().normalize()),
                PictureAddress.of("/img/astro.jpg", article, project).file());
        // Not there at all: the project folder's path, so the warning names the missing file.
        assertEquals(Optional.of(project.resolve("gone.jpg").toAbsolutePath().normalize()),
                PictureAddress.of("/gone.jpg", article, project).file());
        // Site-absolute never climbs out, and a path leaving the project is still refused unread.
        assertEquals(PictureAddress.Kind.OUTSIDE, PictureAddress.of("/../../etc/passwd", article, project).kind());
        assertEquals(PictureAddress.Kind.OUTSIDE, PictureAddress.of("../../../x.jpg", article, project).kind());
    }
}
