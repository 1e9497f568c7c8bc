package org.articleparser.formats.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articleparser.core.Article;
import org.articleparser.core.Media;
import org.articleparser.formats.SeedArticles;
import org.articleparser.formats.internal.Texts;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Markdown output, read back with commonmark-java. */
class MarkdownFormatTest {

    private static final MarkdownFormat MD = new MarkdownFormat();
    private static final Parser COMMONMARK = Parser.builder().build();

    static List<Path> seeds() {
        return SeedArticles.texts();
    }

    /** The plain text of a node. */
    static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak b) {
                sb.append('\n');
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak b) {
                sb.append('\n');
            }
        });
        return sb.toString();
    }

    static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            out.add(c);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void headlineParagraphsAndRelatedReadBack(Path seed) {
        Article a = SeedArticles.parse(seed);
        Node doc = COMMONMARK.parse(MD.write(a));
        List<Node> blocks = children(doc);
        Heading h1 = (Heading) blocks.stream().filter(b -> b instanceof Heading hd && hd.getLevel() == 1)
                .findFirst().orElseThrow();
        assertEquals(a.headline(), text(h1));
        List<String> paragraphs = new ArrayList<>();
        for (Node b : blocks) {
            if (b instanceof Paragraph) {
                paragraphs.add(text(b));
            }
        }
        for (int i = 0; i < a.paragraphs().size(); i++) {
            String expected = a.paragraphs().get(i);
            if (i == 0 && a.dateline() != null) {
                expected = a.dateline().text() + " " + expected;
            }
            assertTrue(paragraphs.contains(expected), "paragraph " + i + " of " + seed.getFileName());
        }
        List<String> related = new ArrayList<>();
        blocks.stream().filter(b -> b instanceof BulletList).forEach(l -> children(l).forEach(li -> related.add(text(li))));
        assertEquals(a.related(), related);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "Tom & Jerry &amp; co", "\"quoted\" 'single'",
        "*not emphasis* _nor this_", "# not a heading", "- not a list", "1. not a list", "2) nor this",
        "[not](a link)", "`not code`", "a \\ backslash", "+ plus", "= equals", "> not a quote",
        "emoji 👍🏽 family 👨‍👩‍👧", "עברית right-to-left and العربية", "ctrl\u0000\u0007\u001b chars",
        "line\nbreak\r\nhere", "![no](image)", "<http://example.com>", "~~~ no fence", "| not | table |",
        "trailing \\", "***", "--- "})
    void hostileTextStaysText(String hostile) {
        Article a = Article.builder().kicker(hostile).headline(hostile).byline(hostile)
                .addMedia(Media.image(hostile, hostile)).addParagraph(hostile).addRelated(hostile).build();
        String md = MD.write(a);
        Node doc = COMMONMARK.parse(md);
        String expected = Texts.oneLine(hostile).strip();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline h) {
                throw new AssertionError("raw HTML in " + md);
            }

            @Override
            public void visit(HtmlBlock h) {
                throw new AssertionError("raw HTML in " + md);
            }

            @Override
            public void visit(Link l) {
                throw new AssertionError("link in " + md);
            }

            @Override
            public void visit(Code c) {
                throw new AssertionError("code in " + md);
            }
        });
        Heading h1 = (Heading) children(doc).stream().filter(b -> b instanceof Heading hd && hd.getLevel() == 1)
                .findFirst().orElseThrow(() -> new AssertionError(md));
        assertEquals(expected, text(h1), md);
        BulletList list = (BulletList) children(doc).stream().filter(b -> b instanceof BulletList)
                .findFirst().orElseThrow(() -> new AssertionError(md));
        ListItem item = (ListItem) list.getFirstChild();
        assertEquals(expected, text(item), md);
        assertTrue(children(doc).stream().filter(b -> b instanceof Paragraph).anyMatch(p -> text(p).equals(expected)), md);
        assertFalse(md.contains("\u0000"));
    }

    @Property(tries = 1000)
    void anyTextEscapedReadsBackAsThatText(@ForAll @StringLength(min = 1, max = 60) String any) {
        String expected = Texts.oneLine(any).strip();
        Assume.that(!expected.isBlank());
        String md = MarkdownFormat.escape(any) + "\n";
        Node doc = COMMONMARK.parse(md);
        List<Node> blocks = children(doc);
        assertEquals(1, blocks.size(), md);
        assertTrue(blocks.get(0) instanceof Paragraph, md);
        assertEquals(expected, text(blocks.get(0)), md);
    }

    @Property(tries = 300)
    void anyTextEscapedStaysTextInEveryPlace(@ForAll("markdownish") String any) {
        String expected = Texts.oneLine(any).strip();
        Assume.that(!expected.isBlank());
        Article a = Article.builder().headline(any).addParagraph(any).addRelated(any).build();
        Node doc = COMMONMARK.parse(MD.write(a));
        List<Node> blocks = children(doc);
        assertEquals(expected, text(blocks.get(0)));
        assertEquals(expected, text(blocks.get(1)));
        assertEquals(expected, text(blocks.get(3)));
    }

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.strings().withChars("*_[]()<>!#`~|\\&;:=+-.0123456789 \tabcx\n\u00a0").ofMinLength(1).ofMaxLength(30);
    }

    @Test
    void boilerplateIsLeftOut() {
        Article a = Article.builder().headline("H").addParagraph("P").addBoilerplate("Subscribe now").build();
        assertFalse(MD.write(a).contains("Subscribe"));
    }
}
