package org.articleparser.formats.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Running times as written ({@code "03:46"}, {@code "1:02:03"}) and in other notations. */
public final class Durations {

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,3}):(\\d{2})");

    private Durations() {
    }

    /**
     * The running time in seconds.
     *
     * @param written a duration such as {@code "03:46"} or {@code "1:02:03"}, or null
     * @return the seconds, or -1 when {@code written} is null or not a clock time
     */
    public static long seconds(String written) {
        if (written == null) {
            return -1;
        }
        Matcher m = CLOCK.matcher(written.strip());
        if (!m.matches()) {
            return -1;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (seconds > 59) {
            return -1;
        }
        return hours * 3600 + minutes * 60 + seconds;
    }

    /**
     * The running time as an ISO 8601 duration: {@code "03:46"} gives {@code "PT3M46S"}.
     *
     * @param written a duration such as {@code "03:46"}, or null
     * @return the ISO 8601 duration, or null when {@code written} is null or not a clock time
     */
    public static String iso8601(String written) {
        long total = seconds(written);
        if (total < 0) {
            return null;
        }
        long h = total / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        StringBuilder sb = new StringBuilder("PT");
        if (h > 0) {
            sb.append(h).append('H');
        }
        if (m > 0) {
            sb.append(m).append('M');
        }
        if (s > 0 || total == 0) {
            sb.append(s).append('S');
        }
        return sb.toString();
    }
}
