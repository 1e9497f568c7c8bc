package org.articleparser.core;

import java.nio.file.Path;

/**
 * The front door: parse article text with default options.
 *
 * <pre>{@code
 * Article article = Articles.parse(Path.of("seeds/000_26c4956526d86182.txt"));
 * System.out.println(article.headline());
 * }</pre>
 *
 * <p>For options, build an {@link ArticleParser} once and reuse it.
 */
public final class Articles {

    private static final ArticleParser DEFAULT = ArticleParser.builder().build();

    private Articles() {
    }

    /**
     * Parses article text. Never fails for text: {@code ""} yields an empty article.
     *
     * @param text the article in the plain-text scrape format
     * @return the parsed article
     */
    public static Article parse(CharSequence text) {
        return DEFAULT.parse(text);
    }

    /**
     * Reads and parses a UTF-8 file with default options.
     *
     * @param file the file to read
     * @return the parsed article
     * @throws ArticleInputException if the file is missing, not a regular file, unreadable,
     *                               larger than the default maximum, or binary
     */
    public static Article parse(Path file) throws ArticleInputException {
        return DEFAULT.parse(file);
    }

    /** {@return the parser behind the one-liners: default options} */
    public static ArticleParser defaultParser() {
        return DEFAULT;
    }
}
