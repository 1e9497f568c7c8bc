package org.articleparser.formats.nitf;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.internal.AppendableWriter;
import org.articleparser.formats.internal.Durations;
import org.articleparser.formats.internal.Texts;

/**
 * Articles as IPTC NITF 3.6 XML documents, in the NITF namespace
 * {@value #NAMESPACE}, written with the JDK's StAX writer:
 * <pre>{@code
 * <nitf version="-//IPTC//DTD NITF 3.6//EN">
 *   <head><title>headline</title></head>
 *   <body>
 *     <body.head>
 *       <hedline><hl1>headline</hl1><hl2 class="kicker">kicker</hl2></hedline>
 *       <byline>By ...</byline>
 *       <distributor>Reuters</distributor>
 *       <dateline><location>SEOUL</location> (Reuters) —</dateline>
 *     </body.head>
 *     <body.content>
 *       <media media-type="image"><media-reference/><media-caption>..</media-caption>
 *         <media-producer>credit</media-producer></media>
 *       <p>..</p>
 *       <hl2 class="related">Related</hl2><ul class="related"><li>..</li></ul>
 *     </body.content>
 *   </body>
 * </nitf>
 * }</pre>
 * The dateline is written as it stands, its location and date marked up inside it; a video's
 * running time is a {@code media-metadata} named {@code duration} in seconds. Line breaks become
 * spaces and control characters, which XML 1.0 forbids, are dropped; StAX escapes the rest.
 * Boilerplate is left out. Immutable and thread-safe.
 */
public final class NitfFormat implements ArticleFormat {

    /** The NITF 3.6 XML namespace. */
    public static final String NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/";

    /** The value of the root element's {@code version} attribute. */
    public static final String VERSION = "-//IPTC//DTD NITF 3.6//EN";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** The service-loader constructor. */
    public NitfFormat() {
    }

    @Override
    public String name() {
        return "nitf";
    }

    @Override
    public String mediaType() {
        return "application/nitf+xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    /** {@inheritDoc} The source, when given, is a {@code meta} element named {@code source}. */
    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        Objects.requireNonNull(article, "article");
        Writer w = AppendableWriter.of(out);
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(w);
            new Doc(x).write(article, source);
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write NITF: " + e.getMessage(), e);
        }
        w.write('\n');
        w.flush();
    }

    /** One document being written: the writer and the indentation depth. */
    private static final class Doc {
        private final XMLStreamWriter x;
        private int depth;

        Doc(XMLStreamWriter x) {
            this.x = x;
        }

        void write(Article a, String source) throws XMLStreamException {
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(NAMESPACE);
            x.writeStartElement(NAMESPACE, "nitf");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("version", VERSION);
            depth++;
            open("head");
            leaf("title", a.headline() != null ? a.headline() : "");
            if (source != null) {
                indent();
                x.writeEmptyElement(NAMESPACE, "meta");
                x.writeAttribute("name", "source");
                x.writeAttribute("content", clean(source));
            }
            close();
            open("body");
            writeHead(a);
            writeContent(a);
            close();
            depth--;
            indent();
            x.writeEndElement();
            x.writeEndDocument();
        }

        private void writeHead(Article a) throws XMLStreamException {
            Dateline d = a.dateline();
            if (a.headline() == null && a.kicker() == null && a.byline() == null && d == null) {
                return;
            }
            open("body.head");
            if (a.headline() != null || a.kicker() != null) {
                open("hedline");
                leaf("hl1", a.headline() != null ? a.headline() : "");
                if (a.kicker() != null) {
                    indent();
                    x.writeStartElement(NAMESPACE, "hl2");
                    x.writeAttribute("class", "kicker");
                    x.writeCharacters(clean(a.kicker()));
                    x.writeEndElement();
                }
                close();
            }
            if (a.byline() != null) {
                leaf("byline", a.byline());
            }
            if (d != null) {
                if (d.agency() != null) {
                    leaf("distributor", d.agency());
                }
                indent();
                x.writeStartElement(NAMESPACE, "dateline");
                writeDateline(d);
                x.writeEndElement();
            }
            close();
        }

        /** The dateline's text, its location and date marked up where they stand in it. */
        private void writeDateline(Dateline d) throws XMLStreamException {
            String text = clean(d.text());
            String location = d.location() == null ? null : clean(d.location());
            String date = d.date() == null ? null : clean(d.date());
            int li = location == null || location.isEmpty() ? -1 : text.indexOf(location);
            int di = date == null || date.isEmpty() ? -1
                    : text.indexOf(date, li < 0 ? 0 : li + location.length());
            int at = 0;
            if (li >= 0) {
                x.writeCharacters(text.substring(0, li));
                x.writeStartElement(NAMESPACE, "location");
                x.writeCharacters(location);
                x.writeEndElement();
                at = li + location.length();
            }
            if (di >= 0) {
                x.writeCharacters(text.substring(at, di));
                x.writeStartElement(NAMESPACE, "story.date");
                x.writeCharacters(date);
                x.writeEndElement();
                at = di + date.length();
            }
            x.writeCharacters(text.substring(at));
        }

        private void writeContent(Article a) throws XMLStreamException {
            open("body.content");
            for (Media m : a.media()) {
                indent();
                x.writeStartElement(NAMESPACE, "media");
                x.writeAttribute("media-type", m.kind() == MediaKind.VIDEO ? "video" : "image");
                depth++;
                long seconds = Durations.seconds(m.duration());
                if (seconds >= 0) {
                    indent();
                    x.writeEmptyElement(NAMESPACE, "media-metadata");
                    x.writeAttribute("name", "duration");
                    x.writeAttribute("value", Long.toString(seconds));
                }
                indent();
                x.writeEmptyElement(NAMESPACE, "media-reference");
                x.writeAttribute("mime-type", m.kind() == MediaKind.VIDEO ? "video/*" : "image/*");
                if (m.caption() != null) {
                    leaf("media-caption", m.caption());
                }
                if (m.credit() != null) {
                    leaf("media-producer", m.credit());
                }
                close();
            }
            for (String p : a.paragraphs()) {
                leaf("p", p);
            }
            if (!a.related().isEmpty()) {
                indent();
                x.writeStartElement(NAMESPACE, "hl2");
                x.writeAttribute("class", "related");
                x.writeCharacters("Related");
                x.writeEndElement();
                indent();
                x.writeStartElement(NAMESPACE, "ul");
                x.writeAttribute("class", "related");
                depth++;
                for (String r : a.related()) {
                    leaf("li", r);
                }
                close();
            }
            close();
        }

        private void open(String name) throws XMLStreamException {
            indent();
            x.writeStartElement(NAMESPACE, name);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            indent();
            x.writeEndElement();
        }

        private void leaf(String name, String text) throws XMLStreamException {
            indent();
            x.writeStartElement(NAMESPACE, name);
            x.writeCharacters(clean(text));
            x.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }

        private static String clean(String s) {
            return Texts.oneLine(s);
        }
    }
}
