/**
 * Parsing a corpus of article text files on Apache Spark: {@link
 * org.articleparser.examples.spark.ParseCorpusJob} reads a directory or glob of files and writes
 * one parsed article per file as JSON Lines or Parquet, with the files that failed in an error
 * output of their own. {@link org.articleparser.examples.spark.ArticleRows} gives the Spark schema
 * of an article for other pipelines, and {@link org.articleparser.examples.spark.CorpusGenerator}
 * writes synthetic articles for tests and benchmarks.
 *
 * <p>An example, not a published library: it has no compatibility promise.
 */
package org.articleparser.examples.spark;
