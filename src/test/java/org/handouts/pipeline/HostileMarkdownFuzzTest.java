package org.handouts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.handouts.article.ArticleReader;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.article.ParsedArticle;
import org.handouts.render.BodyBuilder;
import org.handouts.render.BodyImageResolver;
import org.handouts.testing.FixtureProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile Markdown (deep nesting of every kind, control characters, huge tokens, random bytes,
 * syntax soup; fixed seed, so a failure repeats) through the reader and the body builder, and a sample of
 * it through a whole build. Nothing may throw or overflow: each file is either read or refused with
 * located diagnostics. The time and memory bounds are far above what the inputs need; they catch a
 * runaway (exponential time, a stack overflow retried forever, unbounded copies), not slowness.
 */
class HostileMarkdownFuzzTest {

    private static final long SEED = 18;
    private static final int CASES = 48;
    /** What the reader and body builder may allocate for all cases together: many times what they need. */
    private static final long ALLOCATION_BOUND = 8L * 1024 * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void readerAndBodyBuilderSurviveEveryGeneratedArticle() {
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            Random random = new Random(SEED);
            ArticleReader reader = new ArticleReader();
            BodyBuilder bodies = new BodyBuilder();
            int read = 0;
            int refused = 0;
            for (int i = 0; i < CASES; i++) {
                Path file = temp.resolve("case-" + i + ".md");
                Files.write(file, generate(random, i));
                ParsedArticle parsed = reader.read(file);
                for (Diagnostic d : parsed.diagnostics()) {
                    assertTrue(d.line() >= 1 && d.column() >= 1, "located: " + d.format());
                    assertFalse(d.message().contains("Exception"), d.format());
                }
                if (parsed.article().isPresent()) {
                    String xhtml = bodies.build(parsed.article().get(), BodyImageResolver.NONE).xhtml();
                    assertFalse(xhtml.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'),
                            "case " + i + ": no character XML cannot carry");
                    read++;
                } else {
                    assertTrue(parsed.diagnostics().stream().anyMatch(org.handouts.diagnostics.Diagnostic::isError), "case " + i + ": refused with an error");
                    refused++;
                }
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            assertTrue(allocated < ALLOCATION_BOUND, "allocated " + allocated / (1024 * 1024) + " MB");
            assertTrue(read > CASES / 4, "most kinds are read: " + read);
            assertTrue(refused > CASES / 10, "the deep ones are refused: " + refused);
        });
    }

    @Test
    void aWholeBuildOfGeneratedArticlesReportsAndContinues() throws Exception {
        FixtureProject project = FixtureProject.create(temp);
        project.simpleArticle("good", "Resting well", "", "Rest when you feel tired.");
        Random random = new Random(SEED + 1);
        // One of each kind; PDFs of them are made, so a handful keeps this test short.
        for (int i = 0; i < KINDS; i++) {
            project.writeBytes("articles/fuzz-" + i + ".md", generate(random, i));
        }
        FixtureProject.Run run = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> project.build());
        assertTrue(run.result().exitCode() <= 1, run.stderr());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
        assertFalse(run.stderr().contains("StackOverflowError"), run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("pdf/handout/good.pdf")), run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.pdf")), run.stderr());
        assertTrue(Files.isRegularFile(project.out().resolve("booklet.epub")), run.stderr());
        for (int i = 0; i < KINDS; i++) {
            String slug = "fuzz-" + i;
            boolean built = Files.isRegularFile(project.out().resolve("pdf/handout/" + slug + ".pdf"));
            boolean reported = run.stderrLines().stream().anyMatch(l -> l.contains(slug + ".md:") && l.contains(": error: "));
            assertTrue(built != reported, slug + " is either built or has its error: " + run.stderr());
        }
        assertEquals(KINDS + 1, run.result().articles());
    }

    private static final int KINDS = 8;

    /** Case {@code n} is of kind {@code n % KINDS}; the rest is random. */
    private static byte[] generate(Random random, int n) {
        String front = "---\ntitle: Case " + n + "\nid: case-" + n + "\n---\n";
        int depth = 10 + random.nextInt(3000);
        String body = switch (n % KINDS) {
            case 0 -> nested(random, depth);
            case 1 -> withControls(random, "Rest well. Drink water. ".repeat(1 + random.nextInt(200)));
            case 2 -> hugeToken(random);
            case 3 -> soup(random, 2_000 + random.nextInt(20_000));
            case 4 -> nested(random, 1 + random.nextInt(40)) + "\n\n" + soup(random, 500);
            case 5 -> "Text " + "[".repeat(depth) + "link" + "](x)".repeat(depth);
            case 6 -> "| a | b |\n|---|---|\n" + ("| " + soup(random, 20).replace("\n", " ") + " | x |\n").repeat(1 + random.nextInt(500));
            default -> null;
        };
        if (body == null) {
            byte[] bytes = new byte[1_000 + random.nextInt(50_000)];
            random.nextBytes(bytes);
            byte[] all = new byte[front.length() + bytes.length];
            System.arraycopy(front.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, all, 0, front.length());
            System.arraycopy(bytes, 0, all, front.length(), bytes.length);
            return all;
        }
        return (front + body + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String nested(Random random, int depth) {
        return switch (random.nextInt(7)) {
            case 0 -> ">".repeat(depth) + " deep";
            case 1 -> "<div>".repeat(depth) + "deep" + "</div>".repeat(depth);
            case 2 -> "<table><tr><td>".repeat(depth / 3 + 1) + "x" + "</td></tr></table>".repeat(depth / 3 + 1);
            case 3 -> "*".repeat(depth) + "deep" + "*".repeat(depth);
            case 4 -> "- ".repeat(depth) + "deep";
            case 5 -> {
                StringBuilder list = new StringBuilder();
                for (int i = 0; i < Math.min(depth, 300); i++) {
                    list.append("  ".repeat(i)).append("1. level\n");
                }
                yield list.toString();
            }
            default -> "<span><em><strong>".repeat(depth / 3 + 1) + "x";
        };
    }

    private static String withControls(Random random, String text) {
        StringBuilder out = new StringBuilder(text);
        int[] controls = {0x01, 0x02, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0xFFFE, 0xFFFF, 0x200B, 0xD800};
        for (int i = 0; i < 1 + random.nextInt(300); i++) {
            out.insert(random.nextInt(out.length() + 1), (char) controls[random.nextInt(controls.length)]);
        }
        return out.toString();
    }

    private static String hugeToken(Random random) {
        String unit = List.of("a", "`", "\\", "&amp;", "https://x.example/", "_", "~", "!").get(random.nextInt(8));
        // Tens of thousands of characters: far past any real word. At 200,000 characters flexmark's inline
        // parser takes many seconds on some of these (see the report of issue 18), which the size limit bounds.
        return "Before " + unit.repeat((10_000 + random.nextInt(30_000)) / unit.length()) + " after.";
    }

    private static String soup(Random random, int length) {
        String alphabet = "*_[]()<>!`#>-+ \n\n|\\&;:/~=\"'abc123\t{}^$%";
        StringBuilder out = new StringBuilder(length);
        List<String> words = new ArrayList<>(List.of("<div>", "</div>", "<table>", "<!--", "-->", "```", "<img src=x>",
                "[^1]", "[x]: /", "<script>", "&#0;", "&#xFFFE;", "&#55296;", "<?xml", "]]>", "<![CDATA["));
        while (out.length() < length) {
            if (random.nextInt(10) == 0) {
                out.append(words.get(random.nextInt(words.size())));
            } else {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return out.toString();
    }
}
