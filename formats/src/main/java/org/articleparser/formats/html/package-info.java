/**
 * HTML5 output built with jsoup: {@link org.articleparser.formats.html.HtmlFormat}.
 */
package org.articleparser.formats.html;
