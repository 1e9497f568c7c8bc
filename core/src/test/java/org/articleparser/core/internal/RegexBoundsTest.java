package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regex review of issue 6, kept honest: every pattern the parser uses (the static patterns
 * of the internal classes and the {@code ~} entries of {@code phrases.txt}) repeats groups only
 * a bounded number of times, since java.util.regex recurses once per group repetition (a long
 * input overflows the stack) and nested unbounded repetition backtracks catastrophically. Each
 * pattern is also run against long adversarial strings for correctness (no error), not speed.
 */
class RegexBoundsTest {

    /** A group closed and then repeated without an upper bound: ")*", ")+", "){2,}". */
    private static final Pattern UNBOUNDED_GROUP = Pattern.compile("(?<!\\\\)\\)(?:[*+]|\\{\\d+,\\})");

    private static final List<Class<?>> OWNERS = List.of(Classifier.class, Classifier.Shape.class, Credits.class,
            DatelineParser.class, Bylines.class);

    static Stream<Named<Pattern>> patterns() throws Exception {
        List<Named<Pattern>> all = new ArrayList<>();
        for (Class<?> owner : OWNERS) {
            for (Field f : owner.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                    f.setAccessible(true);
                    all.add(Named.of(owner.getSimpleName() + "." + f.getName(), (Pattern) f.get(null)));
                }
            }
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PhraseCatalog.class.getResourceAsStream("phrases.txt"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("~ ")) {
                    all.add(Named.of("phrases.txt line " + n, Pattern.compile(PhraseCatalog.guarded(line.substring(2).strip()))));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void groupRepetitionIsBounded(Pattern p) {
        assertFalse(UNBOUNDED_GROUP.matcher(p.pattern()).find(), p.pattern());
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void longAdversarialInputNeitherOverflowsNorFails(Pattern p) {
        for (String unit : new String[] {"a", "A", "1.", "Aa ", "By ", "(", "[", "-", " ", "photo ", "1,2.",
            "Sept. 3, ", "Jane Doe/", "ab", "\u00A0"}) {
            String s = unit.repeat(50_000 / unit.length());
            p.matcher(s).matches();
            p.matcher(s + "!").lookingAt();
        }
    }

    @Test
    void everyClassWithPatternsIsReviewed() throws Exception {
        assertEquals(List.of("Classifier", "Shape", "Credits", "DatelineParser", "Bylines"),
                patterns().map(n -> n.getName().split("\\.")[0]).distinct()
                        .filter(n -> !n.startsWith("phrases")).toList());
    }

    @Test
    void unboundedGroupDetectorWorks() {
        assertFalse(UNBOUNDED_GROUP.matcher("(?:ab){0,8}c+").find());
        assertEquals(true, UNBOUNDED_GROUP.matcher("(?:[.,]\\d{1,9})*").find());
        assertEquals(true, UNBOUNDED_GROUP.matcher("(a|b)+").find());
        assertEquals(true, UNBOUNDED_GROUP.matcher("(a){2,}").find());
        assertFalse(UNBOUNDED_GROUP.matcher("\\)*").find());
    }
}
