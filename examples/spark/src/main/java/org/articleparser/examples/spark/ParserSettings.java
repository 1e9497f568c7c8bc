package org.articleparser.examples.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.articleparser.core.ArticleParser;

/**
 * The parser options a job ships to its executors, and the executor's parser for them.
 * {@link ArticleParser} is not serializable, but it is immutable and thread-safe: each executor
 * JVM builds one per distinct settings, on first use, and every task on it shares that one.
 *
 * @param maxInputBytes    see {@link ArticleParser.Builder#maxInputBytes(long)}
 * @param strictUtf8       see {@link ArticleParser.Builder#strictUtf8(boolean)}
 * @param extraBoilerplate see {@link ArticleParser.Builder#extraBoilerplate(java.util.Collection)}
 */
record ParserSettings(long maxInputBytes, boolean strictUtf8, List<String> extraBoilerplate)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** This JVM's parsers, one per settings. */
    private static final Map<ParserSettings, ArticleParser> PARSERS = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    ParserSettings {
        extraBoilerplate = List.copyOf(extraBoilerplate);
    }

    /** The default parser's settings. */
    static ParserSettings defaults() {
        return new ParserSettings(ArticleParser.DEFAULT_MAX_INPUT_BYTES, false, List.of());
    }

    /** Builds a parser, validating the options: for the driver, which fails fast on bad ones. */
    ArticleParser build() {
        return ArticleParser.builder()
                .maxInputBytes(maxInputBytes)
                .strictUtf8(strictUtf8)
                .extraBoilerplate(extraBoilerplate)
                .build();
    }

    /** This JVM's parser for these settings, built on first use. */
    ArticleParser parser() {
        return PARSERS.computeIfAbsent(this, s -> {
            BUILDS.incrementAndGet();
            return s.build();
        });
    }

    /** How many parsers this JVM has built through {@link #parser()}: for tests. */
    static int builds() {
        return BUILDS.get();
    }
}
