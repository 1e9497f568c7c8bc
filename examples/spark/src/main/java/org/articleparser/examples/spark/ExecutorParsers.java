package org.articleparser.examples.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.articleparser.core.ArticleParser;

/**
 * The parsers of this JVM, one per distinct {@link ParseCorpusJob.ParserOptions}. An
 * {@link ArticleParser} is not serializable, but it is immutable and thread-safe, so an executor
 * builds one on first use and all its tasks share it, rather than one per partition or record.
 */
final class ExecutorParsers {

    private static final Map<ParseCorpusJob.ParserOptions, ArticleParser> PARSERS = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private ExecutorParsers() {
    }

    /** This JVM's parser for {@code options}, built on first use. */
    static ArticleParser get(ParseCorpusJob.ParserOptions options) {
        return PARSERS.computeIfAbsent(options, o -> {
            BUILDS.incrementAndGet();
            return o.build();
        });
    }

    /** How many parsers this JVM has built through {@link #get}: for tests. */
    static int builds() {
        return BUILDS.get();
    }
}
