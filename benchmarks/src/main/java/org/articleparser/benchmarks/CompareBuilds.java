package org.articleparser.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parse throughput of two builds of the parser in one JVM, taking turns: each jar (a
 * {@code benchmarks.jar}, or any jar holding the core) gets its own class loader, and rounds of
 * {@value #ROUND_SECONDS} seconds alternate between them. On a machine whose speed drifts from
 * minute to minute, as shared machines' does, the ratio of the two in the same round is steadier
 * than two JMH runs one after the other.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.articleparser.benchmarks.CompareBuilds OLD.jar NEW.jar [ROUNDS]
 * }</pre>
 *
 * <p>Both parse the seeds and the {@link Corpus#GENERATED_COUNT} generated articles, as strings
 * (no decoding or writing), after two rounds of warm-up.
 */
public final class CompareBuilds {

    private static final double ROUND_SECONDS = 1.5;

    private CompareBuilds() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the old jar, the new jar, and optionally the number of rounds (default 10)
     * @throws Exception if a jar cannot be loaded or a parse fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareBuilds OLD.jar NEW.jar [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> texts = new ArrayList<>();
        for (String name : new String[] {"seeds", "generated"}) {
            for (byte[] article : Corpus.load(name).articles()) {
                texts.add(new String(article, StandardCharsets.UTF_8));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
        double[][] rates = new double[2][rounds];
        for (int r = -2; r < rounds; r++) {
            for (int b = 0; b < 2; b++) {
                double rate = builds[b].articlesPerSecond(texts);
                if (r >= 0) {
                    rates[b][r] = rate;
                }
            }
        }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = rates[1][r] / rates[0][r];
        }
        for (int b = 0; b < 2; b++) {
            double median = median(rates[b]);
            System.out.printf(Locale.ROOT, "%s: %.0f articles/s in the middle round, %.2f ns per char (%s)%n",
                    b == 0 ? "old" : "new", median, 1e9 * texts.size() / (median * chars), args[b]);
        }
        double[] sorted = ratio.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "new / old: %.3f in the middle round, %.3f to %.3f%n",
                median(ratio), sorted[0], sorted[rounds - 1]);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** One jar's parser, loaded apart from the other's. */
    private static final class Build {
        private final Object parser;
        private final Method parse;

        Build(Path jar) throws Exception {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no such jar: " + jar);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> parserClass = loader.loadClass("org.articleparser.core.ArticleParser");
            Object builder = parserClass.getMethod("builder").invoke(null);
            parser = builder.getClass().getMethod("build").invoke(builder);
            parse = parserClass.getMethod("parse", CharSequence.class);
        }

        double articlesPerSecond(List<String> texts) throws Exception {
            long start = System.nanoTime();
            long end = start + (long) (ROUND_SECONDS * 1e9);
            long n = 0;
            while (System.nanoTime() < end) {
                for (String text : texts) {
                    parse.invoke(parser, text);
                    n++;
                }
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }
}
