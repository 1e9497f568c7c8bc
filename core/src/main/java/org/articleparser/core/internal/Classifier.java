package org.articleparser.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.MediaKind;
import org.articleparser.core.ParseWarning;

/**
 * Decides where every line of an article goes. It works in passes over the non-blank lines, each
 * pass settling the lines it is sure of and leaving the rest to later passes:
 * <ol>
 *   <li>the phrase catalog marks boilerplate and section headers;</li>
 *   <li>media: video widgets (a running time, its title), credit lines and their captions,
 *       captions that end in a credit;</li>
 *   <li>the head: kicker and headline, then up to the first prose line the byline, captions and
 *       what else stands above the story;</li>
 *   <li>the body, from the first to the last prose line: paragraphs, with related-story links and
 *       repeated lines taken out;</li>
 *   <li>the tail: related-story lists (after a header, or in runs of titles) and boilerplate;</li>
 *   <li>the dateline, cut from the first paragraph.</li>
 * </ol>
 * Thresholds live in {@link Shape}, rule ids and confidences in {@link Rule}. Instances are
 * immutable and thread-safe.
 */
public final class Classifier {

    /** The catalog rule of separator lines ("___", "* * *"). */
    private static final String SEPARATOR = "boilerplate.separator";
    private static final Pattern DURATION = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "(?i:(?:image|photo|picture|media|video) caption|caption)\\s?[:,]\\s?\\S.{0,500}"
                    + "|(?i:(?:image|photo|picture|media|video) caption) \\p{Lu}.{0,500}");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]{3,300}\\]");
    private static final Pattern READ_PREFIX = Pattern.compile(
            "(?i:(?:also |read |learn |see |watch |listen )?(?:read|see|watch|learn|listen|related|more)"
                    + "(?: more| also| next| this)?) ?[:|–—] ?\\S.{0,200}");
    private static final Pattern PROMO = Pattern.compile(
            "(?i).{0,200}\\b(?:subscri\\w*|newsletters?|sign up|inbox|donate|become a (?:member|subscriber)"
                    + "|download (?:our|the) app|support (?:our|independent) journalism)\\b.{0,300}");

    /**
     * What {@link #PROMO} needs in a line's catalog key (lower case, so its ASCII-only case
     * folding finds nothing the key does not hold): one of its words.
     */
    private static final String[] PROMO_WORDS = {"subscri", "newsletter", "sign up", "inbox", "donate",
        "become a ", "download ", "support "};

    private final PhraseCatalog catalog;

    /** A classifier using {@code catalog} for boilerplate phrases. */
    public Classifier(PhraseCatalog catalog) {
        this.catalog = catalog;
    }

    /** Parses decoded text into an article carrying {@code warnings}. */
    public Article parse(String text, List<ParseWarning> warnings) {
        List<Line> lines = LineSplitter.split(text);
        Slot[] s = new Slot[lines.size()];
        int longest = 0;
        for (Line line : lines) {
            longest = Math.max(longest, line.text().length());
        }
        char[] scratch = new char[longest];
        for (int i = 0; i < s.length; i++) {
            LineScan scan = LineScan.of(lines.get(i).text(), scratch);
            s[i] = new Slot(lines.get(i), scan, catalog.match(scan));
        }
        Passes p = new Passes(s);
        p.catalog();
        p.media();
        p.head();
        p.body();
        p.tail();
        for (Slot x : s) {
            if (x.open()) {
                x.set(Label.PARAGRAPH, Rule.PARAGRAPH_DEFAULT);
            }
        }
        Dateline dateline = p.dateline();
        return Assembler.assemble(s, dateline, warnings);
    }

    // Cheap exact tests of the first characters before the patterns run: most lines fail them.

    /** {@link #DURATION}: four to eight characters starting with an ASCII digit. */
    static boolean isDuration(String text) {
        int n = text.length();
        return n >= 4 && n <= 8 && text.charAt(0) >= '0' && text.charAt(0) <= '9' && DURATION.matcher(text).matches();
    }

    /** {@link #CAPTION_LABEL}, tried only on text that opens as it needs ({@link #opensWithCaptionLabel}). */
    static boolean isCaptionLabel(String text) {
        return opensWithCaptionLabel(text) && CAPTION_LABEL.matcher(text).matches();
    }

    /** The words that may stand before "caption" in {@link #CAPTION_LABEL}, with their space. */
    private static final String[] CAPTION_KINDS = {"image ", "photo ", "picture ", "media ", "video "};

    /** Whether {@code text} opens with "caption", or one of {@link #CAPTION_KINDS} and "caption", in any case. */
    static boolean opensWithCaptionLabel(String text) {
        // "caption" or a kind opens the line: an ASCII first char must be one of their initials
        if (text.isEmpty() || text.charAt(0) < 0x80 && "cipmvCIPMV".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        int at = 0;
        for (String kind : CAPTION_KINDS) {
            if (text.regionMatches(true, 0, kind, 0, kind.length())) {
                at = kind.length();
                break;
            }
        }
        return text.regionMatches(true, at, "caption", 0, 7);
    }

    /** {@link #BRACKETED}: a whole line in square brackets. */
    static boolean isBracketed(String text) {
        return text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']' && BRACKETED.matcher(text).matches();
    }

    /** {@link #READ_PREFIX}: starts with the first letter of also, read, learn, see, watch, listen, related or more. */
    static boolean isReadPrefix(String text) {
        return "arlswmARLSWM".indexOf(text.charAt(0)) >= 0 && READ_PREFIX.matcher(text).matches();
    }

    /** What a line became. */
    enum Label { KICKER, HEADLINE, BYLINE, CAPTION, CREDIT, CAPTION_CREDIT, DURATION, PARAGRAPH, RELATED, BOILERPLATE }

    /** One line and the decision about it. */
    static final class Slot {
        final Line line;
        final String text;
        final String catalogRule;
        /** The catalog key: lower case, runs of whitespace as one space. */
        final String key;
        final int words;
        final boolean terminal;
        Label label;
        String rule;
        double score;
        /** Where the credit starts in a CAPTION_CREDIT line, or the dateline's length in the first paragraph. */
        int split = -1;
        int media = -1;
        MediaKind kind = MediaKind.IMAGE;

        Slot(Line line, LineScan scan, String catalogRule) {
            this.line = line;
            this.text = line.text();
            this.key = scan.key();
            this.catalogRule = catalogRule;
            this.words = scan.words();
            this.scan = scan;
            this.terminal = Shape.endsSentence(text);
        }

        boolean open() {
            return label == null;
        }

        void set(Label label, Rule rule) {
            this.label = label;
            this.rule = rule.id();
            this.score = rule.score();
        }

        void setCatalog() {
            this.label = Label.BOILERPLATE;
            this.rule = catalogRule;
            this.score = Rule.CATALOG_SCORE;
        }

        boolean prose() {
            return Shape.isProse(words, terminal);
        }

        // The recognisers below are costly; each runs at most once per line.
        private int byline = -1;
        private int agencyCredit = -2;
        private int credit = -2;
        private Dateline dateline;
        private boolean datelineTried;

        boolean byline() {
            if (byline < 0) {
                byline = Bylines.isByline(text) ? 1 : 0;
            }
            return byline == 1;
        }

        /** Where a credit ending this line starts, or -1; {@code bareAgency} admits "(AP)". */
        int creditStart(boolean bareAgency) {
            if (credit == -2) {
                long both = Credits.creditStarts(text);
                agencyCredit = (int) (both >> 32);
                credit = (int) both;
            }
            return bareAgency ? agencyCredit : credit;
        }

        private Set<String> wordSet;

        Set<String> wordSet() {
            if (wordSet == null) {
                wordSet = Shape.words(text);
            }
            return wordSet;
        }

        private final LineScan scan;

        private int promo = -1;

        /** Whether the line speaks of subscribing ({@link #PROMO}), tested once. */
        boolean promo() {
            if (promo < 0) {
                promo = Shape.holdsAny(key, PROMO_WORDS) && PROMO.matcher(text).matches() ? 1 : 0;
            }
            return promo == 1;
        }

        private WordTable wordTable;

        /** The distinct words, as {@link #wordSet()}, in a table that holds no strings. */
        WordTable wordTable() {
            if (wordTable == null) {
                wordTable = WordTable.of(scan);
            }
            return wordTable;
        }

        private Set<String> contentWords;

        /** The distinct words of more than two letters that are not stop words, lower case. */
        Set<String> contentWords() {
            if (contentWords == null) {
                contentWords = Shape.contentWords(wordSet());
            }
            return contentWords;
        }

        Dateline dateline() {
            if (!datelineTried) {
                datelineTried = true;
                dateline = DatelineParser.parse(text);
            }
            return dateline;
        }
    }

    /** The passes over one article's lines. */
    private static final class Passes {
        private final Slot[] s;
        private int media;
        private int headline = -1;
        private int bodyStart;
        private int bodyEnd;

        Passes(Slot[] s) {
            this.s = s;
            this.bodyStart = s.length;
            this.bodyEnd = s.length - 1;
        }

        void catalog() {
            for (Slot x : s) {
                if (x.catalogRule != null) {
                    x.setCatalog();
                }
            }
        }

        void media() {
            for (int i = 0; i < s.length; i++) {
                Slot x = s[i];
                if (!x.open()) {
                    continue;
                }
                if (isDuration(x.text) && i + 1 < s.length && s[i + 1].open()
                        && !s[i + 1].prose()) {
                    int m = media++;
                    mediaPart(x, Label.DURATION, Rule.VIDEO_DURATION, m, MediaKind.VIDEO);
                    mediaPart(s[i + 1], Label.CAPTION, Rule.VIDEO_TITLE, m, MediaKind.VIDEO);
                    if (i + 2 < s.length && s[i + 2].open() && s[i + 2].text.equals(s[i + 1].text)) {
                        s[i + 2].set(Label.BOILERPLATE, Rule.VIDEO_TITLE_REPEAT);
                    }
                    i++;
                } else if (isCaptionLabel(x.text)) {
                    Slot credit = i > 0 && s[i - 1].label == Label.CREDIT && s[i - 1].line.block() == x.line.block()
                            && !captioned(s[i - 1].media) ? s[i - 1] : null;
                    MediaKind kind = Character.toLowerCase(x.text.charAt(0)) == 'i'
                            || Character.toLowerCase(x.text.charAt(0)) == 'p' ? MediaKind.IMAGE : MediaKind.VIDEO;
                    mediaPart(x, Label.CAPTION, Rule.CAPTION_LABELLED, credit != null ? credit.media : media++, kind);
                    if (credit != null) {
                        credit.kind = kind;
                    }
                } else if (Credits.isCredit(x.text)) {
                    int m = media++;
                    mediaPart(x, Label.CREDIT, Rule.CREDIT_LINE, m, MediaKind.IMAGE);
                    Slot caption = blockPartner(i);
                    if (caption != null) {
                        mediaPart(caption, Label.CAPTION, Rule.CAPTION_BESIDE_CREDIT, m, MediaKind.IMAGE);
                    }
                } else if (!x.byline()) {
                    int at = x.creditStart(false);
                    if (at > 0) {
                        mediaPart(x, Label.CAPTION_CREDIT, Rule.CREDIT_SUFFIX, media++, MediaKind.IMAGE);
                        x.split = at;
                    }
                }
            }
        }

        /** Whether media item {@code m} already has a caption line. */
        private boolean captioned(int m) {
            for (Slot x : s) {
                if (x.media == m && (x.label == Label.CAPTION || x.label == Label.CAPTION_CREDIT)) {
                    return true;
                }
            }
            return false;
        }

        /** The other line of a two-line block, if it can be a caption. */
        private Slot blockPartner(int i) {
            int block = s[i].line.block();
            boolean prevSame = i > 0 && s[i - 1].line.block() == block;
            boolean nextSame = i + 1 < s.length && s[i + 1].line.block() == block;
            boolean prevPrevSame = i > 1 && s[i - 2].line.block() == block;
            boolean nextNextSame = i + 2 < s.length && s[i + 2].line.block() == block;
            Slot partner = null;
            if (prevSame && !nextSame && !prevPrevSame) {
                partner = s[i - 1];
            } else if (nextSame && !prevSame && !nextNextSame) {
                partner = s[i + 1];
            }
            if (partner == null || !partner.open() || partner.byline()
                    || isDuration(partner.text)) {
                return null;
            }
            return partner;
        }

        private void mediaPart(Slot x, Label label, Rule rule, int m, MediaKind kind) {
            x.set(label, rule);
            x.media = m;
            x.kind = kind;
        }

        void head() {
            int h = nextOpen(0);
            while (h >= 0 && Shape.isDataLike(s[h].text) && nextOpen(h + 1) >= 0) {
                s[h].set(Label.BOILERPLATE, Rule.BOILERPLATE_BEFORE_HEADLINE);
                h = nextOpen(h + 1);
            }
            if (h < 0) {
                return;
            }
            int k = nextOpen(h + 1);
            Slot first = s[h];
            if (k >= 0 && first.words <= Shape.KICKER_MAX_WORDS && !first.terminal && Shape.isLabel(first.text)
                    && s[k].words > first.words && headlineLike(k)
                    && !s[k].byline() && !first.byline()) {
                first.set(Label.KICKER, Rule.KICKER);
                h = k;
            }
            s[h].set(Label.HEADLINE, first.label == Label.KICKER ? Rule.HEADLINE_AFTER_KICKER : Rule.HEADLINE);
            headline = h;
            for (int i = 0; i < h; i++) {
                if (s[i].open()) {
                    s[i].set(Label.BOILERPLATE, Rule.BOILERPLATE_BEFORE_HEADLINE);
                }
            }
            bodyStart = s.length;
            for (int i = h + 1; i < s.length; i++) {
                Slot x = s[i];
                if (x.open() && x.prose() && !x.byline()
                        && (x.creditStart(true) < 0 || x.dateline() != null)) {
                    bodyStart = i;
                    break;
                }
            }
            boolean byline = false;
            boolean mediaSeen = false;
            int seen = 0;
            for (int i = h + 1; i < bodyStart; i++) {
                Slot x = s[i];
                if (!byline && x.catalogRule != null && x.catalogRule.startsWith("header.end")
                        && x.label == Label.BOILERPLATE && x.byline()) {
                    // "Written by Jane Roe | Updated ..." under the headline is the byline, not
                    // the author box that closes a page.
                    x.set(Label.BYLINE, Rule.BYLINE);
                    byline = true;
                    continue;
                }
                if (!x.open()) {
                    mediaSeen |= x.label == Label.CREDIT || x.label == Label.CAPTION_CREDIT;
                    continue;
                }
                seen++;
                if (!byline && (x.byline() || seen <= 2 && Bylines.isName(x.text))) {
                    x.set(Label.BYLINE, Rule.BYLINE);
                    byline = true;
                } else if (x.creditStart(true) > 0) {
                    mediaPart(x, Label.CAPTION_CREDIT, Rule.CREDIT_SUFFIX, media++, MediaKind.IMAGE);
                    x.split = x.creditStart(true);
                } else if (Shape.isDataLike(x.text)) {
                    x.set(Label.BOILERPLATE, Rule.BOILERPLATE_HEAD_DATA);
                } else if (x.terminal && x.words >= 2) {
                    if (byline || mediaSeen) {
                        mediaPart(x, Label.CAPTION, Rule.CAPTION_ABOVE_BODY, media++, MediaKind.IMAGE);
                    } else {
                        x.set(Label.PARAGRAPH, Rule.PARAGRAPH_STANDFIRST);
                    }
                } else if (Shape.isTitle(x.text, x.words, x.terminal) && x.words >= Shape.DEK_MIN_WORDS) {
                    x.set(Label.PARAGRAPH, Rule.PARAGRAPH_STANDFIRST);
                } else {
                    x.set(Label.BOILERPLATE, Rule.BOILERPLATE_HEAD);
                }
            }
        }

        /**
         * Whether the line at {@code k} reads as a headline below a kicker: not a dateline
         * paragraph, and either not prose or a short line followed by a byline or media.
         */
        private boolean headlineLike(int k) {
            Slot x = s[k];
            if (x.dateline() != null) {
                return false;
            }
            if (!x.prose()) {
                return true;
            }
            if (x.words > Shape.HEADLINE_MAX_PROSE_WORDS) {
                return false;
            }
            int next = k + 1;
            return next < s.length && (s[next].byline()
                    || s[next].label == Label.CREDIT || s[next].label == Label.CAPTION
                    || s[next].label == Label.CAPTION_CREDIT);
        }

        void body() {
            if (bodyStart >= s.length) {
                bodyEnd = s.length - 1;
                return;
            }
            bodyEnd = bodyStart;
            int lastProse = bodyStart;
            int proseAfterMarker = 0;
            int marker = -1;
            for (int i = bodyStart + 1; i < s.length; i++) {
                Slot x = s[i];
                if (marker < 0 && endMarker(i)) {
                    marker = i;
                    bodyEnd = lastProse;
                }
                if (x.open() && x.prose()) {
                    lastProse = i;
                    if (marker >= 0) {
                        proseAfterMarker++;
                    }
                }
            }
            if (marker < 0 || proseAfterMarker > Shape.PROSE_AFTER_END_MARKER) {
                bodyEnd = lastProse;
                marker = -1;
            }
            // Short sentences right after the last prose line ("X contributed to this report.")
            // still belong to the body, up to the first boilerplate line.
            for (int i = bodyEnd + 1; i < s.length && (marker < 0 || i < marker); i++) {
                Slot x = s[i];
                if (SEPARATOR.equals(x.catalogRule)) {
                    continue; // "___" before "X contributed to this report."
                }
                if (!x.open() || !(x.terminal && x.words >= Shape.TRAILING_SENTENCE_MIN_WORDS
                        || x.text.startsWith("— ") || x.text.startsWith("-- "))) {
                    break;
                }
                bodyEnd = i;
            }
            promoBlock();
            TextSet seen = new TextSet();
            boolean relatedList = false;
            for (int i = bodyStart; i <= bodyEnd; i++) {
                Slot x = s[i];
                if (x.label == Label.BOILERPLATE && x.catalogRule != null && x.catalogRule.startsWith("header.related")) {
                    int next = nextOpen(i + 1);
                    if (next >= 0 && next <= bodyEnd && s[next].prose()) {
                        x.set(Label.PARAGRAPH, Rule.PARAGRAPH_HEADER_LIKE);
                    } else {
                        relatedList = true;
                        continue;
                    }
                }
                if (!x.open()) {
                    if (x.label == Label.PARAGRAPH) {
                        seen.add(x.text);
                    }
                    continue;
                }
                if (x.prose()) {
                    relatedList = false;
                }
                // The credit is looked for only when the rules before it did not decide.
                int credit;
                MediaKind kind;
                if (isBracketed(x.text)) {
                    x.set(Label.RELATED, Rule.RELATED_BRACKETED);
                } else if (!x.terminal && x.words <= 30 && isReadPrefix(x.text)) {
                    x.set(Label.RELATED, Rule.RELATED_READ_PREFIX);
                } else if (relatedList && Shape.isTitle(x.text, x.words, x.terminal)) {
                    x.set(Label.RELATED, Rule.RELATED_AFTER_HEADER);
                } else if (seen.contains(x.text)) {
                    x.set(Label.BOILERPLATE, Rule.BOILERPLATE_REPEAT);
                } else if (i > bodyStart && i < bodyEnd && (credit = x.creditStart(true)) > 0) {
                    mediaPart(x, Label.CAPTION_CREDIT, Rule.CREDIT_SUFFIX_AGENCY, media++, MediaKind.IMAGE);
                    x.split = credit;
                } else if (echoesNeighbour(i)) {
                    mediaPart(x, Label.CAPTION, Rule.CAPTION_ECHO, media++, MediaKind.IMAGE);
                } else if ((kind = visualCaption(i)) != null) {
                    mediaPart(x, Label.CAPTION, Rule.CAPTION_VISUAL, media++, kind);
                } else if (captionOverItem(i)) {
                    mediaPart(x, Label.CAPTION, Rule.CAPTION_OVER_ITEM, media++, MediaKind.IMAGE);
                } else if (topicalTitleRun(i)) {
                    x.set(Label.RELATED, Rule.RELATED_TOPICAL_TITLE);
                } else if (headlineCaseRun(i)) {
                    x.set(Label.RELATED, Rule.RELATED_HEADLINE_CASE_RUN);
                } else if (!x.prose() && Shape.isDataLike(x.text)) {
                    x.set(Label.BOILERPLATE, Rule.BOILERPLATE_DATA);
                } else {
                    x.set(Label.PARAGRAPH, x.prose() ? Rule.PARAGRAPH_PROSE : Rule.PARAGRAPH_IN_BODY);
                    seen.add(x.text);
                }
            }
        }

        /**
         * Whether the line at {@code i} marks the end of the article: a comment prompt, a
         * copyright line, a source link, an end header ("About the author"), or two catalog
         * lines in a row.
         */
        private boolean endMarker(int i) {
            String rule = s[i].catalogRule;
            if (rule == null) {
                return false;
            }
            if (rule.equals("boilerplate.comments") || rule.equals("boilerplate.copyright")
                    || rule.equals("boilerplate.source-link") || rule.startsWith("header.end")) {
                return true;
            }
            return i + 1 < s.length && s[i + 1].catalogRule != null && !rule.equals("boilerplate.ad-marker");
        }

        /**
         * A promotion block closing the body ("Stay informed" + a sentence about a subscription):
         * a short header line followed by at most {@value Shape#PROMO_MAX_LINES} lines, one of
         * which speaks of subscribing, with nothing but boilerplate after it.
         */
        private void promoBlock() {
            for (int i = bodyEnd + 1; i < s.length; i++) {
                if (s[i].label != Label.BOILERPLATE && !s[i].open()) {
                    return;
                }
                if (s[i].open() && s[i].prose()) {
                    return;
                }
            }
            for (int h = bodyEnd; h >= Math.max(bodyStart + 1, bodyEnd - Shape.PROMO_MAX_LINES); h--) {
                Slot x = s[h];
                if (!x.open() || x.prose() || x.words > Shape.HEADER_MAX_WORDS) {
                    continue;
                }
                boolean promo = false;
                for (int j = h; j <= bodyEnd; j++) {
                    promo |= s[j].open() && s[j].promo();
                }
                if (promo) {
                    for (int j = h; j <= bodyEnd; j++) {
                        if (s[j].open()) {
                            s[j].set(Label.BOILERPLATE, Rule.BOILERPLATE_PROMO_BLOCK);
                        }
                    }
                    bodyEnd = h - 1;
                    return;
                }
            }
        }

        /**
         * A caption or pull quote: a line that repeats most of the words of a paragraph
         * ({@value Shape#ECHO_MIN_SHARE} of them or more) that is near but not next to it; a
         * paragraph right beside it is more likely what it introduces or continues.
         */
        private boolean echoesNeighbour(int i) {
            Slot x = s[i];
            if (x.words < Shape.ECHO_MIN_WORDS || x.words > Shape.ECHO_MAX_WORDS || i == bodyStart
                    || "\"“„«'‘".indexOf(x.text.charAt(0)) >= 0) {
                return false;
            }
            for (int j = Math.max(bodyStart, i - Shape.ECHO_DISTANCE); j <= Math.min(bodyEnd, i + Shape.ECHO_DISTANCE); j++) {
                if (Math.abs(j - i) >= 2 && s[j].prose() && s[j].words > x.words
                        && x.scan.mayShareIn(s[j].scan, Shape.ECHO_MIN_SHARE)
                        && x.wordTable().shareIn(s[j].wordTable()) >= Shape.ECHO_MIN_SHARE) {
                    return x.dateline() == null;
                }
            }
            return false;
        }

        /**
         * A caption that names what it shows: a line inside the body, too short for prose and
         * not a label, question or headline-case title ("Shares Slide as Rates Rise"), that
         * speaks of a diagram, chart, slide, screenshot and the like
         * ({@link Shape#VISUAL}), or opens with "Video shows", "Photo shows".
         *
         * @return the kind of media the caption is for (a video for "Video shows ...", "Footage
         *         shows ...", otherwise an image), or null
         */
        private MediaKind visualCaption(int i) {
            Slot x = s[i];
            if (i == bodyStart || x.prose() || x.words < Shape.CAPTION_MIN_WORDS || !Shape.mayBeCaption(x.text)
                    || x.text.indexOf(':') >= 0 && x.text.indexOf(':') < 40) {
                return null;
            }
            boolean shows = Shape.VIDEO_SHOWS.matcher(x.text).lookingAt();
            if (!shows && !(Shape.holdsAny(x.key, Shape.VISUAL_STEMS) && Shape.VISUAL.matcher(x.text).find())
                    || Shape.isHeadlineCase(x.text)) {
                return null;
            }
            boolean video = shows && (x.text.regionMatches(true, 0, "video", 0, 5)
                    || x.text.regionMatches(true, 0, "footage", 0, 7));
            return video ? MediaKind.VIDEO : MediaKind.IMAGE;
        }

        /**
         * The caption of a picture set above an item of a numbered list ("1. Take the blankets
         * off the bed"): a line of {@value Shape#CAPTION_OVER_ITEM_MIN_WORDS} words or more that
         * reads like a sentence without its stop (not in headline case, not a question), between
         * prose and a numbered line that prose follows, in a body with two numbered lines or more.
         */
        private boolean captionOverItem(int i) {
            Slot x = s[i];
            if (i == bodyStart || i + 2 > bodyEnd || x.prose() || x.terminal || x.words < Shape.CAPTION_OVER_ITEM_MIN_WORDS
                    || !Shape.mayBeCaption(x.text) || numberedItem(x) || Shape.isHeadlineCase(x.text)) {
                return false;
            }
            return s[i - 1].prose() && numberedItem(s[i + 1]) && s[i + 2].prose() && numberedItems() >= 2;
        }

        private static boolean numberedItem(Slot x) {
            return !x.prose() && Character.isDigit(x.text.charAt(0)) && Shape.NUMBERED.matcher(x.text).matches();
        }

        /** The number of numbered items ("1. ...") in the body, counted on first use. */
        private int numberedItems = -1;

        private int numberedItems() {
            if (numberedItems < 0) {
                numberedItems = 0;
                for (int j = bodyStart; j <= bodyEnd; j++) {
                    numberedItems += numberedItem(s[j]) ? 1 : 0;
                }
            }
            return numberedItems;
        }

        /**
         * Whether the line at {@code i} belongs to a run of one to {@value Shape#TOPICAL_MAX_RUN}
         * title-like lines between prose paragraphs that share words with the headline: links to
         * related stories placed inside the body. A run of two or more needs
         * {@value Shape#TOPICAL_SHARED_IN_RUN} shared words on one line, a single line
         * {@value Shape#TOPICAL_SHARED_WORDS}.
         */
        private boolean topicalTitleRun(int i) {
            if (headline < 0 || !topicalShape(s[i])) {
                return false;
            }
            int[] run = runBetweenProse(i, Passes::topicalShape);
            if (run == null) {
                return false;
            }
            int from = run[0];
            int to = run[1];
            int best = 0;
            for (int j = from; j <= to; j++) {
                best = Math.max(best, Shape.shared(s[headline].contentWords(), s[j].contentWords()));
            }
            return best >= (to > from ? Shape.TOPICAL_SHARED_IN_RUN : Shape.TOPICAL_SHARED_WORDS);
        }

        /** The texts that occur more than once in the input, found on first use. */
        private TextSet repeated;

        /**
         * Whether the line at {@code i} belongs to a run of {@value Shape#HEADLINE_RUN_MIN} to
         * {@value Shape#TOPICAL_MAX_RUN} lines in headline case, one after the other between
         * prose paragraphs, none of which occurs elsewhere in the text: a block of links to other
         * stories. A subheading stands alone before the prose it introduces, and a table of
         * contents repeats its entries as the subheadings further down.
         */
        private boolean headlineCaseRun(int i) {
            if (!headlineCaseShape(s[i])) {
                return false;
            }
            int[] run = runBetweenProse(i, Passes::headlineCaseShape);
            if (run == null || run[1] - run[0] + 1 < Shape.HEADLINE_RUN_MIN) {
                return false;
            }
            int from = run[0];
            int to = run[1];
            if (repeated == null) {
                repeated = new TextSet();
                TextSet all = new TextSet();
                for (Slot y : s) {
                    if (!all.add(y.text)) {
                        repeated.add(y.text);
                    }
                }
            }
            for (int j = from; j <= to; j++) {
                if (repeated.contains(s[j].text)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The lines around {@code i} that have {@code shape}, as {@code {from, to}}, when there
         * are at most {@value Shape#TOPICAL_MAX_RUN} of them and a prose line of the body stands
         * right before and right after; null otherwise. The walk stops one line past the longest
         * run allowed, so that a body of thousands of such lines costs linear time (#6).
         */
        private int[] runBetweenProse(int i, Predicate<Slot> shape) {
            int from = i;
            while (from - 1 > bodyStart && i - from < Shape.TOPICAL_MAX_RUN && shape.test(s[from - 1])) {
                from--;
            }
            int to = i;
            while (to + 1 < bodyEnd && to - from < Shape.TOPICAL_MAX_RUN && shape.test(s[to + 1])) {
                to++;
            }
            if (from - 1 < bodyStart || to + 1 > bodyEnd || !s[from - 1].prose() || !s[to + 1].prose()
                    || to - from + 1 > Shape.TOPICAL_MAX_RUN) {
                return null;
            }
            return new int[] {from, to};
        }

        private static boolean headlineCaseShape(Slot x) {
            return (x.open() || x.label == Label.RELATED && Rule.RELATED_HEADLINE_CASE_RUN.id().equals(x.rule))
                    && !x.terminal && x.words >= Shape.HEADLINE_RUN_MIN_WORDS && Shape.isTitle(x.text, x.words, false)
                    && Shape.isHeadlineCase(x.text) && !Shape.NUMBERED.matcher(x.text).matches();
        }

        private static boolean topicalShape(Slot x) {
            return (x.open() || x.label == Label.RELATED && Rule.RELATED_TOPICAL_TITLE.id().equals(x.rule))
                    && !x.terminal && x.words >= Shape.TOPICAL_MIN_WORDS
                    && Shape.isTitle(x.text, x.words, x.terminal) && !Shape.NUMBERED.matcher(x.text).matches();
        }

        void tail() {
            boolean relatedList = false;
            boolean ended = false;
            for (int i = bodyEnd + 1; i < s.length; i++) {
                Slot x = s[i];
                if (x.catalogRule != null) {
                    if (x.catalogRule.startsWith("header.related")) {
                        relatedList = true;
                        ended = false;
                    } else if (x.catalogRule.startsWith("header.end")) {
                        ended = true;
                        relatedList = false;
                    }
                }
                if (!x.open()) {
                    continue;
                }
                boolean title = Shape.isTitle(x.text, x.words, x.terminal) && x.words >= 3;
                if (!ended && title && (relatedList || titleRun(i))) {
                    x.set(Label.RELATED, relatedList ? Rule.RELATED_AFTER_HEADER : Rule.RELATED_TITLE_RUN);
                } else {
                    x.set(Label.BOILERPLATE, ended ? Rule.BOILERPLATE_AFTER_END_HEADER : Rule.BOILERPLATE_TAIL);
                }
            }
        }

        /** Whether the tail line at {@code i} has a title-like neighbour, skipping catalog lines. */
        private boolean titleRun(int i) {
            for (int d : new int[] {-1, 1}) {
                int j = i + d;
                while (j > bodyEnd && j < s.length && s[j].catalogRule != null && s[j].catalogRule.startsWith("boilerplate")) {
                    j += d;
                }
                if (j > bodyEnd && j < s.length && s[j].catalogRule == null
                        && Shape.isTitle(s[j].text, s[j].words, s[j].terminal) && s[j].words >= 4) {
                    return true;
                }
            }
            return false;
        }

        /** The dateline opening the first paragraph; standfirsts above the body are passed over. */
        Dateline dateline() {
            for (int i = 0; i < s.length; i++) {
                Slot x = s[i];
                if (x.label == Label.PARAGRAPH) {
                    Dateline d = x.dateline();
                    if (d != null) {
                        x.split = d.text().length();
                        return d;
                    }
                    if (i >= bodyStart || x.prose()) {
                        return null;
                    }
                }
            }
            return null;
        }

        private int nextOpen(int from) {
            for (int i = from; i < s.length; i++) {
                if (s[i].open()) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The distinct words of a line, as {@link Shape#words(String)} finds them, held as ranges of
     * the lower-cased line in an open-addressing hash table: no string per word, one table per
     * line, and membership tested by comparing the ranges.
     */
    static final class WordTable {
        private final char[] lower;
        private final int[] start;
        private final int[] end;
        private final int[] hash;
        private final int count;
        /** Word index + 1 by hash slot; 0 is empty. */
        private final int[] slots;

        private WordTable(char[] lower, int[] start, int[] end, int[] hash, int count, int[] slots) {
            this.lower = lower;
            this.start = start;
            this.end = end;
            this.hash = hash;
            this.count = count;
            this.slots = slots;
        }

        /** The table of any text's words, found by code point. */
        static WordTable of(String text) {
            return build(LineScan.lowerCase(text), true);
        }

        /**
         * The table of a scanned line's words: the runs of word chars of its key, which are the
         * words of its lower case, unless the line holds chars set apart ({@link LineScan#apart()}).
         */
        static WordTable of(LineScan scan) {
            return scan.apart() ? of(scan.line()) : build(scan.key().toCharArray(), false);
        }

        /**
         * The table of the words of {@code lower}: runs of letters and numbers, by code point or,
         * for text without surrogates, char by char.
         */
        private static WordTable build(char[] lower, boolean codePoints) {
            int n = lower.length;
            int tokens = (n + 1) / 2; // each word but the last is followed by a char of no word
            WordTable t = new WordTable(lower, new int[tokens], new int[tokens], new int[tokens], 0,
                    new int[Integer.highestOneBit(Math.max(tokens, 2) * 2 - 1) << 1]);
            int count = 0;
            for (int i = 0; i < n; ) {
                int from = i;
                int sum = 0; // of the word's chars, for its hash
                if (codePoints) {
                    while (i < n && Shape.isWordChar(Character.codePointAt(lower, i))) {
                        int to = i + Character.charCount(Character.codePointAt(lower, i));
                        for (; i < to; i++) {
                            sum += lower[i];
                        }
                    }
                } else {
                    while (i < n && LineScan.isWordChar(lower[i])) {
                        sum += lower[i++];
                    }
                }
                if (i == from) {
                    i += codePoints ? Character.charCount(Character.codePointAt(lower, i)) : 1;
                    continue;
                }
                int h = hash(sum, i - from, lower[from], lower[i - 1]);
                int slot = t.slot(lower, from, i, h);
                if (t.slots[slot] == 0) {
                    t.start[count] = from;
                    t.end[count] = i;
                    t.hash[count] = h;
                    t.slots[slot] = ++count;
                }
            }
            return new WordTable(lower, t.start, t.end, t.hash, count, t.slots);
        }

        /**
         * A word's hash from the sum of its chars, its length and its first and last chars:
         * equal words hash alike, and the line scan pays one add per char for it.
         */
        static int hash(int sum, int length, char first, char last) {
            int h = sum * 0x9E3779B1 + length * 0x85EBCA6B + first * 0xC2B2AE35 + last * 0x27D4EB2F;
            return h ^ (h >>> 16);
        }

        /** The slot of the word equal to {@code s[from, to)}, or the empty slot where it would go. */
        private int slot(char[] s, int from, int to, int h) {
            int mask = slots.length - 1;
            int k = h & mask;
            for (; slots[k] != 0; k = (k + 1) & mask) {
                int w = slots[k] - 1;
                if (hash[w] == h && end[w] - start[w] == to - from
                        && java.util.Arrays.equals(lower, start[w], end[w], s, from, to)) {
                    break;
                }
            }
            return k;
        }

        /** {@return the number of distinct words} */
        int count() {
            return count;
        }

        /** {@return the sketch of these words} */
        WordSketch sketch() {
            long[] bits = new long[WordSketch.LONGS];
            for (int w = 0; w < count; w++) {
                int h = 0;
                for (int i = start[w]; i < end[w]; i++) {
                    h = WordSketch.hash(h, lower[i]);
                }
                WordSketch.add(bits, h);
            }
            return new WordSketch(bits);
        }

        /** The share of these distinct words that {@code in} holds, as {@link Shape#share}. */
        double shareIn(WordTable in) {
            if (count == 0) {
                return 0;
            }
            int n = 0;
            for (int w = 0; w < count; w++) {
                if (in.slots[in.slot(lower, start[w], end[w], hash[w])] != 0) {
                    n++;
                }
            }
            return (double) n / count;
        }
    }

    /** Shapes of text and the thresholds the passes use, in one place. */
    static final class Shape {
        /** A kicker has at most this many words. */
        static final int KICKER_MAX_WORDS = 4;
        /** A section header line has at most this many words. */
        static final int HEADER_MAX_WORDS = 5;
        /** A promotion block has at most this many lines after its header. */
        static final int PROMO_MAX_LINES = 4;
        /** Prose: at least this many words ending in a sentence end ... */
        static final int PROSE_MIN_WORDS = 10;
        /** ... or this many words in any case. */
        static final int PROSE_ANY_WORDS = 25;
        /** A title has at most this many words. */
        static final int TITLE_MAX_WORDS = 30;
        /** An in-body related headline has at least this many words ... */
        static final int TOPICAL_MIN_WORDS = 6;
        /** ... and, standing alone, shares this many content words with the headline ... */
        static final int TOPICAL_SHARED_WORDS = 3;
        /** ... or, in a run of such lines, one of them shares this many. */
        static final int TOPICAL_SHARED_IN_RUN = 2;
        /** Runs of related headlines inside the body are at most this long. */
        static final int TOPICAL_MAX_RUN = 4;
        /**
         * Headlines in headline case ("The Twists and Turns of a Sign") standing together inside
         * the body are links to other stories when there are at least this many in a row ...
         */
        static final int HEADLINE_RUN_MIN = 2;
        /** ... each with at least this many words. */
        static final int HEADLINE_RUN_MIN_WORDS = 4;
        /** A headline that reads like prose has at most this many words. */
        static final int HEADLINE_MAX_PROSE_WORDS = 20;
        /** An end marker closes the body unless more prose lines than this follow it. */
        static final int PROSE_AFTER_END_MARKER = 2;
        /** A sentence after the last prose line stays in the body with at least this many words. */
        static final int TRAILING_SENTENCE_MIN_WORDS = 4;
        /** A caption that echoes a nearby paragraph has at least this many words ... */
        static final int ECHO_MIN_WORDS = 8;
        /** ... and at most this many ... */
        static final int ECHO_MAX_WORDS = 40;
        /** ... finds this share of its words in a paragraph ... */
        static final double ECHO_MIN_SHARE = 0.8;
        /** ... at most this many lines away. */
        static final int ECHO_DISTANCE = 4;
        /** A caption found by what it speaks of has at least this many words ... */
        static final int CAPTION_MIN_WORDS = 3;
        /** ... and one over a numbered item this many. */
        static final int CAPTION_OVER_ITEM_MIN_WORDS = 5;
        /** Words for pictures that captions use and subheadings seldom do. */
        static final Pattern VISUAL = Pattern.compile("(?i)\\b(?:diagrams?|schematics?|charts?|graphs?|slides?"
                + "|screenshots?|screen shots?|infographics?|illustrations?|pictured|photographed)\\b");
        /** What {@link #VISUAL} needs in a line's lower-case catalog key: the start of one of its words. */
        static final String[] VISUAL_STEMS = {"diagram", "schematic", "chart", "graph", "slide", "screen",
            "illustration", "pictured", "photographed"};

        /** Whether {@code key} holds one of {@code words}: a cheap first test for a pattern that needs one. */
        static boolean holdsAny(String key, String[] words) {
            for (String w : words) {
                if (key.contains(w)) {
                    return true;
                }
            }
            return false;
        }
        /** A caption of a video or photo telling what it shows. */
        static final Pattern VIDEO_SHOWS = Pattern.compile("(?i)(?:video|footage|photo|image|picture)s? (?:shows?|showing) ");
        /**
         * Whether a line found by its place or words may be a caption: not a question, a label
         * (a final colon) or a link (a final arrow, "More »").
         */
        static boolean mayBeCaption(String text) {
            char last = text.charAt(text.length() - 1);
            return "?:»›→>".indexOf(last) < 0;
        }

        /** A standfirst (a title-like line under the headline) has at least this many words. */
        static final int DEK_MIN_WORDS = 3;

        private static final Pattern FIGURE = Pattern.compile("[-+]?\\$?\\d{1,9}(?:[.,]\\d{1,9}){0,8}(?:\\.\\d{1,4}|%)");
        private static final Pattern CALENDAR = Pattern.compile("(?iu)[(\\[]?(?:\\d[\\d.,:/-]*(?:st|nd|rd|th|am|pm|h)?"
                + "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
                + "|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
                + "|a\\.?m\\.?|p\\.?m\\.?|[a-z]{1,2}[sd]?t|gmt|utc|at|on|updated|published|posted|-|–|—|\\|)[)\\],.]?");
        static final Pattern NUMBERED = Pattern.compile("(?:\\d{1,3}[.)]|[-*•·]) .*");
        private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} '’&/-]{1,40}:(.*)");
        private static final Set<String> JOINING = Set.of("and", "&", "of", "the", "in", "on", "for", "to", "a");
        private static final Set<String> HEADLINE_SMALL = Set.of("a", "an", "the", "and", "or", "but", "nor",
                "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "vs", "vs.", "via", "into",
                "over", "up", "off", "out", "is", "are");
        private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and",
                "or", "with", "at", "by", "from", "as", "is", "are", "was", "were", "be", "its", "it", "his",
                "her", "their", "this", "that", "after", "over", "into", "new", "says", "said", "will", "has",
                "have", "not", "but", "up", "out", "about", "how", "why", "what", "when", "who", "you", "your",
                "our", "can", "all", "more", "than", "just", "one", "two", "get", "off", "now", "may");

        private Shape() {
        }

        static boolean isProse(int words, boolean terminal) {
            return words >= PROSE_MIN_WORDS && terminal || words >= PROSE_ANY_WORDS;
        }

        /**
         * A headline's shape: two to {@value #TITLE_MAX_WORDS} words, no closing stop (a question
         * mark is fine), not a list of short items, and not a "Label: value" line whose value is
         * shorter than three words ("Filed under: Tech").
         */
        static boolean isTitle(String text, int words, boolean terminal) {
            if (words < 2 || words > TITLE_MAX_WORDS || text.endsWith(":")) {
                return false;
            }
            if (terminal && !text.endsWith("?")) {
                return false;
            }
            if (isList(text)) {
                return false;
            }
            // LABEL's class excludes ':', so only a first colon at 1 to 40 can end its label.
            int colon = text.indexOf(':');
            if (colon < 1 || colon > 40) {
                return true;
            }
            java.util.regex.Matcher m = LABEL.matcher(text);
            return !m.matches() || Credits.words(m.group(1)) >= 3 && m.group(1).startsWith(" ");
        }

        /**
         * Headline case: every word capitalised but for short joining words ("Why Cities Fell
         * in Love with Neon"), with at least one joining word or four words, so that a name
         * ("Jane A. Doe") does not pass.
         */
        static boolean isHeadlineCase(String text) {
            return capitalisedWords(text, HEADLINE_SMALL) >= 4;
        }

        /** A comma-separated list of short items ("Tech, Politics, Fact Check"). */
        static boolean isList(String text) {
            int colon = text.indexOf(':');
            int comma = text.indexOf(',', colon + 1);
            if (comma < 0 || text.indexOf(',', comma + 1) < 0) {
                return false; // fewer than three items
            }
            String body = text.substring(colon + 1);
            String[] items = body.split(",");
            if (items.length < 3) {
                return false;
            }
            for (String item : items) {
                if (Credits.words(item) > 3) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A section label: every word capitalised, but for joining words ("News & Politics",
         * "Middle East", "ELECTIONS 2024"), unlike a short headline ("Kim to meet Putin").
         */
        static boolean isLabel(String text) {
            return capitalisedWords(text, JOINING) >= 0;
        }

        /**
         * The number of words in {@code text} when every word that starts with a letter starts
         * with a capital, but for the lower-case words in {@code except}; -1 when one does not.
         */
        private static int capitalisedWords(String text, Set<String> except) {
            // the runs of chars between spaces, without making a string of each
            int n = text.length();
            int words = 0;
            for (int i = 0; i < n; ) {
                int end = tokenEnd(text, i);
                if (end > i) {
                    words++;
                    int c = text.codePointAt(i);
                    if (Character.isLetter(c) && !Character.isUpperCase(c) && !except.contains(text.substring(i, end))) {
                        return -1;
                    }
                }
                i = end + 1;
            }
            return words;
        }

        /**
         * Data rather than words: more than half of the tokens hold digits ("87", "1,024"), two
         * or more are decimal or percentage figures (a ticker row "XMP CORP. 225.86 -12.99 -5.44%"),
         * or every token belongs to a date or time ("Mon 18 Nov 2019 14.26 GMT").
         */
        static boolean isDataLike(String text) {
            if (!hasDigit(text, 0, text.length())) {
                return false; // every test below needs a token with a digit
            }
            int tokens = 0;
            int numeric = 0;
            int figures = 0;
            boolean calendar = true; // every token so far belongs to a date or time
            // Tokens are matched in place: a region's bounds anchor the patterns as a substring's would.
            java.util.regex.Matcher figure = FIGURE.matcher(text);
            java.util.regex.Matcher date = CALENDAR.matcher(text);
            int n = text.length();
            for (int i = 0; i < n; ) {
                int end = tokenEnd(text, i);
                if (end > i) {
                    tokens++;
                    if (hasDigit(text, i, end)) { // FIGURE needs an ASCII digit
                        numeric++;
                        if (figure.region(i, end).matches() && ++figures == 2) {
                            return true;
                        }
                    }
                    calendar = calendar && date.region(i, end).matches();
                }
                i = end + 1;
            }
            return tokens > 0 && (numeric * 2 > tokens || numeric > 0 && calendar);
        }

        /**
         * Where the token of {@code text} starting at {@code from} ends: at the next space, or the
         * end. Tokens are the runs of chars between single spaces; an empty one stands for a
         * run of spaces.
         */
        private static int tokenEnd(String text, int from) {
            int space = text.indexOf(' ', from);
            return space < 0 ? text.length() : space;
        }

        /** Whether {@code text[from, to)} holds a digit ({@link Character#isDigit(char)}). */
        static boolean hasDigit(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (Character.isDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the text ends like a sentence: a stop, possibly inside quotes or brackets. A
         * truncation ("...") is not a sentence end: it closes cut-off headlines.
         */
        static boolean endsSentence(String text) {
            if (text.endsWith("...") || text.endsWith("…")) {
                return false;
            }
            for (int i = text.length() - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == '…') {
                    return true;
                }
                if ("\"'”’)]»".indexOf(c) < 0) {
                    return false;
                }
            }
            return false;
        }

        /** How many of the words in {@code b} are in {@code a}. */
        static int shared(Set<String> a, Set<String> b) {
            int n = 0;
            for (String w : b) {
                if (a.contains(w)) {
                    n++;
                }
            }
            return n;
        }

        /** The share of the words of {@code mine} that occur in {@code in}. */
        static double share(Set<String> mine, Set<String> in) {
            if (mine.isEmpty()) {
                return 0;
            }
            int n = 0;
            for (String w : mine) {
                if (in.contains(w)) {
                    n++;
                }
            }
            return (double) n / mine.size();
        }

        /**
         * The distinct words of {@code text}, lower case: the runs of letters and numbers
         * ({@code \\p{L}}, {@code \\p{N}}) of the lower-cased text, found by hand rather than by
         * a regular expression split.
         */
        static Set<String> words(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            Set<String> out = new HashSet<>();
            int n = lower.length();
            int i = 0;
            while (i < n) {
                int cp = lower.codePointAt(i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                do {
                    i += Character.charCount(cp);
                } while (i < n && isWordChar(cp = lower.codePointAt(i)));
                out.add(lower.substring(start, i));
            }
            return out;
        }

        /** A letter or a number, as {@code [\\p{L}\\p{N}]} in a regular expression. */
        static boolean isWordChar(int cp) {
            if (cp < 0x80) {
                return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
            }
            switch (Character.getType(cp)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                        Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                        Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        /** The words of more than two letters that are not stop words. */
        static Set<String> contentWords(Set<String> words) {
            Set<String> out = new HashSet<>();
            for (String w : words) {
                if (w.length() > 2 && !STOP.contains(w)) {
                    out.add(w);
                }
            }
            return out;
        }
    }
}
