/**
 * CommonMark output: {@link org.articleparser.formats.markdown.MarkdownFormat}.
 */
package org.articleparser.formats.markdown;
