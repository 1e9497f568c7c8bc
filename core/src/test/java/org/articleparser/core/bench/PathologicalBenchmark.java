package org.articleparser.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleParser;
import org.articleparser.core.Articles;
import org.articleparser.core.PathologicalInputs;
import org.articleparser.core.PathologicalInputs.Case;

/**
 * Times the parser on the pathological inputs of issue 6 at a quarter, half and all of their
 * full size, and prints a Markdown table with the time per unit at each size: growth is linear
 * when that figure stays flat. A benchmark program, not a test: run it with
 * {@code mvn -B -Pbench -DskipTests verify -pl core} (add {@code -Dbench.filter=dashes
 * -Dbench.scale=0.1} for a quick look).
 *
 * <p>Arguments: an optional substring selecting cases by name, and an optional scale applied to
 * every full size (default 1).
 */
public final class PathologicalBenchmark {

    private static final int WARMUP_ROUNDS = 1;
    private static final int ROUNDS = 2;

    private PathologicalBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args an optional case-name filter ("-" for all) and an optional scale
     */
    public static void main(String[] args) {
        String filter = args.length > 0 && !args[0].equals("-") ? args[0] : "";
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        ArticleParser parser = Articles.defaultParser();
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MiB%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| input | size | chars | ms at 1/4 | ms at 1/2 | ms at full | ns/unit 1/4 → full | growth |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Case c : PathologicalInputs.CASES) {
            if (!c.name().contains(filter)) {
                continue;
            }
            int full = Math.max(4, (int) (c.fullSize() * scale));
            List<Double> ms = new ArrayList<>();
            int chars = 0;
            for (int size : new int[] {full / 4, full / 2, full}) {
                String text = c.generator().apply(size);
                chars = text.length();
                ms.add(time(parser, text));
            }
            double perUnitQuarter = ms.get(0) * 1e6 / (full / 4);
            double perUnitFull = ms.get(2) * 1e6 / full;
            double ratio = ms.get(2) / Math.max(ms.get(0), 0.001);
            System.out.printf(Locale.ROOT, "| %s | %,d %s | %,d | %.1f | %.1f | %.1f | %.0f → %.0f | ×%.1f for ×4 |%n",
                    c.name(), full, c.unit(), chars, ms.get(0), ms.get(1), ms.get(2), perUnitQuarter,
                    perUnitFull, ratio);
        }
    }

    /** The best of {@value #ROUNDS} timed parses after {@value #WARMUP_ROUNDS} untimed ones, in ms. */
    private static double time(ArticleParser parser, String text) {
        long sink = 0;
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            sink += parser.parse(text).placements().size();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            Article a = parser.parse(text);
            best = Math.min(best, System.nanoTime() - t0);
            sink += a.placements().size();
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        return best / 1e6;
    }
}
