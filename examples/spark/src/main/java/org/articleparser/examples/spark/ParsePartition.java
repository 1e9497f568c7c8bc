package org.articleparser.examples.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.ArticleParser;
import org.articleparser.formats.json.JsonFormat;

/**
 * The executor side of {@link ParseCorpusJob}: reads and parses each file of a partition of
 * paths with the executor's shared parser, and turns every outcome, good or bad, into a row of
 * {@link #SCHEMA}, so one bad file never fails a task.
 */
final class ParsePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** Compact schema-v1 JSON, one line per article: the {@code jsonl} format's lines. */
    private static final JsonFormat JSON = JsonFormat.builder().pretty(false).build();

    /** Reason given for a failure the parser did not classify: a bug, reported, not fatal. */
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private static final StructType ERROR = new StructType(new StructField[] {
        DataTypes.createStructField("reason", DataTypes.StringType, false),
        DataTypes.createStructField("message", DataTypes.StringType, false),
    });

    /**
     * One outcome per file: its source, then either the article (as a struct of
     * {@link ArticleRows#schema()} for Parquet, or as a JSON line) or the error.
     */
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("article", ArticleRows.schema(), true),
        DataTypes.createStructField("json", DataTypes.StringType, true),
        DataTypes.createStructField("error", ERROR, true),
    });

    private final ParseCorpusJob.ParserOptions options;
    private final boolean asJson;
    private final Broadcast<SerializableWritable<Configuration>> hadoopConf;

    ParsePartition(ParseCorpusJob.ParserOptions options, boolean asJson,
                   Broadcast<SerializableWritable<Configuration>> hadoopConf) {
        this.options = options;
        this.asJson = asJson;
        this.hadoopConf = hadoopConf;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> paths) {
        ArticleParser parser = ExecutorParsers.get(options);
        Configuration conf = hadoopConf.value().value();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public Row next() {
                return parse(parser, conf, paths.next().getString(0));
            }
        };
    }

    private Row parse(ArticleParser parser, Configuration conf, String source) {
        Article article;
        try {
            Path path = new Path(source);
            FileSystem fs = path.getFileSystem(conf);
            try (InputStream in = fs.open(path)) {
                article = parser.parse(in, source);
            }
        } catch (ArticleInputException e) {
            return failure(source, e.reason().name(), e.getMessage());
        } catch (FileNotFoundException e) {
            return failure(source, ArticleInputException.Reason.NOT_FOUND.name(), source + ": no such file");
        } catch (IOException e) {
            return failure(source, ArticleInputException.Reason.UNREADABLE.name(),
                    source + ": cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException | StackOverflowError e) {
            return failure(source, INTERNAL_ERROR, source + ": internal error (" + e + ")");
        }
        if (asJson) {
            StringBuilder line = new StringBuilder(1024);
            try {
                JSON.write(article, source, line);
            } catch (IOException e) {
                return failure(source, INTERNAL_ERROR, source + ": cannot write JSON (" + e.getMessage() + ")");
            }
            return RowFactory.create(source, null, line.toString(), null);
        }
        return RowFactory.create(source, ArticleRows.toRow(article, source), null, null);
    }

    private static Row failure(String source, String reason, String message) {
        return RowFactory.create(source, null, null, RowFactory.create(reason, message));
    }
}
