package org.articleparser.core;

/** The part of an {@link Article} that a piece of input text was placed in. */
public enum Part {
    /** The section label above the headline. */
    KICKER,
    /** The article's title. */
    HEADLINE,
    /** The author line. */
    BYLINE,
    /** The wire dateline cut from the first paragraph. */
    DATELINE,
    /** A media caption; the placement's index is the media index. */
    CAPTION,
    /** A media credit; the placement's index is the media index. */
    CREDIT,
    /** A video's running time; the placement's index is the media index. */
    DURATION,
    /** A body paragraph; the placement's index is the paragraph index. */
    PARAGRAPH,
    /** A related-story headline; the placement's index is the related index. */
    RELATED,
    /** A line that is not part of the article; the placement's index is the boilerplate index. */
    BOILERPLATE
}
