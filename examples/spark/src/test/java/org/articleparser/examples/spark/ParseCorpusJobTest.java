package org.articleparser.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.articleparser.core.Article;
import org.articleparser.core.Articles;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.ParseWarning;
import org.articleparser.formats.json.JsonFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ParseCorpusJob} in {@code local[2]} over the seeds, generated articles, a Latin-1
 * file, a binary file and a file of another kind, and checks every output row against a direct
 * {@link Articles#parse(Path)} of its file.
 */
class ParseCorpusJobTest {

    private static final int GENERATED = 300;
    private static final Pattern SOURCE = Pattern.compile("^\\{\"source\":\"([^\"\\\\]*)\"");

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path input;
    /** The expected article of every file the job should parse, by absolute path. */
    private static final Map<Path, Article> EXPECTED = new TreeMap<>();

    @BeforeAll
    static void startSparkAndWriteCorpus() throws IOException {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("ParseCorpusJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        input = tmp.resolve("input");
        Path seeds = Files.createDirectories(input.resolve("seeds"));
        Path seedSource = Path.of("target/test-classes/seeds");
        try (Stream<Path> files = Files.list(seedSource)) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, seeds.resolve(seed.getFileName()));
            }
        }
        CorpusGenerator.write(input.resolve("generated"), GENERATED, 42);
        // Latin-1, not UTF-8: parsed with a replacement character and a warning.
        Files.write(input.resolve("latin1.txt"),
                "Caf\u00e9 owners protest new rules\n\nThe caf\u00e9 owners met on Monday.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        try (Stream<Path> files = Files.walk(input)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                EXPECTED.put(f.toAbsolutePath(), Articles.parse(f));
            }
        }
        assertTrue(EXPECTED.size() >= GENERATED + 6, "seeds and generated articles: " + EXPECTED.size());
        assertEquals(1, EXPECTED.values().stream().filter(a -> !a.warnings().isEmpty()).count(),
                "one article with a warning");
        // Not text: the job must list it as failed and carry on.
        Files.write(input.resolve("binary.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2});
        // Not named *.txt: the default name filter skips it.
        Files.writeString(input.resolve("notes.md"), "Not an article\n\nSkipped by the name filter.\n");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonLinesOutputMatchesDirectParseOfEveryFile() throws Exception {
        Path out = tmp.resolve("jsonl");
        Run run = run(input.toString(), out.toString());
        assertEquals(ParseCorpusJob.OK, run.code, run.err);
        assertTrue(run.out.contains(EXPECTED.size() + " articles, 1 failed"), run.out);

        JsonFormat compact = JsonFormat.builder().pretty(false).build();
        Map<Path, String> seen = new HashMap<>();
        for (String line : lines(out, ".txt")) {
            Matcher m = SOURCE.matcher(line);
            assertTrue(m.find(), "no source in " + line);
            String source = m.group(1);
            Path file = Path.of(URI.create(source));
            Article expected = EXPECTED.get(file);
            assertTrue(expected != null, "unexpected file in the output: " + source);
            assertNull(seen.put(file, line), "written twice: " + source);
            StringBuilder json = new StringBuilder();
            compact.write(expected, source, json);
            assertEquals(json.toString(), line, file.getFileName().toString());
            assertEquals(expected, JsonFormat.standard().read(new StringReader(line)).orElseThrow(),
                    file.getFileName() + " read back");
        }
        assertEquals(EXPECTED.keySet(), seen.keySet());
        assertBinaryFileListed(out.resolve("_errors"));
        assertEquals(1, ExecutorParsers.builds(), "one parser for the whole JVM");
    }

    @Test
    void parquetColumnsMatchDirectParseOfEveryFile() throws Exception {
        Path out = tmp.resolve("parquet");
        Path errors = tmp.resolve("parquet-errors");
        Run run = run("--format", "parquet", "--partitions", "3", "--errors", errors.toString(),
                input.toString(), out.toString());
        assertEquals(ParseCorpusJob.OK, run.code, run.err);
        List<Path> parts = partFiles(out, ".parquet");
        assertTrue(!parts.isEmpty() && parts.size() <= 3, "part files: " + parts);

        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        assertEquals(EXPECTED.size(), rows.size());
        Map<Path, Row> byFile = new HashMap<>();
        for (Row row : rows) {
            Path file = Path.of(URI.create(row.getAs("source")));
            assertNull(byFile.put(file, row), "written twice: " + file);
        }
        assertEquals(EXPECTED.keySet(), byFile.keySet());
        for (Map.Entry<Path, Article> e : EXPECTED.entrySet()) {
            assertRowIs(e.getValue(), byFile.get(e.getKey()), e.getKey().getFileName().toString());
        }
        assertBinaryFileListed(errors);
        assertEquals(1, ExecutorParsers.builds(), "one parser for the whole JVM");
    }

    @Test
    void failOnErrorExitsOneAfterWritingBothOutputs() throws Exception {
        Path out = tmp.resolve("strict");
        Run run = run("--fail-on-error", input.toString(), out.toString());
        assertEquals(ParseCorpusJob.SOME_FAILED, run.code, run.err);
        assertTrue(run.err.contains("binary.txt"), run.err);
        assertEquals(EXPECTED.size(), lines(out, ".txt").size());
        assertBinaryFileListed(out.resolve("_errors"));
    }

    @Test
    void existingOutputIsAUsageErrorUnlessOverwritten() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("exists"));
        Path one = input.resolve("seeds");
        Run refused = run(one.toString(), out.toString());
        assertEquals(ParseCorpusJob.USAGE, refused.code);
        assertTrue(refused.err.contains("already exists"), refused.err);

        Run replaced = run("--overwrite", one.toString(), out.toString());
        assertEquals(ParseCorpusJob.OK, replaced.code, replaced.err);
        assertEquals(5, lines(out, ".txt").size());
    }

    @Test
    void globInputAndMissingInput() throws Exception {
        Path out = tmp.resolve("glob");
        Run run = run(input.resolve("seeds") + "/00[0-2]_*.txt", out.toString());
        assertEquals(ParseCorpusJob.OK, run.code, run.err);
        assertEquals(3, lines(out, ".txt").size());

        Run missing = run(tmp.resolve("no-such-dir").toString(), tmp.resolve("missing").toString());
        assertEquals(ParseCorpusJob.USAGE, missing.code);
        assertTrue(missing.err.contains("no-such-dir"), missing.err);
    }

    @Test
    void badCommandLinesAreRejectedBeforeSparkStarts() {
        assertThrows(IllegalArgumentException.class, () -> ParseCorpusJob.Options.parse("in"));
        assertThrows(IllegalArgumentException.class,
                () -> ParseCorpusJob.Options.parse("--format", "csv", "in", "out"));
        assertThrows(IllegalArgumentException.class,
                () -> ParseCorpusJob.Options.parse("--max-bytes", "0", "in", "out"));
        assertThrows(IllegalArgumentException.class,
                () -> ParseCorpusJob.Options.parse("--boilerplate", " ", "in", "out"));
        ParseCorpusJob.Options o = ParseCorpusJob.Options.parse("in", "s3a://bucket/out/");
        assertEquals("s3a://bucket/out/_errors", o.errors());
        assertEquals(ParseCorpusJob.OutputKind.JSONL, o.kind());
    }

    private static void assertRowIs(Article a, Row row, String file) {
        assertEquals(a.kicker(), row.getAs("kicker"), file + " kicker");
        assertEquals(a.headline(), row.getAs("headline"), file + " headline");
        assertEquals(a.byline(), row.getAs("byline"), file + " byline");
        Dateline d = a.dateline();
        Row dr = row.getAs("dateline");
        if (d == null) {
            assertNull(dr, file + " dateline");
        } else {
            assertEquals(List.of(d.text(), nullable(d.location()), nullable(d.date()), nullable(d.agency())),
                    List.of(dr.getAs("text"), nullable(dr.getAs("location")), nullable(dr.getAs("date")),
                            nullable(dr.getAs("agency"))), file + " dateline");
        }
        List<Row> media = row.getList(row.fieldIndex("media"));
        assertEquals(a.media().size(), media.size(), file + " media");
        for (int i = 0; i < media.size(); i++) {
            Media m = a.media().get(i);
            Row mr = media.get(i);
            assertEquals(m.kind() == MediaKind.VIDEO ? "video" : "image", mr.getAs("kind"), file + " media kind");
            assertEquals(m.caption(), mr.getAs("caption"), file + " media caption");
            assertEquals(m.credit(), mr.getAs("credit"), file + " media credit");
            assertEquals(m.duration(), mr.getAs("duration"), file + " media duration");
        }
        assertEquals(a.paragraphs(), row.getList(row.fieldIndex("paragraphs")), file + " paragraphs");
        assertEquals(a.related(), row.getList(row.fieldIndex("related")), file + " related");
        assertEquals(a.boilerplate(), row.getList(row.fieldIndex("boilerplate")), file + " boilerplate");
        List<Row> warnings = row.getList(row.fieldIndex("warnings"));
        assertEquals(a.warnings().size(), warnings.size(), file + " warnings");
        for (int i = 0; i < warnings.size(); i++) {
            ParseWarning w = a.warnings().get(i);
            Row wr = warnings.get(i);
            assertEquals(List.of(w.code(), w.message(), w.position()),
                    List.of(wr.getAs("code"), wr.getAs("message"), wr.getAs("position")), file + " warning");
        }
        assertEquals(JsonFormat.SCHEMA_VERSION, (int) row.getAs("schemaVersion"), file + " schemaVersion");
    }

    private static String nullable(String s) {
        return s == null ? "<null>" : s;
    }

    private static void assertBinaryFileListed(Path errors) throws IOException {
        List<String> lines = lines(errors, ".json");
        assertEquals(1, lines.size(), "errors: " + lines);
        String line = lines.get(0);
        assertTrue(line.contains("binary.txt") && line.contains("\"reason\":\"BINARY\""), line);
    }

    private static List<String> lines(Path dir, String suffix) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path part : partFiles(dir, suffix)) {
            lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static List<Path> partFiles(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")
                    && f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = ParseCorpusJob.run(spark, ParseCorpusJob.Options.parse(args), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
