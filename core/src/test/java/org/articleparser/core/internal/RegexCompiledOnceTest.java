package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser compiles each regex once, into a static field, and never per line: the main
 * sources call none of the {@code String} methods that compile their argument on every call
 * ({@code matches}, {@code replaceAll}, {@code replaceFirst}, and {@code split} with more than
 * a single literal char), and {@code Pattern.compile} only in a static field or in the
 * catalog's one load. The calls are found in the source text, by the ways a regex is passed:
 * a string literal or a constant, on a receiver that is not a class or a constant.
 */
class RegexCompiledOnceTest {

    /** {@code String.matches}, {@code replaceAll} or {@code replaceFirst} given a literal or a constant. */
    private static final Pattern COMPILING_CALL = Pattern.compile(
            "\\b[a-z]\\w*(?:\\(\\))?\\.(?:matches|replaceAll|replaceFirst)\\((?:\"|[A-Z][A-Z0-9_]*[,)])");

    /** A {@code split} call on a variable or a call's result, with its argument. */
    private static final Pattern SPLIT = Pattern.compile("(?:\\b[a-z]\\w*|\\))\\.split\\(([^)]*)\\)");

    /** The argument {@code String.split} takes without compiling: one literal char, or an escaped one. */
    private static final Pattern FAST_SPLIT = Pattern.compile("\"(?:[^.$|()\\[{^?*+\\\\]|\\\\\\\\[^0-9A-Za-z])\"");

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noStringMethodCompilesARegexPerCall() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher split = SPLIT.matcher(line);
                while (split.find()) {
                    if (!FAST_SPLIT.matcher(split.group(1)).matches()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": " + line.strip());
                    }
                }
                if (COMPILING_CALL.matcher(line).find()) {
                    found.add(file.getFileName() + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void patternsAreCompiledInStaticFieldsOrTheCatalogLoad() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("Pattern\\.compile\\(").matcher(text);
            while (m.find()) {
                int lineStart = text.lastIndexOf('\n', m.start()) + 1;
                String statement = text.substring(statementStart(text, lineStart), m.start());
                boolean field = statement.contains("static final Pattern");
                boolean catalog = file.endsWith("PhraseCatalog.java") && statement.contains("patterns.add(");
                if (!field && !catalog) {
                    found.add(file.getFileName() + ": " + text.substring(lineStart, text.indexOf('\n', m.start())).strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theGuardSeesTheCallsItForbids() {
        assertTrue(COMPILING_CALL.matcher("if (s.matches(\"a+\")) {").find());
        assertTrue(COMPILING_CALL.matcher("|| !l.matches(PERSON);").find());
        assertTrue(COMPILING_CALL.matcher("s.strip().replaceAll(\"\\\\s+\", \" \")").find());
        assertTrue(!COMPILING_CALL.matcher("if (A.matcher(s).matches()) {").find());
        assertTrue(!COMPILING_CALL.matcher("if (entry.matches(key)) {").find());
        Matcher split = SPLIT.matcher("s.split(\" +\")");
        assertTrue(split.find() && !FAST_SPLIT.matcher(split.group(1)).matches());
        split = SPLIT.matcher("s.split(\" \")");
        assertTrue(split.find() && FAST_SPLIT.matcher(split.group(1)).matches());
        assertTrue(FAST_SPLIT.matcher("\"\\\\.\"").matches());
        assertTrue(SPLIT.matcher("date.replace(\",\", \" \").split(\" +\")").find());
        assertTrue(!SPLIT.matcher("AUTHOR_SEPARATOR.split(rest)").find());
        assertTrue(!SPLIT.matcher("LineSplitter.split(text)").find());
    }

    /** Where the statement holding the line at {@code lineStart} begins: after the last ';', '{' or '}'. */
    private static int statementStart(String text, int lineStart) {
        int i = lineStart;
        while (i > 0 && ";{}".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertTrue(all.size() > 10, "the main sources are found");
            return all;
        }
    }
}
