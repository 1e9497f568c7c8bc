/**
 * schema.org {@code NewsArticle} as JSON-LD: {@link org.articleparser.formats.jsonld.JsonLdFormat}.
 */
package org.articleparser.formats.jsonld;
