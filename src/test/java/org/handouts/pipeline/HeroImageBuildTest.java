package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handouts.testing.FixtureProject;
import org.handouts.testing.TestServer;
import org.handouts.testing.PdfFacts;
import org.handouts.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hero pictures through a whole build, served by a real HTTP server on 127.0.0.1. */
class HeroImageBuildTest {

    @TempDir
    Path temp;

    TestServer server;
    FixtureProject project;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer();
        project = FixtureProject.create(temp).serving();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void articleWithHero(String slug, String url) {
        project.simpleArticle(slug, "Hero " + slug, "heroImage: \"" + url + "\"\nheroAlt: \"A test picture\"\n", "Some text.");
    }

    private PdfFacts pdf(String slug) throws Exception {
        return PdfFacts.of(project.out().resolve("pdf/handout/" + slug + ".pdf"));
    }

    @Test
    void downloadedHeroIsInThePdfAndTheSecondBuildDownloadsNothing() throws Exception {
        server.serve("/photo.jpg", "image/jpeg", TestImages.jpeg(800, 500));
        articleWithHero("photo", server.url("/photo.jpg"));

        FixtureProject.Run first = project.build();
        assertEquals(0, first.result().exitCode(), first.stderr());
        assertTrue(pdf("photo").images() >= 1, "hero embedded");

        FixtureProject.Run second = project.build();
        assertEquals(0, second.result().exitCode(), second.stderr());
        assertTrue(pdf("photo").images() >= 1);
        // The server gives no validator (ETag, Last-Modified), so the cached copy is used without asking again.
        assertEquals(1, server.count("/photo.jpg"), "the picture was fetched once: " + server.requests);
    }

    @Test
    void missingPictureIsAWarningAndThePdfIsStillWritten() throws Exception {
        articleWithHero("gone", server.url("/gone.jpg"));
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertTrue(run.stderr().contains("articles/gone.md:5:12: warning: picture " + server.url("/gone.jpg")
                + " could not be downloaded: the server answered HTTP 404"), run.stderr());
        assertEquals(0, pdf("gone").images());
        assertTrue(pdf("gone").text().contains("Hero gone"));
    }

    @Test
    void aMissingPictureIsStillReportedWhenTheArticleIsUpToDate() throws Exception {
        articleWithHero("gone", server.url("/gone.jpg"));
        project.build();
        FixtureProject.Run second = project.build();
        assertEquals(List.of(), second.result().written(), "nothing rendered again");
        assertTrue(second.stderr().contains("articles/gone.md:5:12: warning: picture " + server.url("/gone.jpg")), second.stderr());

        // Once the picture is there and the article is prepared again, the old warning is gone for good.
        server.serve("/gone.jpg", "image/jpeg", TestImages.jpeg(300, 200));
        project.simpleArticle("gone", "Hero gone", "heroImage: \"" + server.url("/gone.jpg") + "\"\nheroAlt: \"A test picture\"\n", "Some text, edited.");
        assertTrue(!project.build().stderr().contains("gone.jpg"));
        assertTrue(!project.build().stderr().contains("gone.jpg"));
    }

    @Test
    void anHtmlPageServedAsJpegIsRecognisedAndSkipped() throws Exception {
        server.serve("/fake.jpg", "image/jpeg", "<!DOCTYPE html><html><body>Error</body></html>".getBytes(StandardCharsets.UTF_8));
        articleWithHero("fake", server.url("/fake.jpg"));
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertTrue(run.stderr().contains("is a web page (HTML), not an image"), run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/fake.pdf")));
    }

    @Test
    void offlineUsesTheCacheAndWarnsWhenThePictureWasNeverFetched() throws Exception {
        server.serve("/a.png", "image/png", TestImages.png(300, 200));
        articleWithHero("cached", server.url("/a.png"));
        assertEquals(0, project.build().result().exitCode());
        int before = server.requests.size();

        articleWithHero("uncached", server.url("/never.png"));
        FixtureProject.Run offline = project.build(project.options().withOffline(true));
        assertEquals(before, server.requests.size(), "offline makes no request");
        assertTrue(pdf("cached").images() >= 1);
        assertTrue(offline.stderr().contains("is not in the picture cache, and --offline allows no downloads"), offline.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/uncached.pdf")));
    }

    @Test
    void percentEscapesInTheUrlReachTheServerExactlyAsWritten() throws Exception {
        String path = "/dims/resize/2000x1333!/quality/90/";
        String query = "url=http%3A%2F%2Fexample.s3.amazonaws.com%2F39%2Fphoto.jpg";
        server.route(path, (exchange, nth) -> TestServer.send(exchange, 200, "image/jpeg", TestImages.jpeg(200, 100)));
        articleWithHero("escaped", server.url(path + "?" + query));
        assertEquals(0, project.build().result().exitCode());
        assertEquals(path + "?" + query, server.requests.get(0).rawPathAndQuery());
    }

    @Test
    void pathOutsideTheProjectIsAWarningAndTheHandoutIsMadeWithoutIt() throws Exception {
        project.simpleArticle("escape", "Escape", "heroImage: \"../../etc/passwd\"\nheroAlt: x\n", "Text");
        project.simpleArticle("fine", "Fine", "", "Text");
        FixtureProject.Run run = project.build();
        assertEquals(0, run.result().exitCode(), run.stderr());
        assertTrue(run.stderr().contains("articles/escape.md:5:12: warning: picture path '../../etc/passwd' points outside the project folder"),
                run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/escape.pdf")));
        assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/fine.pdf")));
    }
}
