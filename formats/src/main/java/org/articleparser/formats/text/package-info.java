/**
 * The seed text format, the parser's own input: {@link org.articleparser.formats.text.TextFormat}.
 */
package org.articleparser.formats.text;
