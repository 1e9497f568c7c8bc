/**
 * The article model and the parser. Start with {@link org.articleparser.core.Articles} for the
 * one-liners, or {@link org.articleparser.core.ArticleParser} to configure a parser; the result
 * is an {@link org.articleparser.core.Article}.
 */
package org.articleparser.core;
