/**
 * IPTC NITF 3.6 XML: {@link org.articleparser.formats.nitf.NitfFormat}.
 */
package org.articleparser.formats.nitf;
