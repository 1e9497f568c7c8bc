package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A guard ("~ {chars} regex" in phrases.txt) only skips lines the pattern cannot match: lines
 * without any of its chars, however the rest of the line looks.
 */
class PhraseCatalogGuardTest {

    private record Guarded(String needs, Pattern pattern) {
    }

    private static List<Guarded> guardedEntries() throws Exception {
        List<Guarded> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PhraseCatalog.class.getResourceAsStream("phrases.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("~ ") && PhraseCatalog.guard(line.substring(2).strip()) != null) {
                    String body = line.substring(2).strip();
                    out.add(new Guarded(PhraseCatalog.guard(body), Pattern.compile(PhraseCatalog.guarded(body),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                }
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> linesOfSeparatorsAndCounts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ019 .,:;/\\>»›-–—_*#()[]{}\"'’").ofMaxLength(12),
                Arbitraries.of(" 12 photos", " 3 images", " | ", " · ", " • ", "|", "·", "•", " 40 slides", "photos"));
        return piece.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void aGuardedPatternNeverMatchesALineWithoutItsChars(@ForAll("linesOfSeparatorsAndCounts") String line)
            throws Exception {
        for (Guarded g : guardedEntries()) {
            String without = line;
            for (char c : g.needs().toCharArray()) {
                without = without.replace(String.valueOf(c), "/");
            }
            assertFalse(g.pattern().matcher(without).matches(), without);
        }
    }

    @Test
    void galleryCountersStillMatchThroughTheirGuard() {
        PhraseCatalog catalog = PhraseCatalog.standard();
        assertEquals("boilerplate.engagement", catalog.match("Photos of the week | 12 Photos"));
        assertEquals("boilerplate.engagement", catalog.match("Storm damage · 8 images"));
        assertNull(catalog.match("Photos of the week / 12 Photos"));
    }

    @Test
    void guardSyntax() {
        assertEquals("|·•", PhraseCatalog.guard("{|·•} .{1,150}x"));
        assertEquals(".{1,150}x", PhraseCatalog.guarded("{|·•} .{1,150}x"));
        assertNull(PhraseCatalog.guard("(a|b) c"));
        assertEquals("(a|b) c", PhraseCatalog.guarded("(a|b) c"));
    }
}
