package org.articleparser.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.ArticleParser;
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
 * The cost of writing an already parsed article in one format, as text ({@link #write}) and as
 * UTF-8 bytes ({@link #writeBytes}, what the command-line tool uses). One operation is one
 * article, taken in turn from the corpus. {@link BenchmarkReport} runs it for every format that
 * {@link ArticleFormats#available()} finds; run alone, it writes {@code json} and {@code jsonl}
 * unless {@code -p format=...} names others.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteBenchmark {

    /** The corpus: {@code seeds} or {@code generated}. */
    @Param({"generated"})
    public String corpus;

    /** The format's name, as in {@link ArticleFormats#byName(String)}. */
    @Param({"json", "jsonl"})
    public String format;

    private ArticleFormat writer;
    private List<Article> parsed;
    private List<String> sources;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private int next;

    /** Creates the benchmark; JMH calls this. */
    public WriteBenchmark() {
    }

    /**
     * Loads and parses the corpus.
     *
     * @throws ArticleInputException if an article cannot be decoded
     */
    @Setup
    public void setUp() throws ArticleInputException {
        Corpus c = Corpus.load(corpus);
        writer = ArticleFormats.byName(format)
                .orElseThrow(() -> new IllegalArgumentException("format not installed: " + format));
        ArticleParser parser = ArticleParser.builder().build();
        sources = c.sources();
        parsed = new ArrayList<>();
        for (int i = 0; i < c.articles().size(); i++) {
            parsed.add(parser.parse(new ByteArrayInputStream(c.articles().get(i)), sources.get(i)));
        }
    }

    /**
     * Writes one parsed article in {@link #format}.
     *
     * @return the output's length
     * @throws IOException if writing fails
     */
    @Benchmark
    public int write() throws IOException {
        int i = next;
        next = i + 1 == parsed.size() ? 0 : i + 1;
        out.setLength(0);
        writer.write(parsed.get(i), sources.get(i), out);
        return out.length();
    }

    /**
     * Writes one parsed article in {@link #format} as UTF-8 to a byte stream.
     *
     * @return the output's length in bytes
     * @throws IOException if writing fails
     */
    @Benchmark
    public int writeBytes() throws IOException {
        int i = next;
        next = i + 1 == parsed.size() ? 0 : i + 1;
        bytes.reset();
        writer.write(parsed.get(i), sources.get(i), bytes);
        return bytes.size();
    }
}
