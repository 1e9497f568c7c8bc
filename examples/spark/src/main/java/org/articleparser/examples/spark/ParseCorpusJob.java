package org.articleparser.examples.spark;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.articleparser.core.ArticleParser;

import static org.apache.spark.sql.functions.col;

/**
 * A Spark job that parses a corpus of article text files: one article per file, written as JSON
 * Lines (schema v1, the {@code jsonl} format's lines) or as Parquet (the columns of
 * {@link ArticleRows}), and every file that could not be read as text written to an error output
 * with its path and reason.
 *
 * <pre>{@code
 * spark-submit --class org.articleparser.examples.spark.ParseCorpusJob article-parser-spark.jar \
 *     --format parquet hdfs:///crawl/2026-11/ hdfs:///parsed/2026-11
 * }</pre>
 *
 * <p>Each executor builds one {@link ArticleParser} (immutable and thread-safe) and shares it
 * among its tasks; files are read through Hadoop's file systems, so any URI Spark can list works.
 * A bad file never fails the job: it becomes a row of the error output.
 *
 * <p>Exit status: {@value #OK} when the job ran to the end, whether or not some files failed
 * (they are counted on standard output and listed in the error output); {@value #SOME_FAILED}
 * when some files failed and {@code --fail-on-error} was given; {@value #USAGE} for a usage
 * error, an input that matches no path or an output that already exists. A failure of Spark
 * itself propagates as an exception. On success {@link #main(String[])} returns normally rather
 * than calling {@code System.exit(0)}, which a cluster manager would report as an early exit.
 */
public final class ParseCorpusJob {

    /** The job ran to the end; files that failed, if any, are in the error output. */
    public static final int OK = 0;
    /** Some files failed and {@code --fail-on-error} was given; both outputs are still written. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong, the input matched nothing or the output exists already. */
    public static final int USAGE = 2;

    private static final String NAME = "article-parser-spark";
    private static final int FAILURES_SHOWN = 20;

    static final String HELP = """
            Usage: spark-submit --class org.articleparser.examples.spark.ParseCorpusJob \\
                       article-parser-spark.jar [OPTIONS] INPUT OUTPUT

            Parses scraped news articles (plain text, UTF-8), one per file, on Spark.
            INPUT is a directory (read recursively) or a glob, on any file system Spark
            can read; OUTPUT is the directory for the articles.

            Options:
              --format jsonl|parquet  output kind; default jsonl (schema v1 JSON Lines)
              --errors DIR            where failed files are listed (JSON Lines: source,
                                      reason, message); default OUTPUT/_errors
              --name-filter GLOB      names of the files to read; default *.txt, * for all
              --partitions N          at most N output files; default 4 per core
              --overwrite             replace OUTPUT and the error output if they exist
              --fail-on-error         exit 1 when some files failed
              --strict-utf8           reject malformed UTF-8 instead of replacing it
              --max-bytes N           reject files larger than N bytes (default 16777216)
              --boilerplate PHRASE    a line that is boilerplate wherever it occurs;
                                      repeatable
              -h, --help              show this help and exit

            Exit codes: 0 the job ran to the end (failed files, if any, are in the error
            output), 1 some files failed and --fail-on-error was given, 2 usage error.
            """;

    private ParseCorpusJob() {
    }

    /** What the job writes its articles as. */
    public enum OutputKind {
        /** One compact schema-v1 JSON object per line, as the {@code jsonl} format writes it. */
        JSONL,
        /** Parquet with the columns of {@link ArticleRows#schema()}. */
        PARQUET
    }

