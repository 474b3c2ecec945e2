package org.handouts.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as JSON. Small on purpose: our reports are plain
 * data, and a JSON library would be the largest dependency for the least work.
 */
public final class Json {
    private Json() { }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Double d) {
            out.append(d.isNaN() || d.isInfinite() ? "null" : Double.toString(Math.round(d * 100) / 100.0));
        } else if (value instanceof Float f) {
            write(f.doubleValue(), out, indent);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof java.nio.file.Path path) {
            // A Path is an Iterable of Paths, each of them iterable again: written as a list it never ends.
            string(path.toString(), out);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, indent);
        } else if (value instanceof Iterable<?> list) {
            array(list.iterator(), out, indent);
        } else {
            string(value.toString(), out);
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            pad(out, indent + 1);
            string(String.valueOf(entry.getKey()), out);
            out.append(": ");
            write(entry.getValue(), out, indent + 1);
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append('}');
    }

    private static void array(Iterator<?> items, StringBuilder out, int indent) {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        while (items.hasNext()) {
            pad(out, indent + 1);
            write(items.next(), out, indent + 1);
            out.append(items.hasNext() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append(']');
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

}
