package org.articleparser.examples.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.ArticleParser;
import org.articleparser.core.Placement;
import org.articleparser.core.spi.ArticleFormat;

/**
 * The {@code articles} command: parses article text files and writes them in a chosen format.
 * Run with {@code --help} for the options. Exit codes: 0 all inputs parsed, 1 some inputs failed,
 * 2 usage error.
 */
public final class ArticlesCli {

    /** Every input was parsed. */
    public static final int OK = 0;
    /** Some inputs could not be read; the others were written. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong; nothing was parsed. */
    public static final int USAGE = 2;

    private static final String NAME = "article-parser";

    static final String HELP = """
            Usage: java -jar articles.jar [OPTIONS] FILE|DIR...

            Parses scraped news articles (plain text, UTF-8) and writes them out.
            A directory stands for the .txt files under it, in name order.
            Articles are written as they are parsed, in input order.

            Options:
              --format NAME     output format (see --list-formats); default json for one
                                file, jsonl for several
              --list-formats    list the installed formats and exit
              --explain         print, for every input line, where it went and the rule
                                that decided it, instead of the formatted article
              --strict-utf8     reject malformed UTF-8 instead of replacing it
              --max-bytes N     skip inputs larger than N bytes (default 16777216)
              --threads N       parse on N threads (default: one per core); the
                                output keeps the input order either way
              --quiet           no progress line (shown on stderr only when it
                                is a terminal)
              --debug           print stack traces for failed inputs
              -h, --help        show this help and exit

            Exit codes: 0 every input parsed, 1 some inputs failed (each named on
            stderr, the others still written), 2 usage error.
            """;

