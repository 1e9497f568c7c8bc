/**
 * JSON output and input, schema v1: {@link org.articleparser.formats.json.JsonFormat}, and the
 * published JSON Schema {@code article.schema.json} beside it.
 */
package org.articleparser.formats.json;
