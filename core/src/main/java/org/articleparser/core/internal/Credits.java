package org.articleparser.core.internal;

import java.util.regex.Pattern;
import org.articleparser.core.Credit;

/**
 * Recognises photo and video credits: whole credit lines ({@code "KCNA via Reuters"},
 * {@code "Photo: X"}, {@code "(AP Photo/Name)"}, {@code "Getty Images"}) and credits that end a
 * caption ({@code "... Photo: Reuters"}, {@code "... AP/PTI(AP09_17_2023_000002B)"}).
 * Every pattern is anchored and bounded, and suffixes are only tried at word starts within the
 * last {@value #SUFFIX_WINDOW} characters, so time is linear in the line.
 */
public final class Credits {

    static final int SUFFIX_WINDOW = 160;

    /** A credit ending a caption starts within its last this many words (or at its last bracket). */
    static final int SUFFIX_MAX_WORDS = 14;

    private static final String[] LOWER_CASE_LABELS = {"photo", "image", "picture", "img", "video",
        "illustration", "graphic", "artwork", "footage", "credit", "source", "courtesy", "all ", "top ",
        "main ", "file", "header", "lead ", "cover ", "featured ", "submitted", "contributed", "handout",
        "staff", "stock", "supplied", "provided"};

    /** Photo and news agencies whose name alone, or after a slash or "via", makes a credit. */
    private static final String KNOWN_AGENCY = "(?i:(?:the )?associated press|ap|afp|agence france[- ]presse|reuters|"
            + "getty(?: images)?|epa(?:-efe)?|efe|pti|ani|ians|xinhua|bloomberg(?: news)?|shutterstock|"
            + "istock(?:photo)?|aap|alamy|corbis|nurphoto|sopa images|lightrocket|sipa(?: usa)?|"
            + "anadolu(?: agency)?|dpa|upi|kcna|yonhap|tass|sputnik|wireimage|filmmagic|newscom|"
            + "zuma(?: press| wire)?|rex(?: features)?|rex/shutterstock|pa(?: images| wire)?|kyodo|imago|"
            + "polaris|redux|pool|handout|nasa|the new york times|the washington post)";

