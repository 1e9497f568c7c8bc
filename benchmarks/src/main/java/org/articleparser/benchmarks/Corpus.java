package org.articleparser.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark corpus held in memory as UTF-8 bytes: the seed articles ({@code seeds/*.txt}, found
 * through the {@code articleparser.seeds} system property, default {@code seeds} in the working
 * directory) or {@value #GENERATED_COUNT} articles from {@link CorpusGenerator}.
 *
 * @param name     {@code "seeds"} or {@code "generated"}
 * @param articles each article's bytes
 * @param sources  each article's name
 */
public record Corpus(String name, List<byte[]> articles, List<String> sources) {

    /** How many articles the generated corpus holds. */
    public static final int GENERATED_COUNT = 500;

    /**
     * Copies the lists.
     *
     * @param name     {@code "seeds"} or {@code "generated"}
     * @param articles each article's bytes
     * @param sources  each article's name
     */
    public Corpus {
        articles = List.copyOf(articles);
        sources = List.copyOf(sources);
    }

    /**
     * Loads a corpus by name.
     *
     * @param name {@code "seeds"} or {@code "generated"}
     * @return the corpus
     * @throws IllegalArgumentException if the name is unknown or the seeds cannot be found
     */
    public static Corpus load(String name) {
        List<byte[]> articles = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        switch (name) {
            case "seeds" -> {
                Path dir = Path.of(System.getProperty("articleparser.seeds", "seeds"));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        articles.add(Files.readAllBytes(f));
                        sources.add(f.toString());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the seeds from " + dir.toAbsolutePath()
                            + " (run from the repository root or set -Darticleparser.seeds=DIR)", e);
                }
                if (articles.isEmpty()) {
                    throw new IllegalArgumentException("no seeds/*.txt in " + dir.toAbsolutePath());
                }
            }
            case "generated" -> {
                int i = 0;
                for (String text : new CorpusGenerator(42).articles(GENERATED_COUNT)) {
                    articles.add(text.getBytes(StandardCharsets.UTF_8));
                    sources.add("generated/" + i++ + ".txt");
                }
            }
            default -> throw new IllegalArgumentException("corpus must be seeds or generated: " + name);
        }
        return new Corpus(name, articles, sources);
    }

    /**
     * The mean size of an article in bytes.
     *
     * @return total bytes divided by the number of articles
     */
    public double meanBytes() {
        long total = 0;
        for (byte[] a : articles) {
            total += a.length;
        }
        return (double) total / articles.size();
    }
}
