package org.articleparser.core;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generated inputs that exercise every rule family: article-like line soups and seed mutations. */
public final class Generators {

    /** Lines that look like what each rule looks for. */
    public static final List<String> RULE_LINES = List.of("Skip to content", "Photo: Reuters",
            "KCNA via Reuters", "03:46", "SEOUL (Reuters) — Text follows here.", "By Jane Doe",
            "Source link", "[ad_1]", "Copyright © 2024 Example.", "Related Articles", "More news",
            "Image caption: Rescuers at work in the valley", "(AP Photo/Jane Doe)", "Getty Images",
            "WASHINGTON, Sept. 3 (AP) — The vote was close.", "Jane Doe | Reuters", "Politics",
            "Read more: A story about something else", "Subscribe to our newsletter", "Advertisement",
            "North Korea’s Kim takes home gifts", "Leave a comment",
            "A sentence that is long enough to count as prose in any body of text here.",
            "Another paragraph, equally long, that makes the body of the article go on.");

    private Generators() {
    }

    /** Up to 40 lines drawn from {@link #RULE_LINES} and arbitrary short strings, some blank. */
    public static Arbitrary<String> articleLike() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(RULE_LINES)),
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars(" .,:()|/—-")
                        .ofMaxLength(80)));
        return line.list().ofMaxSize(40).map(l -> String.join("\n", l));
    }

    /** Seeds with up to eight lines dropped and up to four lines of other seeds inserted. */
    public static Arbitrary<String> mutatedSeeds() {
        List<String> all = Seeds.texts().stream().map(Seeds::read).toList();
        List<String> pool = all.stream().flatMap(t -> Layouts.lines(t).stream()).filter(s -> !s.isBlank()).toList();
        return Arbitraries.of(all).flatMap(text -> {
            List<String> lines = Layouts.lines(text);
            Arbitrary<List<Integer>> drops = Arbitraries.integers().between(0, lines.size() - 1).list().ofMaxSize(8);
            Arbitrary<List<Integer>> at = Arbitraries.integers().between(0, lines.size() - 1).list().ofMaxSize(4);
            Arbitrary<List<String>> inserts = Arbitraries.of(pool).list().ofSize(4);
            return Combinators.combine(drops, at, inserts).as((d, a, ins) -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.size(); i++) {
                    int k = a.indexOf(i);
                    if (k >= 0) {
                        sb.append(ins.get(k)).append('\n');
                    }
                    if (!d.contains(i)) {
                        sb.append(lines.get(i)).append('\n');
                    }
                }
                return sb.toString();
            });
        });
    }
}
