import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a synthetic library of N articles in the shape of the shipped ones, for the benchmark:
 *
 *   java bench/Generate.java N TARGET_FOLDER [SHIPPED_ARTICLES_FOLDER]
 *
 * Article i is shipped article (i mod 10) with its own slug, id and title, two extra tags drawn from a
 * fixed pool (so "related handouts" and topics vary as in a real library) and a local 2000x1333 JPEG hero.
 * Everything comes from a seeded Random: the same N gives byte-identical files on every machine.
 * TARGET_FOLDER gets articles/, layouts/, fonts/ (the built-in ones), brand/ and handouts.yml copied from this repository.
 */
public final class Generate {
    private static final String[] EXTRA_TAGS = {"sleep", "exercise", "nutrition", "family", "work", "money",
            "pain", "skin care", "memory", "travel", "sexual health", "mouth care"};

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]).toAbsolutePath();
        Path repo = Path.of(args.length > 2 ? args[2] : ".").toAbsolutePath();
        List<Path> shipped;
        try (Stream<Path> s = Files.list(repo.resolve("articles"))) {
            shipped = s.filter(p -> p.toString().endsWith(".md")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        // The layouts and fonts are built into the tool; copied so the library is complete as the peer reads it.
        Path builtIn = repo.resolve("src/main/resources/org/handouts/builtin");
        copyTree(builtIn.resolve("layouts"), target.resolve("layouts"));
        copyTree(builtIn.resolve("fonts"), target.resolve("fonts"));
        copyTree(repo.resolve("brand"), target.resolve("brand"));
        Files.copy(repo.resolve("handouts.yml"), target.resolve("handouts.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path articles = target.resolve("articles");
        Files.createDirectories(articles.resolve("images"));
        Random random = new Random(20261127L);
        for (int i = 0; i < n; i++) {
            Path template = shipped.get(i % shipped.size());
            String text = Files.readString(template, StandardCharsets.UTF_8);
            String stem = template.getFileName().toString().replace(".md", "");
            String slug = String.format("%s-%04d", stem, i);
            String tagA = EXTRA_TAGS[random.nextInt(EXTRA_TAGS.length)];
            String tagB = EXTRA_TAGS[random.nextInt(EXTRA_TAGS.length)];
            Files.writeString(articles.resolve(slug + ".md"), rewrite(text, slug, i, tagA, tagB), StandardCharsets.UTF_8);
            Path hero = articles.resolve("images").resolve(slug + ".jpg");
            if (!Files.exists(hero)) {
                writeHero(hero, random.nextLong());
            }
        }
        System.out.println("wrote " + n + " articles to " + articles);
    }

    /** New id, title and slug; the template's hero replaced by a local JPEG; two pooled tags added. */
    static String rewrite(String text, String slug, int i, String tagA, String tagB) {
        int end = text.indexOf("\n---", 4);
        String front = text.substring(0, end);
        String body = text.substring(end);
        List<String> kept = new ArrayList<>();
        boolean inTagList = false;
        List<String> tags = new ArrayList<>();
        String title = slug;
        for (String line : front.split("\n", -1)) {
            if (inTagList && line.startsWith("  - ")) {
                tags.add(line.substring(4).trim());
                continue;
            }
            inTagList = false;
            if (line.startsWith("tags:")) {
                String inline = line.substring(5).trim().replace("\"", "");
                if (inline.isEmpty()) {
                    inTagList = true;
                } else {
                    for (String t : inline.split(",")) {
                        tags.add(t.trim());
                    }
                }
                continue;
            }
            if (line.startsWith("heroImage:") || line.startsWith("heroAlt:") || line.startsWith("heroCredit:")) {
                continue;
            }
            if (line.startsWith("title:")) {
                title = line.substring(6).trim().replace("\"", "");
                continue;
            }
            if (line.startsWith("id:")) {
                continue;
            }
            kept.add(line);
        }
        tags.add(tagA);
        tags.add(tagB);
        StringBuilder out = new StringBuilder();
        out.append(kept.get(0)).append('\n');
        out.append("title: \"").append(title).append(" (").append(i + 1).append(")\"\n");
        out.append("id: \"").append(slug).append("\"\n");
        for (String line : kept.subList(1, kept.size())) {
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        out.append("tags:\n");
        tags.stream().distinct().forEach(t -> out.append("  - ").append(t).append('\n'));
        out.append("heroImage: \"images/").append(slug).append(".jpg\"\n");
        out.append("heroAlt: \"An abstract picture of soft overlapping circles on a warm gradient.\"\n");
        return out.toString().stripTrailing() + body;
    }

    static void writeHero(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(2000, 1333, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), 2000, 1333, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, 2000, 1333);
        for (int k = 0; k < 40; k++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int r = 50 + random.nextInt(400);
            g.fillOval(random.nextInt(2000) - r / 2, random.nextInt(1333) - r / 2, r, r);
        }
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(part.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
