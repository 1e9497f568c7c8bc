package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every non-blank input line lands in exactly one place, for the seeds and for arbitrary text. */
class ConservationPropertiesTest {

    @Provide
    Arbitrary<Path> seeds() {
        return Arbitraries.of(Seeds.texts());
    }

    @Property(tries = 50)
    void everySeedLineIsPlacedOnce(@ForAll("seeds") Path seed) {
        String text = Seeds.read(seed);
        assertEquals(List.of(), Conservation.problems(text, Articles.parse(text)));
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        return Arbitraries.of(Seeds.texts()).map(Seeds::read).flatMap(text -> {
            List<String> lines = List.of(text.split("\n", -1));
            return Arbitraries.integers().between(0, lines.size() - 1).list().ofMaxSize(8)
                    .map(drops -> {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i < lines.size(); i++) {
                            if (!drops.contains(i)) {
                                sb.append(lines.get(i)).append('\n');
                            }
                        }
                        return sb.toString();
                    });
        });
    }

    @Property(tries = 200)
    void seedsWithLinesRemovedStillConserveLines(@ForAll("mutatedSeeds") String text) {
        assertEquals(List.of(), Conservation.problems(text, Articles.parse(text)));
    }

    @Property(tries = 500)
    void arbitraryTextNeverThrowsAndConservesLines(@ForAll String text) {
        assertEquals(List.of(), Conservation.problems(text, Articles.parse(text)));
    }

    @Provide
    Arbitrary<String> lineSoup() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("Skip to content", "Photo: Reuters", "KCNA via Reuters", "03:46",
                        "SEOUL (Reuters) — Text follows here.", "By Jane Doe", "Source link", "[ad_1]",
                        "Copyright © 2024 Example.", "Related Articles", "",
                        "A sentence that is long enough to count as prose in any body of text here."));
        return line.list().ofMaxSize(40).map(l -> String.join("\n", l));
    }

    @Property(tries = 500)
    void linesThatLookLikeEveryRuleStillConserve(@ForAll("lineSoup") String text) {
        assertEquals(List.of(), Conservation.problems(text, Articles.parse(text)));
    }
}
