package org.articleparser.core.internal;

import java.util.regex.Pattern;

/**
 * Recognises author lines: {@code "By Jane Doe"}, {@code "By JANE DOE and JOHN ROE, Associated
 * Press"}, {@code "Jane Doe | Reuters"}, {@code "2/26/2015 7:11 AM PST BY TMZ STAFF"}, and, where
 * position makes it likely, a bare name ({@code "Jane Doe"}).
 */
public final class Bylines {

    private static final Pattern BY = Pattern.compile("(?i:by)\\s{1,3}[\\p{L}@].{0,250}");
    private static final Pattern DATED_BY = Pattern.compile(
            "[\\d/.:, -]{4,30}(?:[AaPp]\\.?[Mm]\\.?)?(?: \\p{Lu}{2,4})? (?i:by) \\S.{0,120}");
    private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}'’-]+|\\p{Lu}\\.|de|van|von|der|da|di|le|la|bin|al)");
    private static final Pattern NAME_PIPE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3} ?\\| ?\\S.{0,80}");

    private Bylines() {
    }

    /** Whether the line is an explicit author line ("By ...", "Name | Outlet", "date BY NAME"). */
    public static boolean isByline(String line) {
        if (line.length() > 260) {
            return false;
        }
        if (BY.matcher(line).matches()) {
            return Credits.words(line) <= 30 && (!line.endsWith(".") || hasDigit(line)) || Credits.words(line) <= 8;
        }
        return DATED_BY.matcher(line).matches() || NAME_PIPE.matcher(line).matches() && Credits.words(line) <= 12;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
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
}
