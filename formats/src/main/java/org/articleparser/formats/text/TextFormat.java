package org.articleparser.formats.text;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleParser;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.Placement;
import org.articleparser.core.spi.ArticleFormat;

/**
 * Articles as plain text in the seed format, the text the parser reads: a headline, captions
 * and credits, the dateline opening the first paragraph, paragraphs separated by blank lines,
 * related headlines and boilerplate, one piece per line.
 *
 * <pre>{@code
 * Article article = Articles.parse(text);
 * String again = new TextFormat().write(article);
 * Articles.parse(again).equals(article);          // true: the layout is kept
 * }</pre>
 *
 * <p><b>Layout.</b> An article that came from the parser carries its {@link Article#placements()}:
 * then every piece is written on its input line, in input order, with the input's blank lines
 * between them, a split line (dateline and paragraph, caption and credit) joined again with one
 * space (none where the input had none). So {@code parse(write(parse(x))).equals(parse(x))}.
 * An article without placements (built by hand or read from JSON) is written in reading order:
 * kicker, headline, byline, each medium (running time, caption, credit), the paragraphs with the
 * dateline before the first, then the related headlines and the boilerplate. Parsing that again
 * gives back most articles but not every one, since where the parser puts a related headline or
 * a boilerplate line depends on the layout it came in.
 *
 * <p>Reading is parsing: {@link #read(Reader)} runs the default {@link ArticleParser} over the
 * whole input. Immutable and thread-safe.
 */
public final class TextFormat implements ArticleFormat {

    private final ArticleParser parser;

    /** The service-loader constructor: reads with the default parser. */
    public TextFormat() {
        this(ArticleParser.builder().build());
    }

    /**
     * A text format reading with the given parser.
     *
     * @param parser the parser {@link #read(Reader)} uses
     */
    public TextFormat(ArticleParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    /** {@inheritDoc} The source is not written: the seed format has no place for it. */
    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        Objects.requireNonNull(article, "article");
        if (!article.placements().isEmpty() && consistent(article)) {
            writeLayout(article.placements(), out);
        } else {
            writeCanonical(article, out);
        }
    }

    /** Whether the placements hold exactly the article's text, so that the layout can be used. */
    private static boolean consistent(Article a) {
        List<Placement> ps = a.placements();
        int paragraphs = a.paragraphs().size();
        StringBuilder[] para = new StringBuilder[paragraphs];
        String[] caption = new String[a.media().size()];
        String[] credit = new String[a.media().size()];
        String[] duration = new String[a.media().size()];
        String dateline = null;
        String kicker = null;
        String headline = null;
        String byline = null;
        List<String> related = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        for (Placement p : ps) {
            int i = p.index();
            switch (p.part()) {
                case KICKER -> kicker = p.text();
                case HEADLINE -> headline = p.text();
                case BYLINE -> byline = p.text();
                case DATELINE -> dateline = p.text();
                case CAPTION, CREDIT, DURATION -> {
                    if (i < 0 || i >= caption.length) {
                        return false;
                    }
                    switch (p.part()) {
                        case CAPTION -> caption[i] = p.text();
                        case CREDIT -> credit[i] = p.text();
                        default -> duration[i] = p.text();
                    }
                }
                case PARAGRAPH -> {
                    if (i < 0 || i >= paragraphs || para[i] != null) {
                        return false;
                    }
                    para[i] = new StringBuilder(p.text());
                }
                case RELATED -> related.add(p.text());
                case BOILERPLATE -> boilerplate.add(p.text());
                default -> {
                    return false;
                }
            }
        }
        Dateline d = a.dateline();
        if (!Objects.equals(d == null ? null : d.text(), dateline)
                || !Objects.equals(a.kicker(), kicker)
                || !Objects.equals(a.headline(), headline)
                || !Objects.equals(a.byline(), byline)
                || !a.related().equals(related) || !a.boilerplate().equals(boilerplate)) {
            return false;
        }
        for (int i = 0; i < paragraphs; i++) {
            if (para[i] == null || !para[i].toString().equals(a.paragraphs().get(i))) {
                return false;
            }
        }
        for (int i = 0; i < caption.length; i++) {
            Media m = a.media().get(i);
            if (!Objects.equals(m.caption(), caption[i])
                    || !Objects.equals(m.credit(), credit[i])
                    || !Objects.equals(m.duration(), duration[i])) {
                return false;
            }
        }
        return true;
    }

    private static void writeLayout(List<Placement> placements, Appendable out) throws IOException {
        List<Placement> ps = new ArrayList<>(placements);
        ps.sort(Comparator.comparingInt(Placement::line).thenComparingInt(Placement::start));
        Placement prev = null;
        for (Placement p : ps) {
            if (prev == null) {
                // nothing before the first line
            } else if (p.line() == prev.line()) {
                if (p.start() > prev.end()) {
                    out.append(' ');
                }
            } else {
                out.append('\n');
                for (int gap = p.line() - prev.line() - 1; gap > 0; gap--) {
                    out.append('\n');
                }
            }
            out.append(p.text());
            prev = p;
        }
        if (prev != null) {
            out.append('\n');
        }
    }

    private static void writeCanonical(Article a, Appendable out) throws IOException {
        List<String> blocks = new ArrayList<>();
        if (a.kicker() != null) {
            blocks.add(a.kicker());
        }
        if (a.headline() != null) {
            blocks.add(a.headline());
        }
        if (a.byline() != null) {
            blocks.add(a.byline());
        }
        for (Media m : a.media()) {
            StringBuilder sb = new StringBuilder();
            if (m.kind() == MediaKind.VIDEO && m.duration() != null) {
                sb.append(m.duration());
            }
            if (m.caption() != null) {
                sb.append(sb.length() > 0 ? "\n" : "").append(m.caption());
            }
            if (m.credit() != null) {
                sb.append(sb.length() > 0 ? "\n" : "").append(m.credit());
            }
            if (sb.length() > 0) {
                blocks.add(sb.toString());
            }
        }
        for (int i = 0; i < a.paragraphs().size(); i++) {
            String p = a.paragraphs().get(i);
            if (i == 0 && a.dateline() != null) {
                p = a.dateline().text() + " " + p;
            }
            blocks.add(p);
        }
        if (a.paragraphs().isEmpty() && a.dateline() != null) {
            blocks.add(a.dateline().text());
        }
        blocks.addAll(a.related());
        blocks.addAll(a.boilerplate());
        out.append(String.join("\n\n", blocks));
        if (!blocks.isEmpty()) {
            out.append('\n');
        }
    }

    @Override
    public boolean canRead() {
        return true;
    }

    /**
     * Parses the whole input as one article.
     *
     * @param in the text
     * @return the article, or empty when the input holds no text at all
     * @throws IOException if reading fails
     */
    @Override
    public Optional<Article> read(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) >= 0; ) {
            sb.append(buf, 0, n);
        }
        if (sb.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(parser.parse(sb));
    }
}
