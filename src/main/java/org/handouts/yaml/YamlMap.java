package org.handouts.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handouts.diagnostics.Diagnostic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read as nodes, not Java objects, so that every value keeps its line and column
 * (for {@code path:line:col} messages) and no value is silently turned into a Date or a number.
 */
public final class YamlMap {

    /** A located scalar or list value. */
    public record Entry(String key, Node keyNode, Node value, Path file, int lineOffset) {
        public int line() {
            return value.getStartMark().getLine() + 1 + lineOffset;
        }

        public int column() {
            return value.getStartMark().getColumn() + 1;
        }

        public int keyLine() {
            return keyNode.getStartMark().getLine() + 1 + lineOffset;
        }

        public int keyColumn() {
            return keyNode.getStartMark().getColumn() + 1;
        }

        public boolean isScalar() {
            return value instanceof ScalarNode;
        }

        public boolean isList() {
            return value instanceof SequenceNode;
        }

        public boolean isMap() {
            return value instanceof MappingNode;
        }

        /**
         * The scalar's text exactly as written (no type conversion); empty for a YAML null ({@code null},
         * {@code ~} or nothing, unquoted), which means "no value", never the word "null".
         */
        public String text() {
            ScalarNode scalar = (ScalarNode) value;
            String v = scalar.getValue();
            return v == null || isNull(scalar) ? "" : v;
        }

        public Diagnostic error(String message) {
            return Diagnostic.error(file, line(), column(), message);
        }

        public Diagnostic warning(String message) {
            return Diagnostic.warning(file, line(), column(), message);
        }

        public YamlMap asMap() {
            return new YamlMap((MappingNode) value, file, lineOffset);
        }

        /** Items of a list value with their positions. */
        public List<Entry> items() {
            List<Entry> items = new ArrayList<>();
            for (Node item : ((SequenceNode) value).getValue()) {
                items.add(new Entry(key, item, item, file, lineOffset));
            }
            return items;
        }
    }

    private static boolean isNull(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag()) && scalar.isPlain();
    }

    private final MappingNode node;
    private final Path file;
    private final int lineOffset;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private YamlMap(MappingNode node, Path file, int lineOffset) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                // A list or a map as a key ("? [a, b]: x", "{a: 1}: x") is never a field name; say so where it is,
                // instead of printing the parser's dump of the node.
                Mark mark = keyNode.getStartMark();
                problems.add(Diagnostic.error(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1,
                        "a key must be a plain word such as 'title', not " + (keyNode instanceof SequenceNode ? "a list" : "a group of keys")));
                continue;
            }
            String key = scalar.getValue();
            Entry entry = new Entry(key, keyNode, tuple.getValueNode(), file, lineOffset);
            Entry earlier = entries.putIfAbsent(key, entry);
            if (earlier != null) {
                problems.add(Diagnostic.error(file, entry.keyLine(), entry.keyColumn(),
                        "key '" + key + "' is given twice (first on line " + earlier.keyLine() + ")"));
            }
        }
    }

    private static final LoaderOptions LOADER_OPTIONS = new LoaderOptions();
    private static final Resolver RESOLVER = new Resolver();

    /**
     * Parses {@code text} as a YAML mapping. {@code lineOffset} is added to every line number, for YAML
     * that sits inside a larger file (front matter starts on line 2).
     */
    public static Parsed parse(String text, Path file, int lineOffset) {
        try {
            // What Yaml.compose does, without making a Yaml and a SafeConstructor per article (building their
            // tables was a sixth of reading a library). Only nodes are made, never objects; the resolver and
            // the options are read-only, so every thread shares them.
            Node root = new Composer(new ParserImpl(new StreamReader(new java.io.StringReader(text)), LOADER_OPTIONS),
                    RESOLVER, LOADER_OPTIONS).getSingleNode();
            if (root == null) {
                return new Parsed(Optional.empty(), List.of());
            }
            if (!(root instanceof MappingNode mapping)) {
                Mark mark = root.getStartMark();
                return new Parsed(Optional.empty(), List.of(Diagnostic.error(file, mark.getLine() + 1 + lineOffset,
                        mark.getColumn() + 1, "expected 'key: value' lines, found " + describe(root))));
            }
            YamlMap map = new YamlMap(mapping, file, lineOffset);
            return new Parsed(Optional.of(map), map.problems);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1 + lineOffset;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            return new Parsed(Optional.empty(), List.of(Diagnostic.error(file, line, column,
                    "invalid YAML: " + problem + context)));
        } catch (RuntimeException e) {
            return new Parsed(Optional.empty(), List.of(Diagnostic.error(file, 1 + lineOffset, 1,
                    "invalid YAML: " + e.getMessage())));
        }
    }

    public record Parsed(Optional<YamlMap> map, List<Diagnostic> diagnostics) { }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * The text of {@code key}, stripped; empty when the key is missing or blank. A list or a group of keys
     * where text belongs is an error added to {@code problems} (and empty is returned).
     */
    public Optional<String> text(String key, List<Diagnostic> problems) {
        Optional<Entry> entry = get(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (!entry.get().isScalar()) {
            problems.add(entry.get().error("'" + key + "' must be a single line of text, not "
                    + (entry.get().isList() ? "a list" : "a group of keys")));
            return Optional.empty();
        }
        String text = entry.get().text().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public Iterable<Entry> entries() {
        return entries.values();
    }

    public int line() {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    public int column() {
        return node.getStartMark().getColumn() + 1;
    }

    public Path file() {
        return file;
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return "plain text '" + abbreviate(scalar.getValue()) + "'";
        }
        return node instanceof SequenceNode ? "a list" : "something else";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
