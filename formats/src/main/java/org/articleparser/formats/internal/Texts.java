package org.articleparser.formats.internal;

/** Text cleaning shared by the markup formats. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text as one line for markup: line breaks (CR, LF, NEL, U+2028, U+2029) become a
     * space; other control characters, which XML 1.0 forbids and HTML discourages, are dropped,
     * as are lone surrogates and the non-characters U+FFFE and U+FFFF. Tabs are kept.
     *
     * @param s the text, not null
     * @return the cleaned text, {@code s} itself when nothing changes
     */
    public static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            boolean keep = true;
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                replacement = " ";
                keep = false;
            } else if ((c < 0x20 && c != '\t') || (c >= 0x7F && c < 0xA0) || c == '\uFFFE'
                    || c == '\uFFFF') {
                keep = false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                keep = false;
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            }
            if (keep) {
                if (sb != null) {
                    sb.append(c);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (replacement != null) {
                    sb.append(replacement);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * The author names in a byline: {@code "By Jane Doe"} gives {@code "Jane Doe"}.
     *
     * @param byline the byline as written, or null
     * @return the byline without a leading "By", trimmed, or null when nothing is left
     */
    public static String authorOf(String byline) {
        if (byline == null) {
            return null;
        }
        String s = byline.strip();
        if (s.regionMatches(true, 0, "by ", 0, 3)) {
            s = s.substring(3).strip();
        } else if (s.regionMatches(true, 0, "by:", 0, 3)) {
            s = s.substring(3).strip();
        }
        return s.isEmpty() ? null : s;
    }
}
