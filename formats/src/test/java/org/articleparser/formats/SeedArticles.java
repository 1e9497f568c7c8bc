package org.articleparser.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleParser;

/** The seed articles in the project's {@code seeds/} folder, parsed. */
public final class SeedArticles {

    private static final ArticleParser PARSER = ArticleParser.builder().build();

    private SeedArticles() {
    }

    /** The project's {@code seeds/} folder (surefire sets {@code articleparser.seeds}). */
    public static Path dir() {
        String dir = System.getProperty("articleparser.seeds");
        return Path.of(dir != null ? dir : "../seeds").toAbsolutePath().normalize();
    }

    /** The seed text files, in name order. */
    public static List<Path> texts() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed's name without {@code .txt}. */
    public static String name(Path seed) {
        String n = seed.getFileName().toString();
        return n.substring(0, n.length() - ".txt".length());
    }

    /** The source written for a seed: {@code seeds/NAME.txt}, as the command line gives it. */
    public static String source(Path seed) {
        return "seeds/" + seed.getFileName();
    }

    /** The parsed seed. */
    public static Article parse(Path seed) {
        try {
            return PARSER.parse(seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed seeds. */
    public static List<Article> all() {
        return texts().stream().map(SeedArticles::parse).toList();
    }
}
