package org.articleparser.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.articleparser.core.Article;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.jsonl.JsonLinesFormat;

/**
 * Fuzz target for the JSON and JSON Lines readers: any text either reads as an article (which
 * then survives a write/read round trip) or fails with {@link IOException}; nothing else
 * escapes. Without {@code JAZZER_FUZZ} this runs the committed corpus in
 * {@code src/test/resources/org/articleparser/formats/json/JsonReaderFuzzTestInputs/read/}.
 */
class JsonReaderFuzzTest {

    private static final JsonFormat JSON = JsonFormat.standard();
    private static final JsonLinesFormat JSONL = new JsonLinesFormat();

    @FuzzTest
    void read(byte[] data) throws IOException {
        String text = new String(data, StandardCharsets.UTF_8);
        roundTrip(JSON, text);
        roundTrip(JSONL, text);
    }

    private static void roundTrip(ArticleFormat format, String text) throws IOException {
        Optional<Article> read;
        try {
            read = format.read(new StringReader(text));
        } catch (IOException e) {
            return;
        }
        if (read.isPresent()) {
            String written = format.write(read.get());
            assertEquals(read, format.read(new StringReader(written)), written);
        }
    }
}
