package org.articleparser.core.internal;

/**
 * The classifier's rules: the stable id reported in each {@link org.articleparser.core.Placement}
 * and the confidence the rule carries. Confidences rank how much evidence a rule needs: a phrase
 * from the catalog or a credit pattern is near-certain, a line placed only by its position is not.
 * Lines matched by the phrase catalog report the catalog's own rule ids, with {@link #CATALOG_SCORE}.
 */
enum Rule {
    /** A short line without a stop right above the headline. */
    KICKER("kicker.short-line-above-headline", 0.8),
    /** The first line that is not boilerplate. */
    HEADLINE("headline.first-line", 0.9),
    /** The line under a kicker. */
    HEADLINE_AFTER_KICKER("headline.after-kicker", 0.85),
    /** An author line between the headline and the body. */
    BYLINE("byline.head", 0.85),
    /** A running time ("03:46") over a title line. */
    VIDEO_DURATION("media.video-duration", 0.9),
    /** The title under a running time. */
    VIDEO_TITLE("media.video-title", 0.9),
    /** The video title repeated right under itself. */
    VIDEO_TITLE_REPEAT("media.video-title-repeat", 0.9),
    /** A line that is a photo credit. */
    CREDIT_LINE("media.credit-line", 0.9),
    /** The other line of a two-line block holding a credit. */
    CAPTION_BESIDE_CREDIT("media.caption-beside-credit", 0.85),
    /** A line labelled as a caption ("Image caption, ..."). */
    CAPTION_LABELLED("media.caption-labelled", 0.9),
    /** A caption ending in a credit ("... Photo: Reuters"). */
    CREDIT_SUFFIX("media.credit-suffix", 0.9),
    /** A caption inside the body ending in a bare agency ("... (AP)"). */
    CREDIT_SUFFIX_AGENCY("media.credit-suffix-agency", 0.7),
    /** A sentence between the byline or a photo credit and the body. */
    CAPTION_ABOVE_BODY("media.caption-above-body", 0.65),
    /** A line repeating most words of a paragraph a few lines away. */
    CAPTION_ECHO("media.caption-echo", 0.6),
    /** A short line in the body that speaks of a picture ("Block diagram of the chip", "Video shows ..."). */
    CAPTION_VISUAL("media.caption-visual", 0.6),
    /** A sentence-like line over a numbered item that prose follows: the picture above the item. */
    CAPTION_OVER_ITEM("media.caption-over-item", 0.55),
    /** A line of prose in the body. */
    PARAGRAPH_PROSE("paragraph.prose", 0.9),
    /** A short line inside the body: a subheading, a list item, a short paragraph. */
    PARAGRAPH_IN_BODY("paragraph.in-body", 0.6),
    /** A title-like line or sentence between the headline and the byline: a standfirst. */
    PARAGRAPH_STANDFIRST("paragraph.standfirst", 0.6),
    /** A catalog header ("More ...") followed by prose: a subheading after all. */
    PARAGRAPH_HEADER_LIKE("paragraph.header-like", 0.6),
    /** A line no other rule placed. */
    PARAGRAPH_DEFAULT("paragraph.default", 0.5),
    /** A whole line in brackets inside the body ("[Read: ...]"). */
    RELATED_BRACKETED("related.bracketed", 0.85),
    /** "Read more: ...", "See also: ..." inside the body. */
    RELATED_READ_PREFIX("related.read-prefix", 0.8),
    /** A title under a related-stories header. */
    RELATED_AFTER_HEADER("related.after-header", 0.75),
    /** One of several titles in a row after the body. */
    RELATED_TITLE_RUN("related.title-run", 0.65),
    /** Titles between paragraphs that share words with the headline. */
    RELATED_TOPICAL_TITLE("related.topical-title", 0.6),
    /** Two or more lines in headline case together between body paragraphs, found nowhere else. */
    RELATED_HEADLINE_CASE_RUN("related.headline-case-run", 0.6),
    /** Anything above the headline that the catalog does not know. */
    BOILERPLATE_BEFORE_HEADLINE("boilerplate.before-headline", 0.7),
    /** A short line between the headline and the body that is nothing else. */
    BOILERPLATE_HEAD("boilerplate.head", 0.6),
    /** Numbers rather than words between the headline and the body. */
    BOILERPLATE_HEAD_DATA("boilerplate.head-data", 0.6),
    /** Numbers rather than words: a ticker row, a counter, a price. */
    BOILERPLATE_DATA("boilerplate.data", 0.6),
    /** A line repeating an earlier paragraph. */
    BOILERPLATE_REPEAT("boilerplate.repeat", 0.8),
    /** A promotion block (a header and a subscription pitch) closing the body. */
    BOILERPLATE_PROMO_BLOCK("boilerplate.promo-block", 0.7),
    /** After the body, what is not a related headline. */
    BOILERPLATE_TAIL("boilerplate.tail", 0.6),
    /** After an end header ("About the author"). */
    BOILERPLATE_AFTER_END_HEADER("boilerplate.after-end-header", 0.7);

    /** The confidence of a phrase-catalog match. */
    static final double CATALOG_SCORE = 0.95;

    private final String id;
    private final double score;

    Rule(String id, double score) {
        this.id = id;
        this.score = score;
    }

    /** The stable id, such as {@code "media.credit-suffix"}. */
    String id() {
        return id;
    }

    /** The confidence from 0 to 1. */
    double score() {
        return score;
    }
}
