package org.articleparser.core.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.ArticleParser;
import org.articleparser.core.Articles;
import org.articleparser.core.Conservation;
import org.articleparser.core.Generators;

/**
 * A high-volume, uninstrumented mutation fuzzer for the parser, the complement of
 * {@link ParserFuzzTest}: Jazzer's coverage guidance finds new shapes slowly (the parser runs
 * about sixty catalog patterns per line, and instrumentation multiplies that), so this program
 * takes a corpus (Jazzer's {@code .cifuzz-corpus} and the committed inputs), mutates it at full
 * speed on every core (bit flips, byte and rule-line insertions, splices, line-end and
 * whitespace changes, repetition) and checks the same properties, each input one of the four
 * ways in turn: stream input (lenient or strict UTF-8) yields an article or
 * {@link ArticleInputException}; UTF-8 text and raw UTF-16 code units (lone surrogates) yield
 * an article that conserves every line. A failing input is written to
 * {@code volume-crash-<n>} in the working directory and the exit status is 1.
 *
 * <p>Run with {@code mvn -B -Pfuzz-volume -DskipTests verify -pl core}; arguments are seconds,
 * threads, max input length, then corpus folders; the system property {@code fuzz.seed} fixes
 * the random seed (default: the clock), which is printed.
 */
public final class VolumeFuzzer {

    private static final byte[][] TOKENS;

    static {
        List<byte[]> tokens = new ArrayList<>();
        for (String s : Generators.RULE_LINES) {
            tokens.add(s.getBytes(StandardCharsets.UTF_8));
        }
        for (String s : new String[] {"\n", "\r\n", "\r", "\n\n", "\u00A0", "\t", "\uFEFF", "\u0085", "\u2028",
            " — ", " (", ")", "/", "|", ":", "...", "1.2,", "Photo", "By ", "via ", "(AP)", "SEOUL",
            "Sept. 3", "03:46", "[", "]", "\u0000", "\uFFFD", "’"}) {
            tokens.add(s.getBytes(StandardCharsets.UTF_8));
        }
        tokens.add(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        tokens.add(new byte[] {(byte) 0xC0, (byte) 0xAF});
        tokens.add(new byte[] {(byte) 0xE2, (byte) 0x82});
        TOKENS = tokens.toArray(byte[][]::new);
    }

    private VolumeFuzzer() {
    }

    /**
     * Fuzzes until the time is up, then prints the number of inputs tried.
     *
     * @param args seconds, threads, max input length, corpus folders
     * @throws Exception if a thread fails or the corpus cannot be read
     */
    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[1]);
        int maxLen = Integer.parseInt(args[2]);
        List<byte[]> corpus = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            Path dir = Path.of(args[i]);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).forEach(f -> corpus.add(read(f, maxLen)));
            }
        }
        if (corpus.isEmpty()) {
            corpus.add(new byte[0]);
        }
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.printf(Locale.ROOT, "corpus %d inputs, %d threads, %d s, inputs up to %d bytes, seed %d%n",
                corpus.size(), threads, seconds, maxLen, seed);
        AtomicLong count = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            SplittableRandom random = new SplittableRandom(seed + t);
            Thread w = new Thread(() -> {
                long n = 0;
                while ((n & 255) != 0 || System.nanoTime() < deadline) {
                    byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), corpus, random, maxLen);
                    String problem = check(input, (int) (n & 3));
                    if (problem != null) {
                        long k = failures.incrementAndGet();
                        System.out.println("FAILURE " + k + ": " + problem);
                        try {
                            Files.write(Path.of("volume-crash-" + k), input);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    n++;
                }
                count.addAndGet(n);
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "executed %,d inputs in %.0f s (%,.0f/s), %d failures%n",
                count.get(), elapsed, count.get() / elapsed, failures.get());
        if (failures.get() > 0) {
            System.exit(1);
        }
    }

    private static byte[] read(Path f, int maxLen) {
        try {
            byte[] b = Files.readAllBytes(f);
            return b.length <= maxLen ? b : Arrays.copyOf(b, maxLen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One to four mutations of {@code base}, capped at {@code maxLen} bytes. */
    static byte[] mutate(byte[] base, List<byte[]> corpus, SplittableRandom r, int maxLen) {
        byte[] b = base;
        int rounds = 1 + r.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
            switch (r.nextInt(8)) {
                case 0 -> {
                    if (b.length > 0) {
                        b = b.clone();
                        b[Math.min(at, b.length - 1)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> b = insert(b, at, new byte[] {(byte) r.nextInt(256)});
                case 2, 3 -> b = insert(b, at, TOKENS[r.nextInt(TOKENS.length)]);
                case 4 -> {
                    if (b.length > 0) {
                        int len = 1 + r.nextInt(Math.min(32, b.length - Math.min(at, b.length - 1)));
                        int from = Math.min(at, b.length - 1);
                        byte[] c = new byte[b.length - len];
                        System.arraycopy(b, 0, c, 0, from);
                        System.arraycopy(b, from + len, c, from, b.length - from - len);
                        b = c;
                    }
                }
                case 5 -> {
                    byte[] other = corpus.get(r.nextInt(corpus.size()));
                    int from = other.length == 0 ? 0 : r.nextInt(other.length);
                    int len = Math.min(other.length - from, r.nextInt(128));
                    b = insert(b, at, Arrays.copyOfRange(other, from, from + len));
                }
                case 6 -> {
                    byte[] token = TOKENS[r.nextInt(TOKENS.length)];
                    int times = 1 + r.nextInt(16);
                    byte[] run = new byte[token.length * times];
                    for (int k = 0; k < times; k++) {
                        System.arraycopy(token, 0, run, k * token.length, token.length);
                    }
                    b = insert(b, at, run);
                }
                default -> b = new String(b, StandardCharsets.ISO_8859_1).replace("\n", r.nextBoolean() ? "\r\n" : "\r")
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return b.length <= maxLen ? b : Arrays.copyOf(b, maxLen);
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] c = new byte[b.length + piece.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(piece, 0, c, at, piece.length);
        System.arraycopy(b, at, c, at + piece.length, b.length - at);
        return c;
    }

    private static final ArticleParser STRICT = ArticleParser.builder().strictUtf8(true).build();

    /**
     * The first broken property for {@code input} tried one way ({@code way} 0 to 3: stream
     * lenient, stream strict, UTF-8 text, UTF-16 code units), or null.
     */
    static String check(byte[] input, int way) {
        try {
            if (way < 2) {
                try {
                    (way == 0 ? Articles.defaultParser() : STRICT).parse(new ByteArrayInputStream(input), "fuzz");
                } catch (ArticleInputException e) {
                    return e.reason() == null ? "exception without reason" : null;
                }
                return null;
            }
            String text = way == 2 ? new String(input, StandardCharsets.UTF_8) : utf16(input);
            Article a = Articles.parse(text);
            List<String> problems = Conservation.problems(text, a);
            return problems.isEmpty() ? null : problems.toString();
        } catch (RuntimeException | StackOverflowError e) {
            return e.toString();
        }
    }

    private static String utf16(byte[] data) {
        char[] chars = new char[data.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((data[2 * i] & 0xFF) << 8 | data[2 * i + 1] & 0xFF);
        }
        return new String(chars);
    }
}
