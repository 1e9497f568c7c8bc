package org.articleparser.formats;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.spi.ArticleFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Approval tests: every installed format's output for every seed equals the approved file
 * {@code seeds/expected/FORMAT/NAME.EXT} ({@code .text} for {@code .txt}). A change fails with a line diff. To approve the new
 * output after checking the diff, run {@code mvn -B -o verify -Dapprove=true} (or
 * {@code mvn -B -o -pl formats -am verify -Dapprove=true}): every differing or missing file is
 * rewritten, and the test passes; review and commit {@code seeds/expected}.
 */
class ApprovalTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (ArticleFormat f : ArticleFormats.available()) {
            for (Path seed : SeedArticles.texts()) {
                out.add(Arguments.of(f.name(), seed.getFileName().toString()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void outputMatchesTheApprovedFile(String formatName, String seedName) throws IOException {
        ArticleFormat format = ArticleFormats.byName(formatName).orElseThrow();
        Path seed = SeedArticles.dir().resolve(seedName);
        StringBuilder actual = new StringBuilder();
        format.write(SeedArticles.parse(seed), SeedArticles.source(seed), actual);
        Path approved = SeedArticles.dir().resolve("expected").resolve(format.name())
                .resolve(SeedArticles.name(seed) + "." + approvedExtension(format));
        String expected = Files.exists(approved) ? Files.readString(approved, StandardCharsets.UTF_8) : null;
        if (actual.toString().equals(expected)) {
            return;
        }
        if (Boolean.getBoolean("approve")) {
            Files.createDirectories(approved.getParent());
            Files.writeString(approved, actual, StandardCharsets.UTF_8);
            return;
        }
        fail(expected == null
                ? "no approved output " + approved + " (run with -Dapprove=true to create it)"
                : format.name() + " output for " + seedName + " differs from " + approved
                        + " (run with -Dapprove=true to approve):\n" + diff(expected, actual.toString()));
    }

    /**
     * The format's file extension, but {@code .text} for {@code .txt}: a seed folder given to
     * the command line stands for every {@code .txt} under it, approved files included.
     */
    static String approvedExtension(ArticleFormat format) {
        return format.fileExtension().equals("txt") ? "text" : format.fileExtension();
    }

    /** The first differing lines, with line numbers. */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(e.length, a.length) && shown < 10; i++) {
            String el = i < e.length ? e[i] : "<none>";
            String al = i < a.length ? a[i] : "<none>";
            if (!el.equals(al)) {
                sb.append("line ").append(i + 1).append(":\n  - ").append(el).append("\n  + ").append(al).append('\n');
                shown++;
            }
        }
        return sb.toString();
    }
}