    private ArticlesCli() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @param args the command line
     * @param out  where articles go
     * @param err  where messages go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String formatName = null;
        boolean explain = false;
        boolean debug = false;
        boolean quiet = false;
        int threads = Runtime.getRuntime().availableProcessors();
        ArticleParser.Builder options = ArticleParser.builder();
        List<String> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> {
                        out.print(HELP);
                        out.flush();
                        return OK;
                    }
                    case "--list-formats" -> {
                        for (ArticleFormat f : ArticleFormats.available()) {
                            out.printf("%-10s %-22s .%s%n", f.name(), f.mediaType(), f.fileExtension());
                        }
                        out.flush();
                        return OK;
                    }
                    case "--format" -> formatName = value(args, ++i, a);
                    case "--explain" -> explain = true;
                    case "--debug" -> debug = true;
                    case "--quiet" -> quiet = true;
                    case "--threads" -> threads = threads(value(args, ++i, a), a);
                    case "--strict-utf8" -> options.strictUtf8(true);
                    case "--max-bytes" -> options.maxInputBytes(number(value(args, ++i, a), a));
                    default -> {
                        if (a.startsWith("--format=")) {
                            formatName = a.substring("--format=".length());
                        } else if (a.startsWith("--threads=")) {
                            threads = threads(a.substring("--threads=".length()), "--threads");
                        } else if (a.startsWith("-") && !a.equals("-")) {
                            throw new UsageException("unknown option " + a);
                        } else {
                            inputs.add(a);
                        }
                    }
                }
            }
            if (inputs.isEmpty()) {
                throw new UsageException("no input files (try --help)");
            }
        } catch (UsageException | IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return USAGE;
        }
        ArticleFormat format = null;
        if (!explain) {
            String wanted = formatName != null ? formatName
                    : inputs.size() == 1 && directory(inputs.get(0)) == null ? "json" : "jsonl";
            Optional<ArticleFormat> found = ArticleFormats.byName(wanted);
            if (found.isEmpty()) {
                err.println(NAME + ": unknown format '" + wanted + "' (installed: "
                        + String.join(", ", ArticleFormats.available().stream().map(ArticleFormat::name).toList()) + ")");
                return USAGE;
            }
            format = found.get();
        }
        ArticleParser parser = options.build();
        // The workers encode their output, so this thread only copies bytes in input order.
        OutputStream w = new BufferedOutputStream(out, 1 << 16);
        Progress progress = !quiet && err == System.err && Progress.stderrIsTerminal() ? new Progress(err) : null;
        Pipeline pipeline = new Pipeline(threads);
        Job job = new Job(parser, format, explain, debug, progress != null);
        int[] failed = {0};
        try {
            Pipeline.Sink<List<Result>> sink = results -> {
                for (Result r : results) {
                    emit(r, w, err, failed, progress);
                }
            };
            Pipeline.Flush flush = w::flush;
            Batches batches = new Batches(pipeline, job, sink, flush, progress);
            if (progress != null) {
                progress.count(inputs);
            }
            for (String input : inputs) {
                Path path;
                try {
                    path = Path.of(input);
                } catch (InvalidPathException e) {
                    batches.failed(input, "not a valid path (" + e.getReason() + ")");
                    continue;
                }
                if (Files.isDirectory(path)) {
                    TextFileWalk.walk(path, batches);
                } else {
                    batches.file(path);
                }
            }
            batches.submit();
            pipeline.finish(flush);
        } catch (IOException | UncheckedIOException e) {
            err.println(NAME + ": cannot write output: " + e.getMessage());
            return SOME_FAILED;
        } finally {
            pipeline.close();
            if (progress != null) {
                progress.clear();
            }
        }
        return failed[0] == 0 ? OK : SOME_FAILED;
    }

    /** Files parsed by one task on a worker thread. */
    static final int FILES_PER_TASK = 16;

    /**
     * Hands the files to the pipeline as the walk finds them, {@value #FILES_PER_TASK} to a task:
     * one hand-over per file costs more in waking threads than small files take to parse.
     */
    private static final class Batches implements TextFileWalk.Visitor {
        private final Pipeline pipeline;
        private final Job job;
        private final Pipeline.Sink<List<Result>> sink;
        private final Pipeline.Flush flush;
        private final Progress progress;
        private List<Path> batch = new ArrayList<>(FILES_PER_TASK);

        Batches(Pipeline pipeline, Job job, Pipeline.Sink<List<Result>> sink, Pipeline.Flush flush,
                Progress progress) {
            this.pipeline = pipeline;
            this.job = job;
            this.sink = sink;
            this.flush = flush;
            this.progress = progress;
        }

        @Override
        public void file(Path file) throws IOException {
            found();
            batch.add(file);
            if (batch.size() == FILES_PER_TASK) {
                submit();
            }
        }

        @Override
        public void failed(Path directory, IOException e) throws IOException {
            failed(directory.toString(), "cannot list directory (" + e.getMessage() + ")");
        }

        /** Reports, in its place in the output order, an input that yields no file. */
        void failed(String input, String problem) throws IOException {
            submit();
            found();
            String message = NAME + ": " + input + ": " + problem;
            pipeline.add(() -> List.of(Result.failure(message, null)), sink, flush);
        }

        /** Submits the files not yet handed over. */
        void submit() throws IOException {
            if (batch.isEmpty()) {
                return;
            }
            List<Path> files = batch;
            batch = new ArrayList<>(FILES_PER_TASK);
            pipeline.add(() -> files.stream().map(job::run).toList(), sink, flush);
        }

        private void found() {
            if (progress != null) {
                progress.found();
            }
        }
    }

    /** The directory {@code input} names, or null if it names none (or is no valid path). */
    static Path directory(String input) {
        try {
            Path p = Path.of(input);
            return Files.isDirectory(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Writes one input's result: its text to the output, or its message to stderr. */
    private static void emit(Result r, OutputStream w, PrintStream err, int[] failed, Progress progress)
            throws IOException {
        if (r.text() != null) {
            w.write(r.text());
        } else {
            failed[0]++;
            if (progress != null) {
                progress.clear();
            }
            err.println(r.message());
            if (r.trace() != null) {
                r.trace().printStackTrace(err);
            }
        }
        if (progress != null) {
            progress.done(r.bytes());
        }
    }

    /** What one input came to: its formatted text in UTF-8, or a message (with a trace under --debug). */
    private record Result(byte[] text, String message, Throwable trace, long bytes) {

        static Result failure(String message, Throwable trace) {
            return new Result(null, message, trace, 0);
        }
    }

    /** Parses and formats one file; runs on the worker threads. */
    private record Job(ArticleParser parser, ArticleFormat format, boolean explain, boolean debug,
                       boolean sizes) {

        Result run(Path file) {
            String source = file.toString();
            try {
                Article article = parser.parse(file);
                byte[] text;
                if (explain) {
                    StringBuilder sb = new StringBuilder(4096);
                    ArticlesCli.explain(article, source, sb);
                    text = sb.toString().getBytes(StandardCharsets.UTF_8);
                } else {
                    // the format encodes as it writes: the JSON formats write bytes directly
                    Bytes out = new Bytes();
                    format.write(article, source, out);
                    out.endLine();
                    text = out.toByteArray();
                }
                return new Result(text, null, null, sizes ? size(file) : 0);
            } catch (ArticleInputException e) {
                return Result.failure(NAME + ": " + e.getMessage(), debug ? e : null);
            } catch (IOException | RuntimeException e) {
                return Result.failure(NAME + ": " + source + ": internal error (" + e + ")", debug ? e : null);
            }
        }

        /** One result's bytes, ending in a line feed once {@link #endLine} is called. */
        private static final class Bytes extends ByteArrayOutputStream {
            Bytes() {
                super(8192);
            }

            void endLine() {
                if (count > 0 && buf[count - 1] != '\n') {
                    write('\n');
                }
            }
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }
    }

    private static void explain(Article article, String source, StringBuilder w) {
        w.append("== ").append(source).append('\n');
        for (Placement p : article.placements()) {
            String text = p.text().length() > 70 ? p.text().substring(0, 67) + "..." : p.text();
            w.append(String.format(Locale.ROOT, "%5d  %-11s %3d  %-38s %.2f  %s%n", p.line(),
                    p.part().name().toLowerCase(Locale.ROOT), p.index(), p.rule(), p.score(), text));
        }
        article.warnings().forEach(x -> w.append("warning: ").append(x.message()).append('\n'));
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String value, String option) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number: " + value);
        }
    }

    private static int threads(String value, String option) throws UsageException {
        long n = number(value, option);
        if (n < 1 || n > 1024) {
            throw new UsageException(option + " must be between 1 and 1024: " + value);
        }
        return (int) n;
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