    /**
     * A job's options; {@link #parse(String...)} reads them from a command line.
     *
     * @param input         a directory or glob of article text files
     * @param output        the directory for the articles
     * @param errors        the directory for the files that failed
     * @param kind          the output kind
     * @param nameFilter    a glob that file names must match, such as {@code *.txt}
     * @param partitions    the most output partitions (files), or 0 for 4 per core
     * @param overwrite     whether existing outputs are replaced
     * @param failOnError   whether failed files make the exit status {@value #SOME_FAILED}
     * @param parser        the parser's options
     */
    public record Options(String input, String output, String errors, OutputKind kind,
                          String nameFilter, int partitions, boolean overwrite,
                          boolean failOnError, ParserOptions parser) {

        /** Checks that every option is present and the partition count not negative. */
        public Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(errors, "errors");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(nameFilter, "nameFilter");
            Objects.requireNonNull(parser, "parser");
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must not be negative: " + partitions);
            }
        }

        /**
         * Reads options from a command line (see {@code --help}).
         *
         * @param args the arguments after the jar
         * @return the options
         * @throws IllegalArgumentException if an option is unknown, lacks its value or has a bad
         *                                  one, or INPUT or OUTPUT is missing
         */
        public static Options parse(String... args) {
            OutputKind kind = OutputKind.JSONL;
            String errors = null;
            String nameFilter = "*.txt";
            int partitions = 0;
            boolean overwrite = false;
            boolean failOnError = false;
            long maxBytes = ArticleParser.DEFAULT_MAX_INPUT_BYTES;
            boolean strict = false;
            List<String> boilerplate = new ArrayList<>();
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--format" -> kind = kind(value(args, ++i, a));
                    case "--errors" -> errors = value(args, ++i, a);
                    case "--name-filter" -> nameFilter = value(args, ++i, a);
                    case "--partitions" -> partitions = (int) number(value(args, ++i, a), a, 1, Integer.MAX_VALUE);
                    case "--overwrite" -> overwrite = true;
                    case "--fail-on-error" -> failOnError = true;
                    case "--strict-utf8" -> strict = true;
                    case "--max-bytes" -> maxBytes = number(value(args, ++i, a), a, 1, Long.MAX_VALUE);
                    case "--boilerplate" -> boilerplate.add(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        positional.add(a);
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + positional.size()
                        + " arguments (try --help)");
            }
            String output = positional.get(1);
            if (errors == null) {
                errors = output.replaceAll("/+$", "") + "/_errors";
            }
            ParserOptions parser = new ParserOptions(maxBytes, strict, boilerplate);
            parser.build(); // validates the values now, on the driver
            return new Options(positional.get(0), output, errors, kind, nameFilter, partitions,
                    overwrite, failOnError, parser);
        }

        private static OutputKind kind(String name) {
            try {
                return OutputKind.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format must be jsonl or parquet: " + name);
            }
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static long number(String value, String option, long min, long max) {
            try {
                long n = Long.parseLong(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs a number from " + min + " to " + max
                    + ": " + value);
        }
    }

    /**
     * The parser's options, as {@link ArticleParser.Builder} takes them: serializable, so the
     * driver ships them to the executors, each of which builds one parser from them.
     *
     * @param maxInputBytes    the largest file accepted, in bytes
     * @param strictUtf8       whether malformed UTF-8 fails a file instead of being replaced
     * @param extraBoilerplate lines that are boilerplate wherever they occur
     */
    public record ParserOptions(long maxInputBytes, boolean strictUtf8, List<String> extraBoilerplate)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Copies the phrase list. */
        public ParserOptions {
            extraBoilerplate = List.copyOf(extraBoilerplate);
        }

        /** The default parser's options. */
        public static ParserOptions defaults() {
            return new ParserOptions(ArticleParser.DEFAULT_MAX_INPUT_BYTES, false, List.of());
        }

        /**
         * A parser with these options.
         *
         * @return the parser
         * @throws IllegalArgumentException if an option is out of range or a phrase is blank
         */
        public ArticleParser build() {
            return ArticleParser.builder()
                    .maxInputBytes(maxInputBytes)
                    .strictUtf8(strictUtf8)
                    .extraBoilerplate(extraBoilerplate)
                    .build();
        }
    }

    /**
     * What a run did.
     *
     * @param articles      the number of files parsed into articles
     * @param failed        the number of files that failed, each listed in the error output
     * @param firstFailures the messages of the first few failed files (at most 20)
     * @param nanos         the run's wall-clock time in nanoseconds, from listing to the last write
     */
    public record Summary(long articles, long failed, List<String> firstFailures, long nanos) {

        /** Copies the message list. */
        public Summary {
            firstFailures = List.copyOf(firstFailures);
        }

        /** Articles per second over the whole run. */
        public double articlesPerSecond() {
            return nanos == 0 ? 0 : articles * 1e9 / nanos;
        }
    }

    /**
     * Runs the job in the session {@code spark-submit} (or {@code -Dspark.master=...}) configures,
     * {@code local[*]} when none is set, and exits with a non-zero status only when there is one.
     *
     * @param args the command line (see {@code --help})
     */
    public static void main(String[] args) {
        if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
            System.out.print(HELP);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(NAME + ": " + e.getMessage());
            System.exit(USAGE);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("ParseCorpusJob");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        int code;
        try {
            code = run(spark, options, System.out, System.err);
        } finally {
            spark.stop();
        }
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * Runs the job in an existing session, reporting on the given streams.
     *
     * @param spark   the session
     * @param options the options
     * @param out     where the summary goes
     * @param err     where messages about failed files and usage errors go
     * @return the exit status: {@link #OK}, {@link #SOME_FAILED} or {@link #USAGE}
     */
    public static int run(SparkSession spark, Options options, PrintStream out, PrintStream err) {
        Summary summary;
        try {
            summary = run(spark, options);
        } catch (AnalysisException e) {
            err.println(NAME + ": " + e.getSimpleMessage());
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return USAGE;
        }
        for (String message : summary.firstFailures()) {
            err.println(NAME + ": " + message);
        }
        if (summary.failed() > summary.firstFailures().size()) {
            err.println(NAME + ": ... and " + (summary.failed() - summary.firstFailures().size())
                    + " more in " + options.errors());
        }
        out.printf(Locale.ROOT, "%s: %d articles, %d failed%s, in %.1f s (%.0f articles/s)%n",
                NAME, summary.articles(), summary.failed(),
                summary.failed() > 0 ? " (listed in " + options.errors() + ")" : "",
                summary.nanos() / 1e9, summary.articlesPerSecond());
        out.flush();
        return summary.failed() > 0 && options.failOnError() ? SOME_FAILED : OK;
    }

    /**
     * Runs the job: lists the input, parses every file on the executors and writes both outputs.
     *
     * @param spark   the session
     * @param options the options
     * @return the counts and the time taken
     * @throws AnalysisException       if the input matches no path
     * @throws IllegalArgumentException if an output exists and {@link Options#overwrite()} is
     *                                  not set, checked before any work is done
     */
    public static Summary run(SparkSession spark, Options options) throws AnalysisException {
        long start = System.nanoTime();
        if (!options.overwrite()) {
            for (String dir : List.of(options.output(), options.errors())) {
                if (exists(spark, dir)) {
                    throw new IllegalArgumentException(dir + " already exists (use --overwrite to replace it)");
                }
            }
        }
        Dataset<Row> paths = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", options.nameFilter())
                .load(options.input())
                .select("path"); // the content column is never read: executors open the files
        int partitions = options.partitions() > 0 ? options.partitions()
                : 4 * spark.sparkContext().defaultParallelism();
        if (paths.rdd().getNumPartitions() > partitions) {
            paths = paths.coalesce(partitions);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SerializableWritable<Configuration>> hadoopConf =
                jsc.broadcast(new SerializableWritable<>(spark.sparkContext().hadoopConfiguration()));
        boolean asJson = options.kind() == OutputKind.JSONL;
        Dataset<Row> results = paths
                .mapPartitions(new ParsePartition(options.parser(), asJson, hadoopConf),
                        Encoders.row(ParsePartition.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            Dataset<Row> ok = results.where(col("error").isNull());
            if (asJson) {
                ok.select("json").write().mode(mode).text(options.output());
            } else {
                ok.select("article.*").write().mode(mode).parquet(options.output());
            }
            Dataset<Row> failed = results.where(col("error").isNotNull())
                    .select(col("source"), col("error.reason").as("reason"), col("error.message").as("message"));
            failed.coalesce(1).write().mode(mode).json(options.errors());
            long failures = failed.count();
            long total = results.count();
            List<String> first = failures == 0 ? List.of()
                    : failed.select("message").limit(FAILURES_SHOWN).as(Encoders.STRING()).collectAsList();
            return new Summary(total - failures, failures, first, System.nanoTime() - start);
        } finally {
            results.unpersist();
            hadoopConf.destroy();
        }
    }

    private static boolean exists(SparkSession spark, String dir) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir);
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
