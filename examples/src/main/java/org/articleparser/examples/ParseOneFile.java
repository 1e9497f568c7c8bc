package org.articleparser.examples;

import java.nio.file.Path;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.Articles;
import org.articleparser.formats.json.JsonFormat;

/** Embedding example: parse one file and print its headline, dateline and JSON. */
public final class ParseOneFile {

    private ParseOneFile() {
    }

    /**
     * Runs the example.
     *
     * @param args one path to an article text file
     * @throws ArticleInputException if the file cannot be read as text
     */
    public static void main(String[] args) throws ArticleInputException {
        Article article = Articles.parse(Path.of(args[0]));
        System.out.println("Headline: " + article.headline());
        System.out.println("Dateline: " + article.dateline());
        System.out.println(JsonFormat.standard().write(article));
    }
}
