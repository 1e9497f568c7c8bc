/**
 * JMH benchmarks for the parser and the formats; entry point {@link
 * org.articleparser.benchmarks.BenchmarkReport}. Not published: no compatibility promise.
 */
package org.articleparser.benchmarks;
