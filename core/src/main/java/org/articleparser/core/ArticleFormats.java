package org.articleparser.core;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.articleparser.core.spi.ArticleFormat;

/**
 * The article formats installed on the class path or module path, found with
 * {@link ServiceLoader}.
 *
 * <pre>{@code
 * ArticleFormat json = ArticleFormats.byName("json").orElseThrow();
 * String out = json.write(Articles.parse(text));
 * }</pre>
 */
public final class ArticleFormats {

    private ArticleFormats() {
    }

    /**
     * Every installed format, ordered by name.
     *
     * @return the formats
     * @throws IllegalStateException if two formats claim the same name
     */
    public static List<ArticleFormat> available() {
        return List.copyOf(load(ArticleFormats.class.getClassLoader()).values());
    }

    /**
     * The installed format with this name, ignoring case.
     *
     * @param name the format's name, such as {@code "json"}
     * @return the format, or empty when none is installed under that name
     */
    public static Optional<ArticleFormat> byName(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(load(ArticleFormats.class.getClassLoader())
                .get(name.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, ArticleFormat> load(ClassLoader loader) {
        Map<String, ArticleFormat> byName = new TreeMap<>();
        for (ArticleFormat f : ServiceLoader.load(ArticleFormat.class, loader)) {
            String key = f.name().toLowerCase(Locale.ROOT);
            ArticleFormat other = byName.putIfAbsent(key, f);
            if (other != null && other.getClass() != f.getClass()) {
                throw new IllegalStateException("two formats named '" + key + "': "
                        + other.getClass().getName() + " and " + f.getClass().getName());
            }
        }
        return Collections.unmodifiableMap(byName);
    }
}
