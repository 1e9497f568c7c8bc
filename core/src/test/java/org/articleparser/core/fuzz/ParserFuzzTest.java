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
 * Fuzz target for the parser. An input is tried four ways: as bytes through
 * {@code parse(InputStream)}, lenient and strict about UTF-8, which must return an article or
 * throw {@link ArticleInputException}; and as UTF-8 text and as raw UTF-16 code units (lone
 * surrogates, NUL, every control character) through {@code parse(CharSequence)}, which must
 * return an article that conserves every line.
 *
 * <p>Without {@code JAZZER_FUZZ} (every {@code mvn verify}) this runs the committed corpus in
 * {@code src/test/resources/org/articleparser/core/fuzz/ParserFuzzTestInputs/parse/}, each
 * input all four ways. With the {@code fuzz} profile it fuzzes, trying each input one way
 * chosen by its length so that executions stay cheap; crashes land in that folder.
 */
class ParserFuzzTest {

    private static final ArticleParser STRICT = ArticleParser.builder().strictUtf8(true).build();
    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null
            && !System.getenv("JAZZER_FUZZ").isEmpty();

    @FuzzTest
    void parse(byte[] data) {
        int way = data.length % 4;
        if (!FUZZING || way == 0) {
            checkBytes(Articles.defaultParser(), data);
        }
        if (!FUZZING || way == 1) {
            checkBytes(STRICT, data);
        }
        if (!FUZZING || way == 2) {
            checkText(new String(data, StandardCharsets.UTF_8));
        }
        if (!FUZZING || way == 3) {
            checkText(utf16(data));
        }
    }

    private static void checkBytes(ArticleParser parser, byte[] data) {
        try {
            assertNotNull(parser.parse(new ByteArrayInputStream(data), "fuzz"));
        } catch (ArticleInputException e) {
            assertNotNull(e.reason());
        }
    }

    private static void checkText(String text) {
        Article article = Articles.parse(text);
        List<String> problems = Conservation.problems(text, article);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
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
