package org.articleparser.examples.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.ParseWarning;
import org.articleparser.formats.json.JsonFormat;

/**
 * An {@link Article} as a Spark SQL row: the columns of {@link ParseCorpusJob}'s Parquet output,
 * named and ordered as the keys of the JSON schema v1.
 *
 * <pre>{@code
 * Dataset<Row> articles = texts.map(
 *         (MapFunction<Row, Row>) r -> ArticleRows.toRow(Articles.parse(r.getString(1)), r.getString(0)),
 *         Encoders.row(ArticleRows.schema()));
 * }</pre>
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>type</th></tr>
 *   <tr><td>source</td><td>string: the file's path or URI</td></tr>
 *   <tr><td>kicker, headline, byline</td><td>string, or null</td></tr>
 *   <tr><td>dateline</td><td>struct&lt;text, location, date, agency: string&gt;, or null</td></tr>
 *   <tr><td>media</td><td>array&lt;struct&lt;kind ("image" or "video"), caption, credit,
 *       duration: string&gt;&gt;</td></tr>
 *   <tr><td>paragraphs, related, boilerplate</td><td>array&lt;string&gt;</td></tr>
 *   <tr><td>warnings</td><td>array&lt;struct&lt;code, message: string, position: bigint&gt;&gt;</td></tr>
 *   <tr><td>schemaVersion</td><td>int: {@link JsonFormat#SCHEMA_VERSION}</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleRows {

    private static final StructType DATELINE = new StructType(new StructField[] {
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("location", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.StringType, true),
        DataTypes.createStructField("agency", DataTypes.StringType, true),
    });

    private static final StructType MEDIA = new StructType(new StructField[] {
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("caption", DataTypes.StringType, true),
        DataTypes.createStructField("credit", DataTypes.StringType, true),
        DataTypes.createStructField("duration", DataTypes.StringType, true),
    });

    private static final StructType WARNING = new StructType(new StructField[] {
        DataTypes.createStructField("code", DataTypes.StringType, false),
        DataTypes.createStructField("message", DataTypes.StringType, false),
        DataTypes.createStructField("position", DataTypes.LongType, false),
    });

    private static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("kicker", DataTypes.StringType, true),
        DataTypes.createStructField("headline", DataTypes.StringType, true),
        DataTypes.createStructField("byline", DataTypes.StringType, true),
        DataTypes.createStructField("dateline", DATELINE, true),
        DataTypes.createStructField("media", DataTypes.createArrayType(MEDIA, false), false),
        DataTypes.createStructField("paragraphs", strings(), false),
        DataTypes.createStructField("related", strings(), false),
        DataTypes.createStructField("boilerplate", strings(), false),
        DataTypes.createStructField("warnings", DataTypes.createArrayType(WARNING, false), false),
        DataTypes.createStructField("schemaVersion", DataTypes.IntegerType, false),
    });

    private ArticleRows() {
    }

    /** The schema of {@link #toRow(Article, String)}'s rows: the columns in the table above. */
    public static StructType schema() {
        return SCHEMA;
    }

    /**
     * The article as a row of {@link #schema()}.
     *
     * @param article the article
     * @param source  the input's name, or null
     * @return the row; lists become arrays, absent values nulls
     */
    public static Row toRow(Article article, String source) {
        Dateline d = article.dateline();
        Row dateline = d == null ? null : RowFactory.create(d.text(), d.location(), d.date(), d.agency());
        List<Media> media = article.media();
        Row[] mediaRows = new Row[media.size()];
        for (int i = 0; i < mediaRows.length; i++) {
            Media m = media.get(i);
            mediaRows[i] = RowFactory.create(m.kind() == MediaKind.VIDEO ? "video" : "image",
                    m.caption(), m.credit(), m.duration());
        }
        List<ParseWarning> warnings = article.warnings();
        Row[] warningRows = new Row[warnings.size()];
        for (int i = 0; i < warningRows.length; i++) {
            ParseWarning w = warnings.get(i);
            warningRows[i] = RowFactory.create(w.code(), w.message(), w.position());
        }
        return RowFactory.create(source, article.kicker(), article.headline(), article.byline(),
                dateline, mediaRows, array(article.paragraphs()), array(article.related()),
                array(article.boilerplate()), warningRows, JsonFormat.SCHEMA_VERSION);
    }

    private static String[] array(List<String> values) {
        return values.toArray(new String[0]);
    }

    private static org.apache.spark.sql.types.ArrayType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, false);
    }
}
