package org.articleparser.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.ArticleParser;
import org.articleparser.core.Articles;
import org.articleparser.core.Conservation;

/**
 * Fuzz target for the parser. Every input is tried three ways: as bytes through
 * {@code parse(InputStream)} (lenient and strict UTF-8), which must return an article or throw
 * {@link ArticleInputException}; as UTF-8 text; and as raw UTF-16 code units (lone surrogates,
 * NUL, every control character) through {@code parse(CharSequence)}, which must return an
 * article that conserves every line.
 *
 * <p>Without {@code JAZZER_FUZZ} (every {@code mvn verify}) this runs the committed corpus in
 * {@code src/test/resources/org/articleparser/core/fuzz/ParserFuzzTestInputs/parse/}; with the
 * {@code fuzz} profile it fuzzes, and new crashes land in that folder as regressions.
 */
class ParserFuzzTest {

    private static final ArticleParser STRICT = ArticleParser.builder().strictUtf8(true).build();

    @FuzzTest
    void parse(byte[] data) {
        for (ArticleParser parser : List.of(Articles.defaultParser(), STRICT)) {
            try {
                assertNotNull(parser.parse(new ByteArrayInputStream(data), "fuzz"));
            } catch (ArticleInputException e) {
                assertNotNull(e.reason());
            }
        }
        checkText(new String(data, StandardCharsets.UTF_8));
        checkText(utf16(data));
    }

    private static void checkText(String text) {
        Article article = Articles.parse(text);
        assertEquals(List.of(), Conservation.problems(text, article));
    }

    /** The bytes read as big-endian UTF-16 code units, unchecked, so lone surrogates survive. */
    private static String utf16(byte[] data) {
        char[] chars = new char[data.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((data[2 * i] & 0xFF) << 8 | data[2 * i + 1] & 0xFF);
        }
        return new String(chars);
    }
}
