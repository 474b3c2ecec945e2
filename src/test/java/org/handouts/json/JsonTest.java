package org.handouts.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link Json} writes is read back as the same data by a real JSON parser. */
class JsonTest {

    private static JsonNode readBack(Object value) throws Exception {
        return new ObjectMapper().readTree(Json.write(value));
    }

    @Test
    void nestedDataIsReadBackAsWritten() throws Exception {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("words", 527);
        inner.put("grade", 2.994);
        inner.put("ready", true);
        inner.put("none", null);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("articles", List.of(inner, Map.of()));
        outer.put("empty", List.of());
        JsonNode back = readBack(outer);
        JsonNode first = back.get("articles").get(0);
        assertEquals(527, first.get("words").asInt());
        assertEquals(2.99, first.get("grade").asDouble(), "two decimals, as the reports show them");
        assertTrue(first.get("ready").asBoolean());
        assertTrue(first.get("none").isNull());
        assertTrue(back.get("articles").get(1).isObject() && back.get("articles").get(1).isEmpty());
        assertTrue(back.get("empty").isArray() && back.get("empty").isEmpty());
        assertEquals(List.of("articles", "empty"), fieldNames(back), "keys keep their order");
    }

    @Test
    void everyCharacterOfAStringSurvives() throws Exception {
        String hard = "quote \" backslash \\ new\nline\r tab\t bell\u0007 separators \u2028\u2029 accents \u00E9 \u201Ccurly\u201D emoji \uD83D\uDE00";
        assertEquals(hard, readBack(Map.of("text", hard)).get("text").asText());
        assertEquals(hard, readBack(List.of(hard)).get(0).asText());
    }

    @Test
    void numbersThatJsonCannotHoldBecomeNull() throws Exception {
        JsonNode back = readBack(List.of(Double.NaN, Double.POSITIVE_INFINITY, 1.5f, 7L));
        assertTrue(back.get(0).isNull() && back.get(1).isNull());
        assertEquals(1.5, back.get(2).asDouble());
        assertEquals(7, back.get(3).asLong());
    }

    @Test
    void otherObjectsAreWrittenAsTheirText() throws Exception {
        assertEquals("articles/a.md", readBack(Map.of("file", java.nio.file.Path.of("articles/a.md"))).get("file").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
