package org.articleparser.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates varied scraped articles for benchmarks and load tests: blank-line and one-per-line
 * layouts, kickers, bylines, photo captions with credits, video widgets, wire datelines,
 * subheadings, related-story lists and site boilerplate at both ends. The same seed always
 * gives the same articles.
 *
 * <pre>{@code
 * List<String> articles = new CorpusGenerator(42).articles(500);
 * }</pre>
 *
 * <p>As a program it writes a corpus of {@code .txt} files, a thousand to a directory:
 * {@code java -cp benchmarks/target/benchmarks.jar org.articleparser.benchmarks.CorpusGenerator
 * DIR MEGABYTES}. Instances are not thread-safe.
 */
public final class CorpusGenerator {

    private static final String[] WORDS = ("government officials said the new plan would change how "
            + "schools hospitals and local councils spend money over the next five years while critics "
            + "warned that rising costs could leave families worse off despite promises made during the "
            + "election campaign last year by ministers who now face questions from voters across the "
            + "country about housing prices energy bills public transport climate policy and jobs in "
            + "manufacturing towns where factories have closed investment has slowed and young people "
            + "continue to move away in search of work as companies report record profits analysts "
            + "expect interest rates to remain high until inflation falls back towards the target set "
            + "by the central bank which meets again next month to review its forecasts").split(" ");
    private static final String[] NAMES = {"Maria Lopez", "James Okafor", "Chen Wei", "Anna Kowalski",
        "David Miller", "Priya Sharma", "Lars Nilsson", "Fatima Hassan", "Tom Brennan", "Yuki Tanaka"};
    private static final String[] PLACES = {"SEOUL", "LONDON", "WASHINGTON", "NEW DELHI", "PARIS",
        "NAIROBI", "SYDNEY", "BRASILIA", "BERLIN", "TOKYO"};
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "Bloomberg"};
    private static final String[] KICKERS = {"World News", "Politics", "Business", "Middle East",
        "Climate", "Tech & Science", "ELECTIONS 2024"};
    private static final String[] HEAD_BOILERPLATE = {"Skip to content", "[ad_1]", "Menu", "Search",
        "Sign in", "Advertisement", "Share this article"};
    private static final String[] TAIL_BOILERPLATE = {"[ad_2]", "Source link", "Share", "Tweet",
        "Advertisement", "Back to top"};
    private static final String[] CREDITS = {"Photo: Reuters", "Getty Images", "KCNA via Reuters",
        "(AP Photo/Jane Smith)", "AFP/Getty Images"};
    private static final String[] RELATED_HEADERS = {"More news", "Related stories", "Read more"};

    private final SplittableRandom random;

    /**
     * A generator whose output depends only on {@code seed}.
     *
     * @param seed the random seed
     */
    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The next {@code count} articles.
     *
     * @param count how many articles, at least 0
     * @return the articles' text
     */
    public List<String> articles(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article());
        }
        return out;
    }

    /**
     * The next article: 1 to 8 KB of text in the scrape format.
     *
     * @return the article's text
     */
    public String article() {
        List<String> lines = new ArrayList<>();
        int top = random.nextInt(3);
        for (int i = 0; i < top; i++) {
            lines.add(pick(HEAD_BOILERPLATE));
        }
        if (random.nextInt(3) == 0) {
            lines.add(pick(KICKERS));
        }
        String headline = title(6 + random.nextInt(8));
        lines.add(headline);
        if (random.nextBoolean()) {
            lines.add("By " + pick(NAMES) + (random.nextBoolean() ? "" : ", " + pick(AGENCIES)));
        }
        int media = random.nextInt(4);
        if (media == 1) {
            lines.add(sentence(12 + random.nextInt(10)));
            lines.add(pick(CREDITS));
        } else if (media == 2) {
            String caption = sentence(10 + random.nextInt(10));
            lines.add(caption.substring(0, caption.length() - 1) + ". " + pick(CREDITS));
        } else if (media == 3) {
            lines.add(String.format(Locale.ROOT, "%02d:%02d", random.nextInt(10), random.nextInt(60)));
            String video = title(5 + random.nextInt(5));
            lines.add(video);
            lines.add(video);
        }
        int paragraphs = 4 + random.nextInt(22);
        for (int p = 0; p < paragraphs; p++) {
            String para = paragraph();
            if (p == 0 && random.nextBoolean()) {
                para = pick(PLACES) + " (" + pick(AGENCIES) + ") — " + para;
            }
            lines.add(para);
            if (p > 2 && random.nextInt(12) == 0) {
                lines.add(title(3 + random.nextInt(4)));
            }
            if (p > 2 && random.nextInt(15) == 0) {
                lines.add("Advertisement");
            }
        }
        if (random.nextInt(3) == 0) {
            lines.add(pick(RELATED_HEADERS));
            int related = 2 + random.nextInt(4);
            for (int i = 0; i < related; i++) {
                lines.add(title(6 + random.nextInt(6)));
            }
        }
        int bottom = random.nextInt(4);
        for (int i = 0; i < bottom; i++) {
            lines.add(pick(TAIL_BOILERPLATE));
        }
        if (random.nextInt(4) == 0) {
            lines.add("© 2024 Example News. All rights reserved.");
        }
        String separator = random.nextInt(3) == 0 ? "\n" : "\n\n";
        StringBuilder sb = new StringBuilder(8192);
        for (String line : lines) {
            sb.append(line).append(separator);
        }
        return sb.toString();
    }

    private String paragraph() {
        StringBuilder sb = new StringBuilder(600);
        int sentences = 1 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(sentence(8 + random.nextInt(20)));
        }
        return sb.toString();
    }

    private String sentence(int words) {
        StringBuilder sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            String w = random.nextInt(25) == 0 ? pick(NAMES) : pick(WORDS);
            if (i == 0) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                sb.append(' ').append(w);
                if (i < words - 1 && random.nextInt(12) == 0) {
                    sb.append(',');
                }
            }
        }
        if (random.nextInt(10) == 0) {
            sb.insert(0, '“').append(",” ").append(pick(NAMES)).append(" said");
        }
        return sb.append('.').toString();
    }

    private String title(int words) {
        StringBuilder sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            String w = pick(WORDS);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return sb.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /**
     * Writes a corpus of generated articles: {@code DIR MEGABYTES [SEED]}.
     *
     * @param args the target directory, the corpus size in megabytes and an optional seed
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator DIR MEGABYTES [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        CorpusGenerator g = new CorpusGenerator(args.length > 2 ? Long.parseLong(args[2]) : 42);
        long written = 0;
        int n = 0;
        while (written < target) {
            Path sub = dir.resolve(String.format(Locale.ROOT, "%05d", n / 1000));
            if (n % 1000 == 0) {
                Files.createDirectories(sub);
            }
            byte[] bytes = g.article().getBytes(StandardCharsets.UTF_8);
            Files.write(sub.resolve(String.format(Locale.ROOT, "%08d.txt", n)), bytes);
            written += bytes.length;
            n++;
        }
        System.err.printf(Locale.ROOT, "%d articles, %.1f MB in %s%n", n, written / 1048576.0, dir);
    }
}
