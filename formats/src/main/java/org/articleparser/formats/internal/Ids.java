package org.articleparser.formats.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.articleparser.core.Article;

/** Stable identifiers for formats that require one. */
public final class Ids {

    private Ids() {
    }

    /**
     * A {@code urn:uuid:} that depends only on the article's content (a name-based UUID of its
     * kicker, headline, byline, dateline and paragraphs), so the same article always gets the
     * same identifier.
     *
     * @param a the article
     * @return the URN
     */
    public static String urn(Article a) {
        StringBuilder sb = new StringBuilder("article-parser\u0000");
        sb.append(a.kicker()).append('\u0000').append(a.headline()).append('\u0000').append(a.byline())
                .append('\u0000').append(a.dateline() == null ? null : a.dateline().text());
        for (String p : a.paragraphs()) {
            sb.append('\u0000').append(p);
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
