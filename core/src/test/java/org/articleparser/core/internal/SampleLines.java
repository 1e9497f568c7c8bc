package org.articleparser.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every line, stripped, of the seed articles and of the example files: real text for tests. */
final class SampleLines {

    private SampleLines() {
    }

    static List<String> all() {
        List<String> lines = new ArrayList<>();
        for (Path dir : List.of(Path.of("../seeds"), Path.of("src/test/resources/examples"))) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path f : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readAllLines(f)) {
                        lines.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
