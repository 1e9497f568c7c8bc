/**
 * What a format author needs: the {@link org.articleparser.core.spi.ArticleFormat} service
 * interface. Formats are found with {@link org.articleparser.core.ArticleFormats}.
 */
package org.articleparser.core.spi;
