package org.articleparser.examples.consumer;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.Articles;
import org.articleparser.core.spi.ArticleFormat;

/**
 * A user's program: parses the article file given as the only argument, prints its main fields
 * and the installed formats, then the article as JSON Lines. Exits 1 when no JSON format is found.
 */
public final class ConsumerApp {

    private ConsumerApp() {
    }

    /**
     * Runs the program.
     *
     * @param args the path of an article text file
     * @throws Exception if the file cannot be read as text
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -jar consumer.jar ARTICLE.txt");
            System.exit(2);
        }
        Article article = Articles.parse(Path.of(args[0]));
        System.out.println("headline:   " + article.headline());
        System.out.println("dateline:   " + (article.dateline() == null ? null : article.dateline().text()));
        System.out.println("paragraphs: " + article.paragraphs().size());
        System.out.println("media:      " + article.media().size());
        System.out.println("formats:    " + ArticleFormats.available().stream()
                .map(ArticleFormat::name).collect(Collectors.joining(", ")));
        ArticleFormat jsonl = ArticleFormats.byName("jsonl").orElse(null);
        if (jsonl == null) {
            System.err.println("consumer: no jsonl format on the class path");
            System.exit(1);
        }
        String json = jsonl.write(article).strip();
        System.out.println("jsonl:      " + (json.length() > 160 ? json.substring(0, 160) + "... (" + json.length() + " chars)" : json));
    }
}