    /** A known agency, or a name ending like one ("... Images", "... Press"): only after a separator. */
    private static final String AGENCY = "(?:" + KNOWN_AGENCY
            + "|\\p{Lu}[\\p{L}.&' -]{0,30} (?:Images|Photos|Pictures|Press|News|Agency|Times|Post)"
            + "|(?i:(?:staff|contributing|freelance|senior|chief) )?(?i:photographer))";

    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}\\p{M}'’-]*)?";

    /**
     * A name of up to three words, not opening with "By" (a byline): only for whole credit lines,
     * where no caption word can join it.
     */
    private static final String LONG_NAME = "(?!(?i:by) )" + NAME + "(?: \\p{Lu}[\\p{L}\\p{M}'’-]*)?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "Photo: X", "Image Credit: X", "Photos by X", "Credit...X", "Source: X", "Courtesy of X". */
    private static final Pattern LABELLED = Pattern.compile(
            "[(\\[]?(?:(?:all |top |main |file |header |lead |cover |featured )?"
                    + "(?:photo|photograph|picture|image|img|video|illustration|graphic|artwork|footage)s?"
                    + "(?: illustrations?)?(?: credits?)?(?: courtesy)?|credits?|source|courtesy)"
                    + "\\s{0,3}(?::|by\\b|via\\b|\\.\\.\\.|…|of\\b)\\s{0,3}\\S.{0,300}", FLAGS);

    /** "Image source, X", "Photo credit, X": a two-word label, then a comma. */
    private static final Pattern LABELLED_COMMA = Pattern.compile(
            "(?:photo|photograph|picture|image|img|video)s? (?:source|credits?)\\s{0,3},\\s{0,3}\\S.{0,300}", FLAGS);

    /** "Image copyright X", "Photo copyright: X": a copyright label, with or without a colon. */
    private static final Pattern LABELLED_COPYRIGHT = Pattern.compile(
            "(?:photo|photograph|picture|image|video)s? copyright:?\\s{1,3}\\S.{0,300}", FLAGS);

    private static final Pattern KNOWN = Pattern.compile(KNOWN_AGENCY);

    /** "(AP Photo/Name)", "AP Photo/Name". */
    private static final Pattern AGENCY_PHOTO = Pattern.compile(
            "\\(?" + AGENCY + " (?i:photo) ?/.{1,120}");

    /** "AP/PTI(AP09_17_2023_000002B)", "REUTERS/Name". */
    private static final Pattern CODE = Pattern.compile(
            "\\p{Lu}{2,10}(?:/\\p{Lu}{2,10}){1,3}\\([\\p{Alnum}_-]{4,40}\\)|REUTERS/\\S.{0,80}");

    /** "Getty Images", "(AFP)", "[File: Reuters]", "AFP/Getty Images". */
    private static final Pattern BARE = Pattern.compile(
            "[(\\[]?(?i:file: ?)?" + KNOWN_AGENCY + "(?: ?/ ?" + AGENCY + "){0,2}(?i:, file)?[)\\]]?");

    /** A bare agency that may end a caption: bracketed, or a name of two words or more. */
    private static final Pattern BARE_SUFFIX = Pattern.compile(
            "[(\\[](?i:file: ?)?" + KNOWN_AGENCY + "(?: ?/ ?" + AGENCY + "){0,2}(?i:, file)?[)\\]]"
                    + "|(?=\\S+[ /]\\S)" + KNOWN_AGENCY + "(?: ?/ ?" + AGENCY + "){0,2}");

    /** "KCNA via Reuters", "JIM WATSON/AFP/Getty Images", "Alex Wong | Getty Images". */
    private static final Pattern NAME_AGENCY = Pattern.compile(
            "[(\\[]?" + NAME + " ?(?:/|via|\\||-|,)\\s{0,2}" + AGENCY + "(?: ?/ ?" + AGENCY + "){0,2}"
                    + "(?i:, file)?[)\\]]?");

    /** As {@link #NAME_AGENCY}, with a longer name: "Mary Ann Major via Reuters". */
    private static final Pattern LONG_NAME_AGENCY = Pattern.compile(
            "[(\\[]?" + LONG_NAME + " ?(?:/|via|\\||-|,)\\s{0,2}" + AGENCY + "(?: ?/ ?" + AGENCY + "){0,2}"
                    + "(?i:, file)?[)\\]]?");

    /** "(Name / The Seattle Times)", "(Oleg Urusov/ X photo via AP)", "[SpaceX via Nasa]". */
    private static final Pattern PAREN = Pattern.compile(
            "\\(\\p{Lu}[^()]{0,120}/[^()]{1,120}\\)|[(\\[][^()\\[\\]]{0,120}\\b(?:photo|via|courtesy)\\b[^()\\[\\]]{0,120}[)\\]]",
            FLAGS);

    /** "Submitted photo", "File photo", "Handout". */
    private static final Pattern KIND = Pattern.compile(
            "(?:submitted|contributed|file|handout|staff|courtesy|stock|supplied|provided) (?:photo|image|picture)s?",
            FLAGS);

    /**
     * Last words that can end an agency in {@link #AGENCY} besides a known agency's own name
     * ({@code "... Images"}, {@code "Associated Press"}, {@code "Agence France-Presse"},
     * {@code "Sipa USA"}, {@code "Zuma Wire"}, {@code "Rex Features"}), lower case.
     */
    private static final String[] AGENCY_LAST_WORDS = {"images", "photos", "pictures", "press", "presse",
        "news", "agency", "times", "post", "usa", "wire", "features", "photographer"};

    /** {@link #LOWER_CASE_LABELS} by their first letter, 'a' to 'z'. */
    private static final String[][] LABELS_BY_INITIAL = filedBy(LOWER_CASE_LABELS, 0);

    /** {@link #AGENCY_LAST_WORDS} by their last letter, 'a' to 'z'. */
    private static final String[][] AGENCY_LAST_WORDS_BY_FINAL = filedBy(AGENCY_LAST_WORDS, -1);

    /** {@code words} filed by their letter at {@code at} ({@code -1}: the last), 'a' to 'z'. */
    private static String[][] filedBy(String[] words, int at) {
        String[][] out = new String[26][0];
        for (String w : words) {
            int k = w.charAt(at < 0 ? w.length() + at : at) - 'a';
            out[k] = java.util.Arrays.copyOf(out[k], out[k].length + 1);
            out[k][out[k].length - 1] = w;
        }
        return out;
    }

    /**
     * The words of {@code table} that {@code c} may match in any case: those filed under it for
     * an ASCII character, every word for others ({@link String#regionMatches(boolean, int,
     * String, int, int)} matches "ſ" with "s").
     */
    private static String[] filed(String[][] table, String[] all, char c) {
        if (c >= 0x80) {
            return all;
        }
        int k = (c | 0x20) - 'a';
        return k >= 0 && k < 26 ? table[k] : NO_WORDS;
    }

    private static final String[] NO_WORDS = {};

    private Credits() {
    }

    /**
     * Whether the line ends in something an agency pattern can end with: a known agency or a
     * word like "Images" or "Press", before an optional ", file" and a closing bracket.
     */
    private static boolean endsInAgency(String line) {
        int end = line.length();
        if (end > 0 && (line.charAt(end - 1) == ')' || line.charAt(end - 1) == ']')) {
            end--;
        }
        if (end >= 6 && line.regionMatches(true, end - 6, ", file", 0, 6)) {
            end -= 6;
        }
        if (end == 0 || !Character.isLetter(line.charAt(end - 1))) {
            return false;
        }
        for (String w : filed(AGENCY_LAST_WORDS_BY_FINAL, AGENCY_LAST_WORDS, line.charAt(end - 1))) {
            if (end >= w.length() && startsWithIgnoringCase(line, null, end - w.length(), w)) {
                return true;
            }
        }
        // Every known agency ends in a word that is itself known or one of the words above
        // ("EPA-EFE", "REX/Shutterstock"), so its last piece is enough.
        int start = end;
        while (start > 0 && " |,([/-".indexOf(line.charAt(start - 1)) < 0 && !LineSplitter.isSpace(line.charAt(start - 1))) {
            start--;
        }
        return start < end && end - start <= 12 && mayBeKnown(line, start, end)
                && KNOWN.matcher(line.substring(start, end)).matches();
    }

    /**
     * Which first three ASCII chars may open a known agency's name, alone or followed by more:
     * {@code KNOWN_STARTS[c][d]} is null when no text starting with {@code c} then {@code d}
     * opens with a match of {@link #KNOWN}, and {@code KNOWN_STARTS[c][d][e]} is false when none
     * starting with {@code c}, {@code d}, {@code e} does (a match on them neither succeeds, nor
     * matches their start, nor runs into their end). Starts with a control char are not tried
     * and pass.
     */
    private static final boolean[][][] KNOWN_STARTS = new boolean[0x80][0x80][];

    static {
        boolean[] any = new boolean[0x80];
        java.util.Arrays.fill(any, true);
        java.util.regex.Matcher m = KNOWN.matcher("");
        for (char c = 0; c < 0x80; c++) {
            for (char d = 0; d < 0x80; d++) {
                if (isControl(c) || isControl(d)) {
                    KNOWN_STARTS[c][d] = any;
                } else if (mayOpenKnown(m, c, d)) {
                    boolean[] third = new boolean[0x80];
                    for (char e = 0; e < 0x80; e++) {
                        third[e] = isControl(e) || mayOpenKnown(m, c, d, e);
                    }
                    KNOWN_STARTS[c][d] = third;
                }
            }
        }
    }

    private static boolean isControl(char c) {
        return c < ' ' || c == 0x7F;
    }

    /** Whether some text starting with {@code start} can open with a match of {@link #KNOWN}. */
    private static boolean mayOpenKnown(java.util.regex.Matcher m, char... start) {
        m.reset(new String(start));
        if (m.lookingAt() || m.hitEnd()) {
            return true;
        }
        m.reset();
        return m.matches() || m.hitEnd();
    }

    /**
     * A cheap test that {@code line[start, end)} passes if it opens with a name {@link #KNOWN}
     * matches: its first three chars.
     */
    private static boolean mayBeKnown(String line, int start, int end) {
        char c = line.charAt(start);
        char d = end - start > 1 ? line.charAt(start + 1) : 0x80;
        if (c >= 0x80 || d >= 0x80) {
            return true;
        }
        boolean[] third = KNOWN_STARTS[c][d];
        char e = end - start > 2 ? line.charAt(start + 2) : 0x80;
        return third != null && (e >= 0x80 || third[e]);
    }

    /** Whether one of {@link #LOWER_CASE_LABELS} starts at {@code p}, in any case. */
    static boolean startsWithLabelWord(String line, int p) {
        return startsWithLabelWord(line, null, p);
    }

    /** As {@link #startsWithLabelWord(String, int)}, reading the chars of {@code line} from {@code chars} if given. */
    private static boolean startsWithLabelWord(String line, char[] chars, int p) {
        for (String label : filed(LABELS_BY_INITIAL, LOWER_CASE_LABELS, line.charAt(p))) {
            if (startsWithIgnoringCase(line, chars, p, label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code line.regionMatches(true, p, word, 0, word.length())} for a lower-case ASCII word,
     * comparing ASCII chars directly.
     */
    private static boolean startsWithIgnoringCase(String line, char[] chars, int p, String word) {
        int n = word.length();
        if (p + n > line.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char x = chars != null ? chars[p + i] : line.charAt(p + i);
            char w = word.charAt(i);
            if (x >= 0x80) {
                return line.regionMatches(true, p, word, 0, n);
            }
            if (x != w && !(w >= 'a' && w <= 'z' && x == w - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the whole line is a credit. */
    public static boolean isCredit(String line) {
        if (line.length() > 320 || line.isEmpty()) {
            return false;
        }
        // Each pattern runs only where what it needs is there, as in suffixCredit.
        char c = line.charAt(0);
        boolean bracket = c == '(' || c == '[';
        boolean label = startsWithLabelWord(line, 0);
        boolean slash = line.indexOf('/') >= 0;
        return labelled(line, bracket, label) && (LABELLED.matcher(line).matches() && !line.endsWith(":")
                        || LABELLED_COMMA.matcher(line).matches()
                        || LABELLED_COPYRIGHT.matcher(line).matches())
                || slash && (lastPhotoSlash(line) > 0 && AGENCY_PHOTO.matcher(line).matches()
                        || CODE.matcher(line).matches())
                || endsInAgency(line) && (opensWithAgency(line) && BARE.matcher(line).matches()
                        || separatorWithin(line, LONG_NAME_WORDS) && LONG_NAME_AGENCY.matcher(line).matches())
                || bracket && enclosed(line) && PAREN.matcher(line).matches()
                || label && KIND.matcher(line).matches();
    }

    /**
     * Where a credit starts at the end of a caption, or -1.
     *
     * @param line          the caption line
     * @param bareAgency    whether a bare parenthesised agency ({@code "(AP)"}) counts; it also ends
     *                      wire-story paragraphs, so only captions outside the body allow it
     * @return the index the credit starts at, or -1
     */
    public static int creditStart(String line, boolean bareAgency) {
        long both = creditStarts(line);
        return bareAgency ? (int) (both >> 32) : (int) both;
    }

    /**
     * Both answers of {@link #creditStart(String, boolean)} from one scan: with a bare agency
     * allowed in the high 32 bits, without in the low 32 bits.
     */
    static long creditStarts(String line) {
        int withBare = -1;
        int without = -1;
        int n = line.length();
        int from = Math.max(1, n - SUFFIX_WINDOW);
        int lastSlash = line.indexOf('/', from); // the last slash in the window: one before it counts for no candidate
        if (lastSlash < 0 && line.endsWith(".")) {
            // A sentence: the patterns that may end in a period need a slash, and a credit label's
            // value must not end in one, so no credit ends this line.
            return NO_CREDIT;
        }
        for (int next = lastSlash; next >= 0; next = line.indexOf('/', next + 1)) {
            lastSlash = next;
        }
        char[] c = line.toCharArray();
        // Credits start at one of the last SUFFIX_MAX_WORDS word starts of the window, or at a
        // bracket not after a letter or digit: the word starts, found from the end ...
        int[] words = new int[SUFFIX_MAX_WORDS];
        int k = SUFFIX_MAX_WORDS;
        boolean space = n == 0 || LineSplitter.isSpace(c[n - 1]);
        for (int p = n - 1; p >= from && k > 0; p--) {
            boolean before = LineSplitter.isSpace(c[p - 1]);
            if (before && !space) {
                words[--k] = p;
            }
            space = before;
        }
        // ... and the brackets, merged with them in order: the longest credit is tried first.
        int nextWord = k;
        int paren = line.indexOf('(', from);
        int square = line.indexOf('[', from);
        boolean agency = endsInAgency(line);
        int ends = agency ? ENDS_IN_AGENCY : 0;
        int photoSlash = lastSlash >= 0 ? lastPhotoSlash(line) : -1;
        while (without < 0) {
            int word = nextWord < SUFFIX_MAX_WORDS ? words[nextWord] : n;
            int bracketAt = paren < 0 ? square : square < 0 ? paren : Math.min(paren, square);
            int p = bracketAt >= 0 && bracketAt < word ? bracketAt : word;
            if (p >= n) {
                break;
            }
            if (p == word) {
                nextWord++;
            }
            if (p == paren) {
                paren = line.indexOf('(', p + 1);
            } else if (p == square) {
                square = line.indexOf('[', p + 1);
            }
            char ch = c[p];
            boolean bracket = ch == '(' || ch == '[';
            if (bracket && Character.isLetterOrDigit(c[p - 1])) {
                continue;
            }
            // A capital, a bracket, or a credit label after a separator ("... the lab | photo by X").
            boolean capital = bracket || Character.isUpperCase(ch);
            if (!capital && p >= 2 && Character.isLetterOrDigit(c[p - 2])) {
                continue;
            }
            boolean label = !bracket && startsWithLabelWord(line, c, p); // labels open with a letter
            if (!capital && !label) {
                continue;
            }
            // As in isCredit: a bracket or a label here, a slash after, or an agency's name last.
            if (!bracket && !label && lastSlash < p && !agency) {
                continue;
            }
            String tail = line.substring(p);
            int kind = suffixCredit(tail, (bracket ? OPENS_BRACKET : 0) | (label ? OPENS_LABEL : 0)
                    | (lastSlash >= p ? SLASH : 0) | (photoSlash > p ? PHOTO_SLASH : 0) | ends);
            if (kind != NONE && (withBare < 0 || kind == ALWAYS) && hasCaption(line.substring(0, p))) {
                if (withBare < 0) {
                    withBare = p;
                }
                if (kind == ALWAYS) {
                    without = p;
                }
            }
        }
        return ((long) withBare << 32) | (without & 0xffffffffL);
    }

    /** {@link #creditStarts} of a line without a credit. */
    private static final long NO_CREDIT = -1L;

    private static final int NONE = 0;
    private static final int BARE_AGENCY_ONLY = 1;
    private static final int ALWAYS = 2;

    // What a tail holds that some pattern needs, for suffixCredit: each pattern runs only where
    // its need is there.

    /** The tail opens with a bracket ({@link #LABELLED}..., {@link #PAREN}). */
    private static final int OPENS_BRACKET = 1;
    /** The tail opens with a credit label word ({@link #LABELLED}..., {@link #KIND}). */
    private static final int OPENS_LABEL = 2;
    /** A slash follows in the tail ({@link #CODE}). */
    private static final int SLASH = 4;
    /** "photo/" or "photo /" follows in the tail, in any case ({@link #AGENCY_PHOTO}). */
    private static final int PHOTO_SLASH = 8;
    /** The line ends in an agency's name or last word ({@link #BARE}, {@link #NAME_AGENCY}). */
    private static final int ENDS_IN_AGENCY = 16;

    /**
     * Whether {@code tail} is a credit that may end a caption: {@link #ALWAYS}, {@link #NONE},
     * or {@link #BARE_AGENCY_ONLY} for a bare parenthesised agency ("(AP)").
     *
     * @param has what the tail holds: {@link #OPENS_BRACKET}, {@link #OPENS_LABEL} and the rest
     */
    private static int suffixCredit(String tail, int has) {
        boolean bracket = (has & OPENS_BRACKET) != 0;
        boolean label = (has & OPENS_LABEL) != 0;
        boolean agency = (has & ENDS_IN_AGENCY) != 0;
        if (agency && opensWithAgency(tail) && BARE.matcher(tail).matches()) {
            return !BARE_SUFFIX.matcher(tail).matches() ? NONE : tail.startsWith("(") ? BARE_AGENCY_ONLY : ALWAYS;
        }
        if (labelled(tail, bracket, label) && (LABELLED.matcher(tail).matches() || LABELLED_COMMA.matcher(tail).matches()
                || LABELLED_COPYRIGHT.matcher(tail).matches())) {
            // "Photo: X" must look like a credit, not a sentence: short and without a final period.
            return words(tail) <= 12 && !tail.endsWith(".") ? ALWAYS : NONE;
        }
        return (has & PHOTO_SLASH) != 0 && AGENCY_PHOTO.matcher(tail).matches()
                || (has & SLASH) != 0 && CODE.matcher(tail).matches()
                || agency && separatorWithin(tail, NAME_WORDS) && NAME_AGENCY.matcher(tail).matches()
                || bracket && enclosed(tail) && PAREN.matcher(tail).matches()
                || label && KIND.matcher(tail).matches() ? ALWAYS : NONE;
    }

    /**
     * Whether {@code text} opens with a credit label, after a bracket if it opens with one, as
     * {@link #LABELLED}, {@link #LABELLED_COMMA} and {@link #LABELLED_COPYRIGHT} need.
     */
    static boolean labelled(String text, boolean bracket, boolean label) {
        return label || bracket && text.length() > 1 && startsWithLabelWord(text, 1);
    }

    /**
     * Whether {@code text} can be one bracketed group, as {@link #PAREN} needs: it ends with a
     * closing bracket and holds no round bracket between its first and last chars.
     */
    static boolean enclosed(String text) {
        int last = text.length() - 1;
        if (last < 1 || text.charAt(last) != ')' && text.charAt(last) != ']') {
            return false;
        }
        int close = text.indexOf(')', 1);
        return text.indexOf('(', 1) < 0 && (close < 0 || close == last);
    }

    /** The most words of {@link #NAME} and of {@link #LONG_NAME}. */
    static final int NAME_WORDS = 3;
    static final int LONG_NAME_WORDS = 4;

    /**
     * Whether a separator of {@link #NAME_AGENCY} ("/", "|", "-", ",", "via") comes before the
     * space after the first {@code words} words of {@code text}: a name of that many words or
     * fewer, each after a single space, then the separator, maybe after one more.
     */
    static boolean separatorWithin(String text, int words) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && ++spaces > words) {
                return false;
            }
            if (c == '/' || c == '|' || c == '-' || c == ',' || c == 'v' && text.startsWith("via", i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text}, after an opening bracket, opens with "file:" or as a known agency's
     * name can ({@link #KNOWN_STARTS}): {@link #BARE} needs one of them there.
     */
    static boolean opensWithAgency(String text) {
        int n = text.length();
        int at = n > 0 && (text.charAt(0) == '(' || text.charAt(0) == '[') ? 1 : 0;
        return at < n && (text.regionMatches(true, at, "file:", 0, 5) || mayBeKnown(text, at, Math.min(at + 3, n)));
    }

    /**
     * Where the last "photo" followed by a slash, or a space and a slash, starts in
     * {@code line}, in any case; -1 if none. {@link #AGENCY_PHOTO} needs one after its start.
     */
    static int lastPhotoSlash(String line) {
        for (int slash = line.lastIndexOf('/'); slash > 0; slash = line.lastIndexOf('/', slash - 1)) {
            int at = line.charAt(slash - 1) == ' ' ? slash - 6 : slash - 5;
            if (at >= 0 && line.regionMatches(true, at, "photo", 0, 5)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether {@code name} is a photo or news agency known by name ("Reuters", "Getty Images"). */
    static boolean isKnownAgency(String name) {
        return KNOWN.matcher(name).matches();
    }

    /**
     * Splits a caption line from its credit, or returns null when the line holds no credit: the
     * whole line when it is a credit ({@link #isCredit(String)}), else a credit ending it
     * ({@link #creditStart(String, boolean)}, a bare "(AP)" included) unless the line is a byline.
     */
    public static Credit parse(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (isCredit(text)) {
            return new Credit(text, null);
        }
        // As in the article parser, an author line ("By Jane Roe | Example News") ends in no credit.
        int at = Bylines.isByline(text) ? -1 : creditStart(text, true);
        if (at <= 0) {
            return null;
        }
        return new Credit(text.substring(at).strip(), text.substring(0, at).strip());
    }

    private static boolean hasCaption(String head) {
        String h = head.strip();
        return !h.isEmpty() && words(h) >= 2;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (char c : s.toCharArray()) {
            boolean space = LineSplitter.isSpace(c);
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
