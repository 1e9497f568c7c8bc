package org.articleparser.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed news article: an immutable value.
 *
 * <p><b>Absent values.</b> An absent scalar (kicker, headline, byline, dateline) is {@code null};
 * lists are never null and hold no nulls, an absent list is empty. The same holds for
 * {@link Dateline} and {@link Media}.
 *
 * <p><b>Provenance.</b> {@link #placements()} records, for every piece of input text, where it went,
 * from which line and offsets, and the rule that decided it; {@link #warnings()} lists what the
 * parser noticed about its input. Both describe one particular input, not the article itself, so
 * {@link #equals(Object)} and {@link #hashCode()} compare the content only: two inputs that
 * differ in layout but not in content yield equal articles.
 *
 * @param kicker      the section label above the headline, or null
 * @param headline    the title, or null
 * @param byline      the author line as written, or null
 * @param dateline    the dateline cut from the first paragraph, or null
 * @param media       images and videos in reading order
 * @param paragraphs  the body, the dateline cut from the first paragraph
 * @param related     headlines of other stories placed in or after the article
 * @param boilerplate every other line, verbatim, in order
 * @param placements  where each piece of input text went, in input order
 * @param warnings    what the parser noticed about its input
 */
public record Article(String kicker, String headline, String byline, Dateline dateline,
                      List<Media> media, List<String> paragraphs, List<String> related,
                      List<String> boilerplate, List<Placement> placements,
                      List<ParseWarning> warnings) {

    /**
     * Copies every list, rejecting null lists and null elements.
     *
     * @param kicker the section label above the headline, or null
     * @param headline the title, or null
     * @param byline the author line as written, or null
     * @param dateline the dateline cut from the first paragraph, or null
     * @param media images and videos in reading order
     * @param paragraphs the body, the dateline cut from the first paragraph
     * @param related headlines of other stories placed in or after the article
     * @param boilerplate every other line, verbatim, in order
     * @param placements where each piece of input text went, in input order
     * @param warnings what the parser noticed about its input
     */
    public Article {
        media = List.copyOf(media);
        paragraphs = List.copyOf(paragraphs);
        related = List.copyOf(related);
        boilerplate = List.copyOf(boilerplate);
        placements = List.copyOf(placements);
        warnings = List.copyOf(warnings);
    }

    /** {@return an article with no content} */
    public static Article empty() {
        return builder().build();
    }

    /** {@return a builder for producers of articles (format readers, tests); parsers return articles} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the same article without placements and warnings} */
    public Article withoutProvenance() {
        return new Article(kicker, headline, byline, dateline, media, paragraphs, related,
                boilerplate, List.of(), List.of());
    }

    /** {@return whether the article has neither a headline nor any paragraph} */
    public boolean isEmpty() {
        return headline == null && paragraphs.isEmpty();
    }

    /** Compares content only: placements and warnings are ignored. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Article a
                && Objects.equals(kicker, a.kicker)
                && Objects.equals(headline, a.headline)
                && Objects.equals(byline, a.byline)
                && Objects.equals(dateline, a.dateline)
                && media.equals(a.media)
                && paragraphs.equals(a.paragraphs)
                && related.equals(a.related)
                && boilerplate.equals(a.boilerplate);
    }

    /** Hashes content only, consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(kicker, headline, byline, dateline, media, paragraphs, related,
                boilerplate);
    }

    /** Builds an {@link Article}; not thread-safe. Every method returns {@code this}. */
    public static final class Builder {
        private String kicker;
        private String headline;
        private String byline;
        private Dateline dateline;
        private final List<Media> media = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> related = new ArrayList<>();
        private final List<String> boilerplate = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();
        private final List<ParseWarning> warnings = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the kicker; null for none.
         *
         * @param kicker the kicker, or null for none
         * @return this builder
         */
        public Builder kicker(String kicker) {
            this.kicker = kicker;
            return this;
        }

        /**
         * Sets the headline; null for none.
         *
         * @param headline the headline, or null for none
         * @return this builder
         */
        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /**
         * Sets the byline; null for none.
         *
         * @param byline the byline, or null for none
         * @return this builder
         */
        public Builder byline(String byline) {
            this.byline = byline;
            return this;
        }

        /**
         * Sets the dateline; null for none.
         *
         * @param dateline the dateline, or null for none
         * @return this builder
         */
        public Builder dateline(Dateline dateline) {
            this.dateline = dateline;
            return this;
        }

        /**
         * Appends a media element.
         *
         * @param media the media element, not null
         * @return this builder
         */
        public Builder addMedia(Media media) {
            this.media.add(Objects.requireNonNull(media, "media"));
            return this;
        }

        /**
         * Appends a paragraph.
         *
         * @param paragraph the paragraph text, not null
         * @return this builder
         */
        public Builder addParagraph(String paragraph) {
            paragraphs.add(Objects.requireNonNull(paragraph, "paragraph"));
            return this;
        }

        /**
         * Appends a related-story headline.
         *
         * @param headline the headline, or null for none
         * @return this builder
         */
        public Builder addRelated(String headline) {
            related.add(Objects.requireNonNull(headline, "headline"));
            return this;
        }

        /**
         * Appends a boilerplate line.
         *
         * @param line the boilerplate line, verbatim, not null
         * @return this builder
         */
        public Builder addBoilerplate(String line) {
            boilerplate.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * Appends a placement record.
         *
         * @param placement the placement, not null
         * @return this builder
         */
        public Builder addPlacement(Placement placement) {
            placements.add(Objects.requireNonNull(placement, "placement"));
            return this;
        }

        /**
         * Appends a warning.
         *
         * @param warning the warning, not null
         * @return this builder
         */
        public Builder addWarning(ParseWarning warning) {
            warnings.add(Objects.requireNonNull(warning, "warning"));
            return this;
        }

        /** {@return the article built so far} */
        public Article build() {
            return new Article(kicker, headline, byline, dateline, media, paragraphs, related,
                    boilerplate, placements, warnings);
        }
    }
}
