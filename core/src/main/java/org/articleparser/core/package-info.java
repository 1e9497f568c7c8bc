/**
 * The article model and the parser. Start with {@link org.articleparser.core.Articles} for the
 * one-liners, or {@link org.articleparser.core.ArticleParser} to configure a parser; the result
 * is an {@link org.articleparser.core.Article}. The parsers for its parts work on their own too:
 * {@link org.articleparser.core.Dateline#parse(CharSequence)},
 * {@link org.articleparser.core.Credit#parse(CharSequence)} and
 * {@link org.articleparser.core.Byline#parse(CharSequence)}.
 */
package org.articleparser.core;
