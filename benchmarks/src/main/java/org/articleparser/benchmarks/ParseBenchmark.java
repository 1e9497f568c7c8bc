package org.articleparser.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.ArticleParser;
import org.articleparser.core.internal.Decoded;
import org.articleparser.core.internal.InputDecoder;
import org.articleparser.core.internal.Line;
import org.articleparser.core.internal.LineSplitter;
import org.articleparser.core.spi.ArticleFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse throughput against its floor, measured in the same run. One operation is one
 * article, taken in turn from the corpus, so the score is articles per second and
 * {@code gc.alloc.rate.norm} is bytes allocated per article; MB/s is the score times the
 * corpus's mean article size ({@link BenchmarkReport} prints both).
 *
 * <ul>
 *   <li>{@link #parse}: read the bytes, decode UTF-8, parse, write JSON Lines;</li>
 *   <li>{@link #floor}: read the bytes, decode UTF-8, split into lines and blocks, write every
 *       line as a paragraph in JSON Lines, with no classification: what any parser must pay;</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {

    /** The corpus: {@code seeds} or {@code generated}. */
    @Param({"seeds", "generated"})
    public String corpus;

    private ArticleParser parser;
    private ArticleFormat jsonl;
    private List<byte[]> articles;
    private List<String> sources;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private int next;

    /** Creates the benchmark; JMH calls this. */
    public ParseBenchmark() {
    }

    /** Loads the corpus. */
    @Setup
    public void setUp() {
        Corpus c = Corpus.load(corpus);
        articles = c.articles();
        sources = c.sources();
        parser = ArticleParser.builder().build();
        jsonl = ArticleFormats.byName("jsonl").orElseThrow();
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == articles.size() ? 0 : i + 1;
        return i;
    }

    /**
     * Reads, decodes, parses and writes one article as JSON Lines.
     *
     * @return the output's length
     * @throws IOException if decoding or writing fails
     */
    @Benchmark
    public int parse() throws IOException {
        int i = nextIndex();
        Article a = parser.parse(new ByteArrayInputStream(articles.get(i)), sources.get(i));
        out.setLength(0);
        jsonl.write(a, sources.get(i), out);
        return out.length();
    }

    /**
     * Reads, decodes and splits one article into lines and blocks and writes the lines as
     * paragraphs in JSON Lines, without classifying anything.
     *
     * @return the output's length plus the number of blocks
     * @throws IOException if decoding or writing fails
     */
    @Benchmark
    public int floor() throws IOException {
        int i = nextIndex();
        Decoded d = InputDecoder.decode(new ByteArrayInputStream(articles.get(i)), sources.get(i),
                ArticleParser.DEFAULT_MAX_INPUT_BYTES, false);
        List<Line> lines = LineSplitter.split(d.text());
        Article.Builder b = Article.builder();
        int blocks = 0;
        for (Line line : lines) {
            b.addParagraph(line.text());
            blocks = line.block() + 1;
        }
        out.setLength(0);
        jsonl.write(b.build(), sources.get(i), out);
        return out.length() + blocks;
    }
}
