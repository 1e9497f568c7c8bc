package org.articleparser.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
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

            Options:
              --format NAME     output format (see --list-formats); default json for one
                                file, jsonl for several
              --list-formats    list the installed formats and exit
              --explain         print, for every input line, where it went and the rule
                                that decided it, instead of the formatted article
              --strict-utf8     reject malformed UTF-8 instead of replacing it
              --max-bytes N     skip inputs larger than N bytes (default 16777216)
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
                    case "--strict-utf8" -> options.strictUtf8(true);
                    case "--max-bytes" -> options.maxInputBytes(number(value(args, ++i, a), a));
                    default -> {
                        if (a.startsWith("--format=")) {
                            formatName = a.substring("--format=".length());
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
                    : inputs.size() == 1 && !Files.isDirectory(Path.of(inputs.get(0))) ? "json" : "jsonl";
            Optional<ArticleFormat> found = ArticleFormats.byName(wanted);
            if (found.isEmpty()) {
                err.println(NAME + ": unknown format '" + wanted + "' (installed: "
                        + String.join(", ", ArticleFormats.available().stream().map(ArticleFormat::name).toList()) + ")");
                return USAGE;
            }
            format = found.get();
        }
        ArticleParser parser = options.build();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int failed = 0;
        try {
            for (String input : inputs) {
                List<Path> files = expand(input, err);
                if (files == null) {
                    failed++;
                    continue;
                }
                for (Path file : files) {
                    String source = file.toString();
                    try {
                        Article article = parser.parse(file);
                        if (explain) {
                            explain(article, source, w);
                        } else {
                            format.write(article, source, w);
                            if (!format.name().equals("jsonl")) {
                                w.write('\n');
                            }
                        }
                        w.flush();
                    } catch (ArticleInputException e) {
                        failed++;
                        err.println(NAME + ": " + e.getMessage());
                        if (debug) {
                            e.printStackTrace(err);
                        }
                    } catch (RuntimeException e) {
                        failed++;
                        err.println(NAME + ": " + source + ": internal error (" + e + ")");
                        if (debug) {
                            e.printStackTrace(err);
                        }
                    }
                }
            }
            w.flush();
        } catch (IOException | UncheckedIOException e) {
            err.println(NAME + ": cannot write output: " + e.getMessage());
            return SOME_FAILED;
        }
        return failed == 0 ? OK : SOME_FAILED;
    }

    /** The files an argument stands for: itself, or the .txt files under a directory; null if unlistable. */
    private static List<Path> expand(String input, PrintStream err) {
        Path p = Path.of(input);
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(f -> Files.isRegularFile(f)
                            && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            err.println(NAME + ": " + input + ": cannot list directory (" + e.getMessage() + ")");
            return null;
        }
    }

    private static void explain(Article article, String source, Writer w) throws IOException {
        w.write("== " + source + "\n");
        for (Placement p : article.placements()) {
            String text = p.text().length() > 70 ? p.text().substring(0, 67) + "..." : p.text();
            w.write(String.format(Locale.ROOT, "%5d  %-11s %3d  %-38s %.2f  %s%n", p.line(),
                    p.part().name().toLowerCase(Locale.ROOT), p.index(), p.rule(), p.score(), text));
        }
        article.warnings().forEach(x -> {
            try {
                w.write("warning: " + x.message() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
