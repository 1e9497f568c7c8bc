/** Short programs that embed the library; see {@link org.articleparser.examples.ParseOneFile}. */
package org.articleparser.examples;
