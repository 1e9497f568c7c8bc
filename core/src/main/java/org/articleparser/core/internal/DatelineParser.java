package org.articleparser.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articleparser.core.Dateline;

/**
 * Recognises the dateline that opens a paragraph. The grammar, tried on the first
 * {@value #WINDOW} characters only so that time stays linear in the input:
 * <pre>
 *   dateline  = "(" agency ")" [sep]
 *             | place [", " date] [" (" agency ")"] [sep]
 *             | [weekday ", "] date [" (" agency ")"] [sep]
 *   place     = city {"/" city} [" [" region "]"] {", " region}   (at most two regions after commas)
 *   sep       = "—" | "–" | "-" | "--" | ":"   (optional only after an agency)
 * </pre>
 * A place in mixed case ("Seoul") needs a date, an agency or a region to count; a single word
 * with a colon that is a label ("BREAKING:", "Note:") never does.
 */
public final class DatelineParser {

    static final int WINDOW = 160;

    private static final String CAPWORD = "\\p{Lu}[\\p{L}\\p{M}.'’&-]*";
    private static final String CITY = "(?:" + CAPWORD + "|(?:de|da|do|del|la|le|el|al|of|on|upon)(?= ))"
            + "(?: (?:" + CAPWORD + "|de|da|do|del|la|le|el|al|of|on|upon)){0,3}";
    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DATE = "(?:" + MONTH + " \\d{1,2}(?:, \\d{4})?|\\d{1,2} " + MONTH
            + "(?:,? \\d{4})?)";
    private static final Pattern PLACE = Pattern.compile(
            CITY + "(?:/" + CITY + "){0,2}(?: \\[" + CITY + "(?:, " + CITY + ")?\\])?(?:, " + CITY + "){0,2}");
    private static final Pattern DATE_AT = Pattern.compile(DATE);
    private static final Pattern AGENCY_AT = Pattern.compile(" ?\\(([^()]{2,40})\\)");
    private static final Pattern SEP_AT = Pattern.compile(" ?(?:—|–|--|-|:)");
    private static final Pattern AGENCY_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*|de|of|and|&|\\d+)){0,20}");
    /** Where a location's first place ends: at a comma or at a bracketed place after it. */
    private static final Pattern LOCATION_PART_END = Pattern.compile(",| \\[");
    private static final Pattern SPACES = Pattern.compile(" +");
    /** A lower-case agency short name ("dpa"): only after a date or an all-capitals place. */
    private static final Pattern LOWER_AGENCY = Pattern.compile("\\p{Ll}{2,5}");
    /** Lower-case words seen in brackets after a capitalised word that are not agencies. */
    private static final Set<String> NOT_AGENCIES = Set.of("sic", "ret", "file", "left", "right", "top",
            "above", "below", "ed", "eds", "est", "via", "cont", "etc", "aka", "pbuh", "dem", "rep");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Pattern PARTY = Pattern.compile("[DRI](?:-\\p{Lu}.*)?");
    private static final Pattern DOMAIN_AGENCY = Pattern.compile(
            "(\\p{L}[\\p{L}\\p{N}-]{1,30}\\.(?i:net|com|org|info|ru|am|in|az|ge))( ?(?:—|–|--|-|:))");
    private static final Set<String> LABELS = Set.of("breaking", "update", "note", "exclusive", "watch",
            "editor's note", "editor’s note", "correction", "analysis", "opinion", "comment", "live",
            "video", "photos", "photo", "read", "listen", "warning", "summary", "background", "context",
            "advertisement", "q", "a", "by", "source", "sources", "credit", "image", "related", "update 1",
            "developing", "just in", "exclusive interview", "review", "explainer", "fact check", "tl;dr",
            "transcript", "disclaimer", "disclosure", "full story", "key points", "highlights", "why",
            "what", "how", "who", "when", "where", "here", "there", "this", "that", "yes", "no", "today",
            "also", "and", "but", "so", "then", "now", "first", "second", "third", "finally", "step",
            "tip", "bonus", "pro tip", "quote", "question", "answer", "hint", "example", "result",
            "results", "verdict", "rating", "the bottom line", "bottom line", "takeaway", "ps", "p.s.");

    private DatelineParser() {
    }

    /** The dateline opening {@code paragraph}, or null. */
    public static Dateline parse(String paragraph) {
        String s = window(paragraph);
        return s.isEmpty() || !mayHoldDateline(s) ? null : parseWindow(paragraph, s);
    }

    /** The first {@value #WINDOW} characters of {@code paragraph}, where a dateline is looked for. */
    static String window(String paragraph) {
        return paragraph.length() > WINDOW ? paragraph.substring(0, WINDOW) : paragraph;
    }

    /** {@link #parse} without its first test, on the non-empty window {@code s} of {@code paragraph}. */
    static Dateline parseWindow(String paragraph, String s) {
        if (s.charAt(0) == '(') {
            return agencyFirst(paragraph, s);
        }
        Matcher domain = DOMAIN_AGENCY.matcher(s);
        if (domain.lookingAt()) {
            return finish(paragraph, domain.end(), null, null, domain.group(1));
        }
        Matcher date = DATE_AT.matcher(s);
        if (date.lookingAt()) {
            int pos = date.end();
            String agency = null;
            Matcher a = AGENCY_AT.matcher(s).region(pos, s.length());
            if (a.lookingAt() && isAgency(a.group(1).strip())) {
                agency = a.group(1).strip();
                pos = a.end();
            }
            Matcher sep = SEP_AT.matcher(s).region(pos, s.length());
            if (sep.lookingAt()) {
                return finish(paragraph, sep.end(), null, date.group(), agency);
            }
            return agency == null ? null : finish(paragraph, pos, null, date.group(), agency);
        }
        Matcher place = PLACE.matcher(s);
        if (!place.lookingAt()) {
            return null;
        }
        int placeEnd = place.end();
        String location = s.substring(0, placeEnd);
        int pos = placeEnd;
        String dateText = null;
        // The place pattern may have swallowed a capitalised month ("LONDON, Jan"): back off to it.
        int comma = location.lastIndexOf(", ");
        while (comma > 0) {
            Matcher d = DATE_AT.matcher(s).region(comma + 2, s.length());
            if (d.lookingAt()) {
                location = s.substring(0, comma);
                dateText = d.group();
                pos = d.end();
                break;
            }
            comma = location.lastIndexOf(", ", comma - 1);
        }
        if (dateText == null && s.startsWith(", ", pos)) {
            Matcher d = DATE_AT.matcher(s).region(pos + 2, s.length());
            if (d.lookingAt()) {
                dateText = d.group();
                pos = d.end();
            }
        }
        String agency = null;
        Matcher a = AGENCY_AT.matcher(s).region(pos, s.length());
        if (a.lookingAt()) {
            agency = a.group(1).strip();
            boolean wire = dateText != null || isAllCaps(LOCATION_PART_END.split(location, 2)[0]);
            if (!isAgency(agency) && !(wire && LOWER_AGENCY.matcher(agency).matches()
                    && !NOT_AGENCIES.contains(agency))) {
                return null;
            }
            pos = a.end();
        }
        Matcher sep = SEP_AT.matcher(s).region(pos, s.length());
        boolean hasSep = sep.lookingAt();
        if (!hasSep && agency == null) {
            return null;
        }
        int end = hasSep ? sep.end() : pos;
        if (dateText != null && WEEKDAYS.contains(location.toLowerCase(Locale.ROOT))) {
            // "Tuesday, Jan 5 —": a weekday, not a place, opens the date.
            return finish(paragraph, end, null, location + ", " + dateText, agency);
        }
        if (!acceptPlace(location, dateText != null, agency != null, s.charAt(end - 1) == ':')) {
            return null;
        }
        return finish(paragraph, end, location, dateText, agency);
    }

    /**
     * Whether {@code s} holds what every dateline ends in: an agency's bracket or a separator.
     * Most paragraphs hold neither and skip the patterns.
     */
    static boolean mayHoldDateline(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '-' || c == ':' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    private static Dateline agencyFirst(String paragraph, String s) {
        Matcher a = AGENCY_AT.matcher(s);
        if (!a.lookingAt() || !isAgency(a.group(1).strip())) {
            return null;
        }
        Matcher sep = SEP_AT.matcher(s).region(a.end(), s.length());
        int end = sep.lookingAt() ? sep.end() : a.end();
        return finish(paragraph, end, null, null, a.group(1).strip());
    }

    /** Checks what follows the prefix and builds the dateline. */
    private static Dateline finish(String paragraph, int end, String location, String date, String agency) {
        if (end >= paragraph.length()) {
            return null;
        }
        int rest = end;
        while (rest < paragraph.length() && LineSplitter.isSpace(paragraph.charAt(rest))) {
            rest++;
        }
        if (rest >= paragraph.length()) {
            return null;
        }
        char first = paragraph.charAt(rest);
        boolean glued = rest == end;
        if (glued && !(Character.isUpperCase(first) || isQuote(first)) ) {
            return null;
        }
        if (!(Character.isLetterOrDigit(first) || isQuote(first) || first == '(' || first == '[')) {
            return null;
        }
        if (Character.isLowerCase(first) && location != null && date == null && agency == null) {
            return null;
        }
        return new Dateline(paragraph.substring(0, end).strip(), location, date, agency);
    }

    private static boolean acceptPlace(String location, boolean hasDate, boolean hasAgency, boolean colon) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (LABELS.contains(lower)) {
            return false;
        }
        boolean allCaps = isAllCaps(location);
        boolean region = location.contains(", ") || location.contains(" [");
        if (hasDate || hasAgency) {
            return true;
        }
        if (allCaps) {
            return letters(location) >= 3 || colon;
        }
        return region;
    }

    private static boolean isAllCaps(String location) {
        return location.equals(location.toUpperCase(Locale.ROOT)) && letters(location) >= 2;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isAgency(String name) {
        return name.length() >= 2 && AGENCY_NAME.matcher(name).matches() && !PARTY.matcher(name).matches()
                && !LABELS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '„';
    }

    /** The month and day written in {@code date}, or null. */
    public static MonthDay monthDay(String date) {
        int[] mdy = fields(date);
        if (mdy == null) {
            return null;
        }
        try {
            return MonthDay.of(mdy[0], mdy[1]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The full date written in {@code date}, or null when no year is written. */
    public static LocalDate localDate(String date) {
        int[] mdy = fields(date);
        if (mdy == null || mdy[2] == 0) {
            return null;
        }
        try {
            return LocalDate.of(mdy[2], mdy[0], mdy[1]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Month, day and year (0 when absent) of a date as written, or null. */
    private static int[] fields(String date) {
        if (date == null) {
            return null;
        }
        int month = 0;
        int day = 0;
        int year = 0;
        for (String token : SPACES.split(date.replace(",", " ").replace(".", " "))) {
            if (token.isEmpty()) {
                continue;
            }
            if (Character.isDigit(token.charAt(0))) {
                int v;
                try {
                    v = Integer.parseInt(token);
                } catch (NumberFormatException e) {
                    return null;
                }
                if (token.length() == 4) {
                    year = v;
                } else {
                    day = v;
                }
            } else {
                month = month(token);
            }
        }
        return month == 0 || day == 0 ? null : new int[] {month, day, year};
    }

    private static int month(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (t.startsWith(names[i])) {
                return i + 1;
            }
        }
        return 0;
    }
}
