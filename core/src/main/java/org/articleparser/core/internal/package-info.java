/**
 * The parser's machinery: line splitting, the phrase catalog, the classifier and the dateline,
 * credit and byline recognisers. Not exported; no compatibility promise.
 */
package org.articleparser.core.internal;
