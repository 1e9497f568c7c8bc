package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The catalog gives the answer of a plain reading of phrases.txt: every entry tried in order,
 * patterns run on every line of at most 200 characters. Its prefix tables and guards only
 * skip work; they never change an answer.
 */
class PhraseCatalogReferenceTest {

    private record Ref(char kind, String rule, String text, Pattern pattern) {
    }

    private static final List<Ref> REFS = load();

    private static List<Ref> load() {
        List<Ref> refs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PhraseCatalog.class.getResourceAsStream("phrases.txt"), StandardCharsets.UTF_8))) {
            String rule = null;
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@rule ")) {
                    rule = line.substring(6).strip();
                    continue;
                }
                String body = line.substring(2).strip();
                char kind = line.charAt(0);
                refs.add(kind == '~'
                        ? new Ref(kind, rule, null, Pattern.compile(PhraseCatalog.guarded(body),
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                        : new Ref(kind, rule, PhraseCatalog.key(body), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refs;
    }

    /** The plain reading: exact lines first, then prefixes, contained texts and patterns in file order. */
    private static String reference(String line) {
        String k = PhraseCatalog.key(line);
        Map<Character, List<Ref>> byKind = new LinkedHashMap<>();
        for (Ref ref : REFS) {
            byKind.computeIfAbsent(ref.kind(), x -> new ArrayList<>()).add(ref);
        }
        for (Ref ref : byKind.getOrDefault('=', List.of())) {
            if (k.equals(ref.text())) {
                return ref.rule();
            }
        }
        for (Ref ref : byKind.getOrDefault('^', List.of())) {
            if (k.startsWith(ref.text()) && (k.length() == ref.text().length()
                    || !Character.isLetter(k.charAt(ref.text().length())))) {
                return ref.rule();
            }
        }
        for (Ref ref : byKind.getOrDefault('*', List.of())) {
            if (k.contains(ref.text())) {
                return ref.rule();
            }
        }
        if (k.length() > PhraseCatalog.PATTERN_MAX_LENGTH) {
            return null;
        }
        for (Ref ref : byKind.getOrDefault('~', List.of())) {
            if (ref.pattern().matcher(k).matches()) {
                return ref.rule();
            }
        }
        return null;
    }

    @Provide
    Arbitrary<String> boilerplateLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Share", "share on Facebook", "Email", "Read more", "READ MORE:", "Related",
                        "Sign up for our newsletter", "subscribe now", "12 comments", "| 8 Photos", "· 3 images",
                        "Updated", "Published on", "May 3, 2024", "10:42", "Advertisement", "[ad_1]", "Tags:",
                        "Filed under", "Home", "›", "»", "/", "Click here", "Follow us on", "Twitter", "©",
                        "All rights reserved", "Source link", "Skip to content", "Continue reading", "You may also like",
                        "Taboola", "Sponsored links", "(opens in new window)", "Print this article", "More from",
                        "about the author", "min read", "$12.99", "from £5", "overall rights reservedly",
                        "All Rights  Reserved", "ALLE RECHTE VORBEHALTEN", "alle\u00A0rechte vorbehalten",
                        "may not be published, broadcast, rewritten", "may not be published,broadcast, rewritten",
                        "rights", "reserved", "İ", "Σ"),
                Arbitraries.strings().withChars("aAbBeEsStT019 .,:;|/-–—“”‘’'\"()[]•·#*_~=+&@!?\u00A0\t").ofMaxLength(6),
                Arbitraries.strings().alpha().ofMaxLength(8));
        return piece.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 5000)
    void sameAnswerAsThePlainReading(@ForAll("boilerplateLike") String line) {
        assertEquals(reference(line), PhraseCatalog.standard().match(line), line);
    }

    @Test
    void sameAnswerOnEveryLineOfTheSeedsAndExamples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("../seeds"), Path.of("src/test/resources/examples"))) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
            }
        }
        int lines = 0;
        for (Path f : files) {
            for (String raw : Files.readAllLines(f)) {
                String line = raw.contains(" | ") ? raw.substring(raw.indexOf(" | ") + 3) : raw;
                if (line.isBlank()) {
                    continue;
                }
                assertEquals(reference(line), PhraseCatalog.standard().match(line), f + ": " + line);
                lines++;
            }
        }
        assertTrue(lines > 500, "lines checked: " + lines);
    }
}
