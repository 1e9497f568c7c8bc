package org.articleparser.examples.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic articles in the scraped-text layout the parser reads: section labels,
 * headlines, bylines, photo captions and credits, wire datelines, body paragraphs (blank-line or
 * one-per-line), video widgets, related-story lists and site boilerplate, mixed at random.
 * Deterministic: the same seed gives the same text. For tests and benchmarks; the articles are
 * nonsense made of a small vocabulary.
 *
 * <pre>{@code
 * java -cp article-parser-spark.jar org.articleparser.examples.spark.CorpusGenerator /tmp/corpus 20000
 * }</pre>
 *
 * <p>Files go in subdirectories of 1000 ({@code 000/article-000000.txt}, ...). Stateless.
 */
public final class CorpusGenerator {

    private static final String[] KICKERS = {"World", "Politics", "Business", "Sport", "Science",
        "Middle East", "Technology", "Markets", "Climate", "Health"};
    private static final String[] CITIES = {"SEOUL", "LONDON", "WASHINGTON", "NEW DELHI", "PARIS",
        "NAIROBI", "TOKYO", "BRASILIA", "CANBERRA", "BERLIN"};
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "PTI"};
    private static final String[] NAMES = {"Jane Doe", "Arjun Mehta", "Lena Fischer", "Kofi Mensah",
        "Maria Santos", "Hiroshi Sato", "Olivia Brown", "Ahmed Hassan"};
    private static final String[] NOUNS = {"government", "minister", "council", "market", "company",
        "river", "election", "court", "report", "storm", "team", "farmers", "bank", "city", "talks",
        "budget", "school", "hospital", "port", "railway", "treaty", "police", "museum", "village"};
    private static final String[] VERBS = {"announced", "rejected", "approved", "expected",
        "questioned", "delayed", "opened", "closed", "defended", "reviewed", "praised", "warned"};
    private static final String[] ADJECTIVES = {"new", "national", "local", "quarterly", "early",
        "regional", "annual", "long-awaited", "controversial", "temporary", "joint", "final"};
    private static final String[] BOILERPLATE = {"Skip to content", "[ad_1]", "Advertisement",
        "Share this article", "Sign up for our newsletter", "Follow us on Twitter"};
    private static final String[] RELATED_HEADERS = {"More news", "Related stories", "Read more"};
    private static final String[] END = {"Source link", "[ad_2]", "Leave a comment"};

    private CorpusGenerator() {
    }

    /**
     * Writes {@code count} articles under {@code dir}.
     *
     * <pre>{@code
     * java -cp article-parser-spark.jar org.articleparser.examples.spark.CorpusGenerator DIR COUNT [SEED]
     * }</pre>
     *
     * @param args the directory, the number of articles and optionally a seed (default 1)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: CorpusGenerator DIR COUNT [SEED]");
            System.exit(2);
        }
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1;
        List<Path> files = write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
        System.out.println("wrote " + files.size() + " articles under " + args[0]);
    }

    /**
     * Writes {@code count} articles, UTF-8, under {@code dir}, in subdirectories of 1000.
     *
     * @param dir   the directory, created if missing
     * @param count how many articles, at least 0
     * @param seed  the seed: article {@code i} is {@code article(seed * 1_000_003 + i)}
     * @return the files written, in order
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path dir, int count, long seed) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path sub = dir.resolve(String.format(Locale.ROOT, "%03d", i / 1000));
            Files.createDirectories(sub);
            Path file = sub.resolve(String.format(Locale.ROOT, "article-%06d.txt", i));
            Files.writeString(file, article(seed * 1_000_003 + i), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /**
     * One synthetic article.
     *
     * @param seed the seed
     * @return the article's text, lines separated by {@code \n}
     */
    public static String article(long seed) {
        Random r = new Random(seed);
        boolean onePerLine = r.nextInt(5) == 0;
        String gap = onePerLine ? "\n" : "\n\n";
        List<String> blocks = new ArrayList<>();
        if (r.nextBoolean()) {
            blocks.add(pick(r, BOILERPLATE));
        }
        if (r.nextInt(3) == 0) {
            blocks.add(pick(r, KICKERS));
        }
        blocks.add(title(r));
        if (r.nextBoolean()) {
            blocks.add("By " + pick(r, NAMES));
        }
        if (r.nextInt(3) > 0) {
            String caption = capitalised(sentence(r));
            blocks.add(switch (r.nextInt(3)) {
                case 0 -> pick(r, AGENCIES) + " via Reuters\n" + caption;
                case 1 -> caption + " Photo: " + pick(r, AGENCIES);
                default -> caption + " (AP Photo/" + pick(r, NAMES) + ")";
            });
        }
        int paragraphs = 3 + r.nextInt(9);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder text = new StringBuilder();
            if (p == 0 && r.nextInt(4) > 0) {
                text.append(pick(r, CITIES)).append(" (").append(pick(r, AGENCIES)).append(") — ");
            }
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append(capitalised(sentence(r)));
            }
            blocks.add(text.toString());
            if (p == paragraphs / 2 && r.nextInt(4) == 0) {
                blocks.add(String.format(Locale.ROOT, "%02d:%02d", r.nextInt(10), r.nextInt(60)));
                String video = title(r);
                blocks.add(video);
                blocks.add(video);
            }
        }
        if (r.nextBoolean()) {
            blocks.add(pick(r, RELATED_HEADERS));
            int related = 2 + r.nextInt(3);
            for (int i = 0; i < related; i++) {
                blocks.add(title(r));
            }
        }
        if (r.nextBoolean()) {
            blocks.add(pick(r, END));
        }
        return String.join(gap, blocks) + "\n";
    }

    private static String sentence(Random r) {
        return "the " + pick(r, ADJECTIVES) + " " + pick(r, NOUNS) + " " + pick(r, VERBS) + " the "
                + pick(r, NOUNS) + " plan on " + day(r) + ", officials said, after the "
                + pick(r, NOUNS) + " " + pick(r, VERBS) + " " + (1 + r.nextInt(99)) + " "
                + pick(r, NOUNS) + " proposals.";
    }

    private static String title(Random r) {
        return capitalised(pick(r, NOUNS)) + " " + pick(r, VERBS) + " " + pick(r, ADJECTIVES) + " "
                + pick(r, NOUNS) + " deal as " + pick(r, NOUNS) + " " + pick(r, VERBS) + " "
                + pick(r, NOUNS) + " in " + capitalised(pick(r, CITIES).toLowerCase(Locale.ROOT));
    }

    private static String day(Random r) {
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        return pick(r, days);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
