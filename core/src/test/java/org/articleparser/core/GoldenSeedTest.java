package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Every seed parses to its hand-made gold annotation, field by field. */
class GoldenSeedTest {

    static Stream<Named<Path>> seeds() {
        return Seeds.texts().stream().map(p -> Named.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedMatchesItsGold(Path seed) throws Exception {
        Map<String, Object> gold = readGold(Path.of(seed.toString().replace(".txt", ".json")));
        Article a = Articles.parse(seed);
        String name = seed.getFileName().toString();
        assertEquals(gold.get("kicker"), a.kicker(), name + ": kicker");
        assertEquals(gold.get("headline"), a.headline(), name + ": headline");
        assertEquals(gold.get("byline"), a.byline(), name + ": byline");
        assertEquals(gold.get("dateline"), dateline(a.dateline()), name + ": dateline");
        assertEquals(gold.get("media"), media(a.media()), name + ": media");
        assertEquals(gold.get("paragraphs"), a.paragraphs(), name + ": paragraphs");
        assertEquals(gold.get("related"), a.related(), name + ": related");
        assertEquals(gold.get("boilerplate"), a.boilerplate(), name + ": boilerplate");
    }

    private static Map<String, Object> dateline(Dateline d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("text", d.text());
        m.put("location", d.location());
        m.put("date", d.date());
        m.put("agency", d.agency());
        return m;
    }

    private static List<Object> media(List<Media> media) {
        List<Object> out = new ArrayList<>();
        for (Media x : media) {
            Map<String, Object> m = new HashMap<>();
            m.put("kind", x.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("caption", x.caption());
            m.put("credit", x.credit());
            m.put("duration", x.duration());
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readGold(Path json) throws IOException {
        try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(),
                Files.readString(json))) {
            return (Map<String, Object>) value(p, p.nextToken());
        }
    }

    private static Object value(JsonParser p, JsonToken t) {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new HashMap<>();
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    l.add(value(p, v));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getString();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected " + t);
        }
    }
}
