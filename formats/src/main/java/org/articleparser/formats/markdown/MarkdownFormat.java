package org.articleparser.formats.markdown;

import java.io.IOException;
import java.util.Objects;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.internal.Texts;

/**
 * Articles as CommonMark: the kicker in bold, the headline as a level-one heading, the byline in
 * emphasis, each image or video as a block quote holding its caption and credit, the paragraphs
 * with the dateline in bold, and the related headlines as a list under a "Related" heading.
 * Boilerplate is left out.
 *
 * <pre>{@code
 * String md = new MarkdownFormat().write(Articles.parse(text));
 * }</pre>
 *
 * <p>All text goes through {@link #escape(String)}, so that it reads back as the same text
 * and never as markup; line breaks inside a value become spaces. No dependencies. Immutable and
 * thread-safe.
 */
public final class MarkdownFormat implements ArticleFormat {

    /** The service-loader constructor. */
    public MarkdownFormat() {
    }

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    /** {@inheritDoc} The source is not written. */
    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        Objects.requireNonNull(article, "article");
        StringBuilder md = new StringBuilder();
        if (article.kicker() != null) {
            block(md, "**" + escape(article.kicker()) + "**");
        }
        if (article.headline() != null) {
            block(md, "# " + escape(article.headline()));
        }
        if (article.byline() != null) {
            block(md, "*" + escape(article.byline()) + "*");
        }
        for (Media m : article.media()) {
            StringBuilder q = new StringBuilder("> **").append(m.kind() == MediaKind.VIDEO ? "Video" : "Image");
            if (m.duration() != null) {
                q.append(" (").append(escape(m.duration())).append(")");
            }
            q.append(":**");
            if (m.caption() != null) {
                q.append(' ').append(escape(m.caption()));
            }
            if (m.credit() != null) {
                q.append("\\\n> *").append(escape(m.credit())).append('*');
            }
            block(md, q.toString());
        }
        Dateline d = article.dateline();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            String p = escape(article.paragraphs().get(i));
            if (i == 0 && d != null) {
                p = "**" + escape(d.text()) + "** " + p;
            }
            block(md, p);
        }
        if (article.paragraphs().isEmpty() && d != null) {
            block(md, "**" + escape(d.text()) + "**");
        }
        if (!article.related().isEmpty()) {
            block(md, "## Related");
            StringBuilder list = new StringBuilder();
            for (String r : article.related()) {
                list.append(list.length() > 0 ? "\n" : "").append("- ").append(escape(r));
            }
            block(md, list.toString());
        }
        out.append(md);
    }

    private static void block(StringBuilder md, String text) {
        if (md.length() > 0) {
            md.append('\n');
        }
        md.append(text).append('\n');
    }

    /**
     * Escapes text for CommonMark inline content so that it renders as exactly that text on one
     * line: a backslash goes before every character that could start markup anywhere
     * ({@code \ ` * _ [ ] < > & # | ~}), before a leading {@code - + = !} and before the dot or
     * parenthesis of a leading number; line breaks become spaces, other control characters are
     * dropped (see {@link Texts#oneLine(String)}), leading and trailing spaces are trimmed.
     *
     * @param text the text, not null
     * @return the escaped text
     */
    public static String escape(String text) {
        String s = Texts.oneLine(text).strip();
        StringBuilder sb = new StringBuilder(s.length() + 8);
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~' -> sb.append('\\').append(c);
                case '-', '+', '=', '!' -> {
                    if (i == 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                case '.', ')' -> {
                    if (leading && digits > 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                default -> sb.append(c);
            }
            if (leading && c >= '0' && c <= '9') {
                digits++;
            } else {
                leading = false;
            }
        }
        return sb.toString();
    }
}
