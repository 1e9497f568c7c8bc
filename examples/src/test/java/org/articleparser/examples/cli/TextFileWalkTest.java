package org.articleparser.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileWalkTest {

    /** What the walk finds, in order: files as they are, failures as "failed DIR". */
    private static List<String> walk(Path root, TextFileWalk.Visitor also) throws IOException {
        List<String> found = new ArrayList<>();
        TextFileWalk.walk(root, new TextFileWalk.Visitor() {
            @Override
            public void file(Path file) throws IOException {
                found.add(root.relativize(file).toString());
                also.file(file);
            }

            @Override
            public void failed(Path directory, IOException e) throws IOException {
                found.add("failed " + root.relativize(directory));
                also.failed(directory, e);
            }
        });
        return found;
    }

    private static List<String> walk(Path root) throws IOException {
        return walk(root, new TextFileWalk.Visitor() {
            @Override
            public void file(Path file) {
            }

            @Override
            public void failed(Path directory, IOException e) {
            }
        });
    }

    /** The definition: every regular .txt file under {@code root}, sorted by path. */
    private static List<String> sortedTextFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .map(p -> root.relativize(p).toString())
                    .toList();
        }
    }

    /** Names that sort close to one another and to the separator: "a", "a-", "a b", "a.txt", "é"... */
    @Provide
    Arbitrary<List<List<String>>> trees() {
        Arbitrary<String> name = Arbitraries.of("a", "b", "a-", "a b", "a!", "a.txt", "ab", "A", "é", "Z", "0", "a0");
        Arbitrary<List<String>> path = name.list().ofMinSize(1).ofMaxSize(4);
        return path.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void findsTheTextFilesInTheOrderOfTheirPaths(@ForAll("trees") List<List<String>> paths) throws IOException {
        Path root = Files.createTempDirectory("walk");
        try {
            for (List<String> p : paths) {
                Path file = root.resolve(String.join("/", p) + (p.size() % 2 == 0 ? ".txt" : ".TXT"));
                try {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, "x");
                } catch (IOException e) {
                    // a file where a directory is wanted, or the other way round: left out
                }
            }
            assertEquals(sortedTextFiles(root), walk(root));
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void listsADirectoryOnlyWhenItGetsThere(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("b"));
        Files.writeString(root.resolve("a/1.txt"), "x");
        List<String> found = walk(root, new TextFileWalk.Visitor() {
            @Override
            public void file(Path file) throws IOException {
                if (file.endsWith("1.txt")) {
                    Files.writeString(root.resolve("b/2.txt"), "written after the walk began");
                }
            }

            @Override
            public void failed(Path directory, IOException e) {
            }
        });
        assertEquals(List.of("a/1.txt", "b/2.txt"), found);
    }

    @Test
    void aDirectoryThatCannotBeListedIsReportedAndTheWalkGoesOn(@TempDir Path root) throws Exception {
        for (String d : List.of("a", "b", "c")) {
            Files.createDirectories(root.resolve(d));
            Files.writeString(root.resolve(d + "/1.txt"), "x");
        }
        List<String> found = walk(root, new TextFileWalk.Visitor() {
            @Override
            public void file(Path file) throws IOException {
                if (file.startsWith(root.resolve("a"))) {
                    Files.delete(root.resolve("b/1.txt"));
                    Files.delete(root.resolve("b"));
                }
            }

            @Override
            public void failed(Path directory, IOException e) {
            }
        });
        assertEquals(List.of("a/1.txt", "failed b", "c/1.txt"), found);
    }

    @Test
    void linksToFilesCountAndLinksToDirectoriesAreNotFollowed(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("d"));
        Files.writeString(root.resolve("d/1.txt"), "x");
        Files.createDirectory(root.resolve("folder.txt"));
        try {
            Files.createSymbolicLink(root.resolve("file-link.txt"), root.resolve("d/1.txt"));
            Files.createSymbolicLink(root.resolve("dir-link.txt"), root.resolve("d"));
            Files.createSymbolicLink(root.resolve("dir-link"), root.resolve("d"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }
        assertEquals(List.of("d/1.txt", "file-link.txt"), walk(root));
    }
}
