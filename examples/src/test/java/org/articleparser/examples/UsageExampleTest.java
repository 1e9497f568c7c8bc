package org.articleparser.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block in README.md compiles and runs, so the README cannot rot.
 *
 * <p>A block is the body of a {@code main} method run from the repository root (so
 * {@code seeds/...} paths work), with every package exported by the project's modules imported,
 * and {@code java.io}, {@code java.nio.file}, {@code java.nio.charset} and {@code java.util};
 * {@code import} lines in a block are kept as imports. A statement followed by a comment that is
 * only a string literal, such as {@code article.dateline().agency();  // "Reuters"}, is checked:
 * the value's {@code toString()} must equal the literal.
 */
class UsageExampleTest {

    private static final Pattern BLOCK = Pattern.compile("(?ms)^```java\\s*\\n(.*?)^```\\s*$");
    private static final Pattern CLAIM = Pattern.compile(
            "^(\\s*)(.+?);\\s*//\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*$");

    @TempDir
    Path tmp;

    /** A {@code ```java} block and the README line it starts on. */
    record Snippet(int line, String code) {
    }

    static List<Snippet> snippets(String markdown) {
        List<Snippet> snippets = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            int line = (int) markdown.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 2;
            snippets.add(new Snippet(line, m.group(1)));
        }
        return snippets;
    }

    static String program(String className, String code) {
        TreeSet<String> imports = new TreeSet<>(List.of("java.io.*", "java.nio.charset.*",
                "java.nio.file.*", "java.util.*"));
        for (Path module : BuildPaths.projectModules()) {
            BuildPaths.descriptor(module).orElseThrow().exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .forEach(p -> imports.add(p + ".*"));
        }
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("import ")) {
                imports.add(stripped.substring("import ".length()).replace(";", "").strip());
                body.append('\n');
                continue;
            }
            Matcher claim = CLAIM.matcher(line);
            body.append(claim.matches()
                    ? claim.group(1) + "check(" + claim.group(2) + ", " + claim.group(3) + ");"
                    : line).append('\n');
        }
        StringBuilder src = new StringBuilder();
        imports.forEach(i -> src.append("import ").append(i).append(";\n"));
        src.append("public final class ").append(className).append(" {\n")
                .append("    static void check(Object actual, String expected) {\n")
                .append("        if (!expected.equals(String.valueOf(actual))) {\n")
                .append("            throw new AssertionError(\"README claims \" + expected")
                .append(" + \" but the code gives \" + actual);\n")
                .append("        }\n    }\n")
                .append("    public static void main(String[] args) throws Exception {\n")
                .append(body).append("    }\n}\n");
        return src.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockInTheReadmeCompilesAndRuns() throws IOException {
        Path readme = BuildPaths.root().resolve("README.md");
        List<Snippet> snippets = snippets(Files.readString(readme, StandardCharsets.UTF_8));
        assertFalse(snippets.isEmpty(), "README.md has no ```java block");
        return snippets.stream().map(s -> DynamicTest.dynamicTest("README.md line " + s.line(), () -> {
            String name = "ReadmeLine" + s.line();
            Path dir = Files.createDirectories(tmp.resolve(name));
            Path source = Files.writeString(dir.resolve(name + ".java"), program(name, s.code()));
            String classPath = BuildPaths.join(BuildPaths.classPath());
            try {
                BuildPaths.javac(List.of("-d", dir.toString(), "-cp", classPath, source.toString()));
            } catch (AssertionError e) {
                throw new AssertionError("README.md java block at line " + s.line()
                        + " does not compile:\n" + e.getMessage() + "\n" + Files.readString(source), e);
            }
            BuildPaths.Run run = BuildPaths.java(BuildPaths.root(),
                    List.of("-cp", dir + java.io.File.pathSeparator + classPath, name));
            assertEquals(0, run.exitCode(), "README.md java block at line " + s.line()
                    + " failed:\n" + run.stderr());
        }));
    }
}
