/**
 * JSON and JSON Lines output (schema v1) and input: {@link org.articleparser.formats.json.JsonFormat}
 * and {@link org.articleparser.formats.json.JsonLinesFormat}.
 */
package org.articleparser.formats.json;
