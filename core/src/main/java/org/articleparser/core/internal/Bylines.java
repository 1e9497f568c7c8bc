package org.articleparser.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articleparser.core.Byline;

/**
 * Recognises author lines: {@code "By Jane Doe"}, {@code "By JANE DOE and JOHN ROE, Associated
 * Press"}, {@code "Jane Doe | Reuters"}, {@code "Jane Roe and John Doe, CNN"},
 * {@code "2/26/2015 7:11 AM PST BY TMZ STAFF"}, and, where position makes it likely, a bare name
 * ({@code "Jane Doe"}); and splits them into date, authors and affiliation.
 */
public final class Bylines {

    private static final Pattern BY = Pattern.compile(
            "(?i:(?:written|posted|reported|words|story|text) )?(?i:by)\\s{1,3}[\\p{L}@].{0,250}");
    private static final Pattern DATED_BY = Pattern.compile(
            "([\\d/.:, -]{4,30}(?:[AaPp]\\.?[Mm]\\.?)?(?: \\p{Lu}{2,4})?) (?i:by) (\\S.{0,120})");
    private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}'’-]+|\\p{Lu}\\.|de|van|von|der|da|di|le|la|bin|al)");
    private static final Pattern NAME_PIPE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3} ?\\| ?\\S.{0,80}");

    /** A person's name: two to four capitalised words. */
    private static final String PERSON = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}";
    private static final Pattern PERSON_NAME = Pattern.compile(PERSON);

    /** Names then an outlet, without "By": "Jane Roe and John Doe, CNN", "Jane Roe, Example News". */
    private static final Pattern NAMES_AFFILIATION = Pattern.compile(
            "(" + PERSON + "(?:(?:, | and | & )" + PERSON + "){0,8}), (\\p{Lu}[\\p{L}\\p{N}.&'’-]*"
                    + "(?: (?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*|of|the|for|and|&)){0,4})");

    /** Words that make the last comma-separated part of a byline an outlet or role, not a name. */
    private static final Pattern AFFILIATION_WORD = Pattern.compile(
            "(?i).*\\b(?:press|news|times|post|agency|staff|writer|reporter|correspondent|editor|"
                    + "contributor|columnist|service|network|journal|herald|tribune|daily|media|group|"
                    + "bureau|wire|online|magazine|radio|television|tv|report|desk)\\b.*");

    /** A publication time after the names: "..., CNN Updated 10:04 AM EST", "... | Published May 1". */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "(?:\\s*[,|•·–—-]\\s*|\\s+)((?i:updated|published|posted|last updated|first published)\\b.*)");

    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(", (?:and |& )?| (?i:and) | & ");

    /** Names ending in an initial ("By John Q."), whose period is not a sentence's end. */
    private static final Pattern ENDS_IN_INITIAL = Pattern.compile(".*\\b\\p{Lu}\\.$");

    private Bylines() {
    }

    /** Whether the line is an explicit author line ("By ...", "Name | Outlet", "date BY NAME"). */
    public static boolean isByline(String line) {
        if (line.length() > 260 || line.isEmpty()) {
            return false;
        }
        // Each pattern needs its opening: "By", "Written by" ...; a date; a capital.
        char first = line.charAt(0);
        if (opensWithBy(line) && BY.matcher(line).matches()) {
            return Credits.words(line) <= 30 && (!line.endsWith(".") || Classifier.Shape.hasDigit(line, 0, line.length())) || Credits.words(line) <= 8;
        }
        if ("0123456789/.:, -".indexOf(first) >= 0) {
            return DATED_BY.matcher(line).matches();
        }
        return Character.getType(line.codePointAt(0)) == Character.UPPERCASE_LETTER && secondWordCapital(line)
                && (line.indexOf('|') > 0 && NAME_PIPE.matcher(line).matches() && Credits.words(line) <= 12
                        || line.indexOf(", ") > 0 && namesWithAffiliation(line));
    }

    /** The words that may stand before "by" in {@link #BY}. */
    private static final String[] BY_OPENERS = {"written", "posted", "reported", "words", "story", "text"};

    /**
     * Whether the line opens as {@link #BY} needs: "by" and whitespace, maybe after one of
     * {@link #BY_OPENERS} and a space, in any case.
     */
    static boolean opensWithBy(String line) {
        int at = 0;
        int space = line.indexOf(' ');
        for (String w : BY_OPENERS) {
            if (space == w.length() && line.regionMatches(true, 0, w, 0, space)) {
                at = space + 1;
                break;
            }
        }
        return line.length() > at + 2 && line.regionMatches(true, at, "by", 0, 2) && isRegexSpace(line.charAt(at + 2));
    }

    /** Whether {@code c} is whitespace as {@code \\s} in a pattern without Unicode classes says. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Whether a capital follows the line's first space, as a person's name in {@link #NAME_PIPE}
     * and {@link #NAMES_AFFILIATION} needs: most sentences fail here.
     */
    static boolean secondWordCapital(String line) {
        int space = line.indexOf(' ');
        return space > 0 && space + 1 < line.length()
                && Character.getType(line.codePointAt(space + 1)) == Character.UPPERCASE_LETTER;
    }

    /**
     * Whether the line is names then an outlet: several names joined by "and" or "&" before any
     * outlet, or one name before an outlet that reads like one ("Example News", "Reuters").
     */
    private static boolean namesWithAffiliation(String line) {
        if (line.length() > 160 || Credits.words(line) > 16) {
            return false;
        }
        Matcher m = NAMES_AFFILIATION.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String names = m.group(1);
        String outlet = m.group(2);
        boolean several = names.contains(" and ") || names.contains(" & ");
        return several || AFFILIATION_WORD.matcher(outlet).matches() || Credits.isKnownAgency(outlet);
    }

    /** Whether the line is just a person's name: two to five capitalised words, "and" allowed. */
    public static boolean isName(String line) {
        if (line.length() > 60) {
            return false;
        }
        String[] words = line.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (w.equals("and") || w.equals("&")) {
                continue;
            }
            if (!NAME_WORD.matcher(w.endsWith(",") ? w.substring(0, w.length() - 1) : w).matches()) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    /**
     * Splits an author line into its parts, or returns null when {@code line} is neither an
     * author line ({@link #isByline(String)}) nor a bare name ({@link #isName(String)}).
     */
    public static Byline parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || !(isByline(text) || isName(text))) {
            return null;
        }
        String date = null;
        String rest = text;
        Matcher dated = DATED_BY.matcher(text);
        if (dated.matches()) {
            date = dated.group(1).strip();
            rest = dated.group(2);
        } else if (BY.matcher(text).matches()) {
            rest = text.substring(text.toLowerCase(Locale.ROOT).indexOf("by") + 2).strip();
        }
        Matcher trailing = TRAILING_DATE.matcher(rest);
        if (trailing.find() && trailing.start() > 0) {
            if (date == null) {
                date = trailing.group(1).strip();
            }
            rest = rest.substring(0, trailing.start()).strip();
        }
        String affiliation = null;
        int pipe = rest.indexOf('|');
        int forAt = rest.indexOf(" for ");
        int comma = rest.lastIndexOf(", ");
        if (pipe >= 0) {
            affiliation = rest.substring(pipe + 1).strip();
            rest = rest.substring(0, pipe).strip();
        } else if (forAt > 0) {
            affiliation = rest.substring(forAt + 5).strip();
            rest = rest.substring(0, forAt).strip();
        } else if (comma > 0 && isAffiliation(rest.substring(0, comma), rest.substring(comma + 2))) {
            affiliation = rest.substring(comma + 2).strip();
            rest = rest.substring(0, comma).strip();
        }
        if (rest.endsWith(".") && !ENDS_IN_INITIAL.matcher(rest).matches()) {
            rest = rest.substring(0, rest.length() - 1);
        }
        List<String> authors = new ArrayList<>();
        for (String author : AUTHOR_SEPARATOR.split(rest)) {
            String a = author.strip();
            if (!a.isEmpty()) {
                authors.add(a);
            }
        }
        // "By then, it was over." is a sentence: every author must start like a name.
        for (String a : authors) {
            if (!(Character.isUpperCase(a.charAt(0)) || a.charAt(0) == '@')) {
                return null;
            }
        }
        return new Byline(text, authors, affiliation == null || affiliation.isEmpty() ? null : affiliation, date);
    }

    /** Whether {@code last}, after the last comma, is an outlet or role rather than one more name. */
    private static boolean isAffiliation(String head, String last) {
        String l = last.strip();
        if (l.isEmpty() || l.contains(" and ") || l.contains(" & ") || l.startsWith("and ") || l.startsWith("& ")) {
            return false;
        }
        String h = head.toLowerCase(Locale.ROOT);
        return h.contains(" and ") || h.contains(" & ") || Credits.words(l) == 1
                || AFFILIATION_WORD.matcher(l).matches() || Credits.isKnownAgency(l)
                || !PERSON_NAME.matcher(l).matches();
    }
}
