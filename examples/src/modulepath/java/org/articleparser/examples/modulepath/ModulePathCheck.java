package org.articleparser.examples.modulepath;

import java.nio.file.Files;
import java.nio.file.Path;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.Articles;
import org.articleparser.core.spi.ArticleFormat;

/**
 * Parses one article file on the module path and writes it as JSON.
 *
 * <p>Usage: {@code java --module-path MODS -m
 * org.articleparser.examples.modulepath/org.articleparser.examples.modulepath.ModulePathCheck
 * IN.txt OUT.json}. Prints the module core was loaded from and, for every installed format, its
 * name, class and module.
 */
public final class ModulePathCheck {

    private ModulePathCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the article text file and the JSON file to write
     * @throws Exception if the input cannot be read or the output written
     */
    public static void main(String[] args) throws Exception {
        System.out.println("core " + Articles.class.getModule().getName());
        for (ArticleFormat format : ArticleFormats.available()) {
            System.out.println("format " + format.name() + " " + format.getClass().getName() + " "
                    + format.getClass().getModule().getName());
        }
        Article article = Articles.parse(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), ArticleFormats.byName("json").orElseThrow().write(article));
        System.out.println("headline " + article.headline());
    }
}
