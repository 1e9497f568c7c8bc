/**
 * IPTC ninjs 3.1 (News in JSON): {@link org.articleparser.formats.ninjs.NinjsFormat}.
 */
package org.articleparser.formats.ninjs;
