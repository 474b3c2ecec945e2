package org.handouts.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A layout template can read its model and nothing else: no programs, no Java API, no constructors. */
class TemplateSandboxTest {

    @TempDir
    Path layouts;

    private TemplateRenderer.TemplateFailure failureOf(String template) throws IOException {
        Path folder = Files.createDirectories(layouts.resolve("evil"));
        Files.writeString(folder.resolve("article.ftlx"), template);
        TemplateRenderer renderer = new TemplateRenderer(layouts);
        return assertThrows(TemplateRenderer.TemplateFailure.class,
                () -> renderer.render(new Layout("evil", folder), "article.ftlx", Map.of("article", Map.of("title", "T"))));
    }

    @Test
    void executeCannotBeConstructed() throws IOException {
        var failure = failureOf("<p>${article.title}</p>\n  <#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        assertEquals(2, failure.line());
        assertEquals(3, failure.column());
        assertTrue(failure.getMessage().contains("freemarker.template.utility.Execute"), failure.getMessage());
        assertFalse(failure.getMessage().contains("uid="), failure.getMessage());
        assertTrue(failure.file().endsWith(Path.of("evil", "article.ftlx")));
    }

    @Test
    void objectConstructorCannotBeConstructed() throws IOException {
        var failure = failureOf("<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.io.File\", \"/\")}");
        assertEquals(1, failure.line());
        assertTrue(failure.getMessage().contains("ObjectConstructor"), failure.getMessage());
    }

    @Test
    void apiBuiltinIsOff() throws IOException {
        var failure = failureOf("<p>\n${article?api.getClass().getName()}</p>");
        assertEquals(2, failure.line());
        assertTrue(failure.getMessage().contains("api_builtin_enabled"), failure.getMessage());
    }

    @Test
    void javaObjectsShowNoMethods() throws IOException {
        Path folder = Files.createDirectories(layouts.resolve("plain"));
        Files.writeString(folder.resolve("article.ftlx"), "${file.toAbsolutePath()}");
        TemplateRenderer renderer = new TemplateRenderer(layouts);
        var failure = assertThrows(TemplateRenderer.TemplateFailure.class,
                () -> renderer.render(new Layout("plain", folder), "article.ftlx", Map.of("file", new java.io.File("/"))));
        assertEquals(1, failure.line());
    }

    @Test
    void theModelItselfStillReads() throws Exception {
        Path folder = Files.createDirectories(layouts.resolve("good"));
        Files.writeString(folder.resolve("article.ftlx"), "<p>${article.title} <#list article.tags as t>${t.label}</#list> ${article.tags?size}</p>");
        String html = new TemplateRenderer(layouts).render(new Layout("good", folder), "article.ftlx",
                Map.of("article", Map.of("title", "Knee", "tags", List.of(Map.of("label", "Joints")))));
        assertEquals("<p>Knee Joints 1</p>", html);
    }

    @Test
    void aSyntaxErrorIsLocatedWithItsWholeReason() throws IOException {
        var failure = failureOf("<p>ok</p>\n<#if article.title>\n");
        assertTrue(failure.line() >= 2, "line " + failure.line());
        assertTrue(failure.column() > 0);
        assertTrue(failure.getMessage().contains("#if"), failure.getMessage());
    }
}
