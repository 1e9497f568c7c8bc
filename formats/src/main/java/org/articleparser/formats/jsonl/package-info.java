/**
 * JSON Lines output and input: {@link org.articleparser.formats.jsonl.JsonLinesFormat}, one
 * compact schema-v1 object per line.
 */
package org.articleparser.formats.jsonl;
