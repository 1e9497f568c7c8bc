package org.articleparser.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.spi.ArticleFormat;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmark jar's entry point. Without arguments it runs {@link ParseBenchmark} and
 * {@link WriteBenchmark} (every installed format) in one JMH run with the GC profiler, then
 * prints a table: articles/s, MB/s, bytes allocated per article, and the parse-to-floor ratio.
 * With arguments it is JMH's own command line ({@code -h} lists its options).
 *
 * <pre>{@code
 * mvn -B -q package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * }</pre>
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args nothing for the report, or JMH options
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        report();
    }

    private static void report() throws RunnerException {
        String[] formats = ArticleFormats.available().stream().map(ArticleFormat::name).toArray(String[]::new);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ParseBenchmark.class.getName())
                .include(WriteBenchmark.class.getName())
                .param("format", formats)
                .addProfiler(GCProfiler.class);
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, Double> meanBytes = new HashMap<>();
        Map<String, Double> score = new HashMap<>();
        System.out.printf(Locale.ROOT, "%n%-8s %-10s %12s %10s %16s%n",
                "bench", "corpus", "articles/s", "MB/s", "alloc B/article");
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String corpus = r.getParams().getParam("corpus");
            String format = r.getParams().getParam("format");
            String label = format != null ? method + " " + format : method;
            double perSecond = r.getPrimaryResult().getScore();
            double mb = perSecond * meanBytes.computeIfAbsent(corpus, c -> Corpus.load(c).meanBytes()) / 1e6;
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            System.out.printf(Locale.ROOT, "%-14s %-10s %12.0f %10.1f %16.0f%n", label, corpus, perSecond, mb,
                    alloc == null ? Double.NaN : alloc.getScore());
            score.put(method + " " + corpus, perSecond);
        }
        System.out.println();
        for (String corpus : new String[] {"seeds", "generated"}) {
            Double parse = score.get("parse " + corpus);
            Double floor = score.get("floor " + corpus);
            if (parse != null && floor != null) {
                System.out.printf(Locale.ROOT, "parse / floor (%s): %.2f%n", corpus, parse / floor);
            }
        }
    }
}
