package org.articleparser.formats.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads one schema-v1 article object with the streaming parser. */
final class JsonReading {

    private JsonReading() {
    }

    /** Reads the members of an object whose START_OBJECT was just read. */
    static Article readArticle(JsonParser p) throws IOException {
        Article.Builder a = Article.builder();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "kicker" -> a.kicker(string(p, t, name));
                case "headline" -> a.headline(string(p, t, name));
                case "byline" -> a.byline(string(p, t, name));
                case "dateline" -> a.dateline(t == JsonToken.VALUE_NULL ? null : dateline(p, t));
                case "media" -> {
                    JsonFormat.expect(p, t, JsonToken.START_ARRAY);
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        a.addMedia(media(p, t));
                    }
                }
                case "paragraphs" -> strings(p, t, name).forEach(a::addParagraph);
                case "related" -> strings(p, t, name).forEach(a::addRelated);
                case "boilerplate" -> strings(p, t, name).forEach(a::addBoilerplate);
                default -> p.skipChildren();
            }
        }
        JsonFormat.expect(p, p.currentToken(), JsonToken.END_OBJECT);
        return a.build();
    }

    private static Dateline dateline(JsonParser p, JsonToken t) throws IOException {
        JsonFormat.expect(p, t, JsonToken.START_OBJECT);
        String text = null;
        String location = null;
        String date = null;
        String agency = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "text" -> text = string(p, v, name);
                case "location" -> location = string(p, v, name);
                case "date" -> date = string(p, v, name);
                case "agency" -> agency = string(p, v, name);
                default -> p.skipChildren();
            }
        }
        if (text == null) {
            throw new IOException("dateline without text at " + p.currentLocation());
        }
        return new Dateline(text, location, date, agency);
    }

    private static Media media(JsonParser p, JsonToken t) throws IOException {
        JsonFormat.expect(p, t, JsonToken.START_OBJECT);
        MediaKind kind = null;
        String caption = null;
        String credit = null;
        String duration = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "kind" -> {
                    String k = string(p, v, name);
                    if ("image".equals(k)) {
                        kind = MediaKind.IMAGE;
                    } else if ("video".equals(k)) {
                        kind = MediaKind.VIDEO;
                    } else {
                        throw new IOException("media kind must be \"image\" or \"video\": " + k);
                    }
                }
                case "caption" -> caption = string(p, v, name);
                case "credit" -> credit = string(p, v, name);
                case "duration" -> duration = string(p, v, name);
                default -> p.skipChildren();
            }
        }
        if (kind == null) {
            throw new IOException("media without kind at " + p.currentLocation());
        }
        return new Media(kind, caption, credit, duration);
    }

    private static String string(JsonParser p, JsonToken t, String name) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new IOException("\"" + name + "\" must be a string or null, found " + t + " at "
                    + p.currentLocation());
        }
        return p.getString();
    }

    private static List<String> strings(JsonParser p, JsonToken t, String name) throws IOException {
        JsonFormat.expect(p, t, JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
            if (v != JsonToken.VALUE_STRING) {
                throw new IOException("\"" + name + "\" must hold strings, found " + v + " at "
                        + p.currentLocation());
            }
            out.add(p.getString());
        }
        return out;
    }
}
