/**
 * A third-party-style article format living outside the library, registered as a service the
 * way any contributor's format would be: {@link org.articleparser.examples.format.TsvFormat}.
 * The README's "Adding a format" section walks through it.
 */
package org.articleparser.examples.format;
