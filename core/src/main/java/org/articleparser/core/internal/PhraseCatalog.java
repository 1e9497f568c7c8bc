package org.articleparser.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog of boilerplate phrases, loaded from {@code phrases.txt} beside this class (its
 * header documents the format). Immutable and thread-safe.
 */
public final class PhraseCatalog {

    /** The rule id of phrases added through the parser builder. */
    public static final String EXTRA_RULE = "boilerplate.extra";

    private static final PhraseCatalog STANDARD = load();

    /** Regular expressions are only tried on lines up to this long. */
    static final int PATTERN_MAX_LENGTH = 200;

    private final Map<String, String> exact;
    /** The longest exact key: longer lines skip the lookup. */
    private final int exactMaxLength;
    private final List<Entry> prefixes;
    private final List<Entry> contains;
    private final List<Entry> patterns;
    /**
     * The patterns by a key's first character (as {@link Entry#firstIndex} indexes it), in
     * catalog order: those whose table lets a key starting with it through. The last list,
     * for empty keys and first characters the tables do not cover, holds every pattern.
     */
    private final Entry[][] patternsByFirst;

    /**
     * A catalog entry: a literal (prefix or contained text) or a pattern. For a pattern,
     * {@code prefixes} says which keys can match it at all by their first three characters
     * (the first as indexed by {@code firstIndex}, the next two ASCII): {@code prefixes[c]} is
     * null when no key starting with {@code c} can, {@code prefixes[c][d]} likewise for
     * {@code c} then {@code d}, and {@code prefixes[c][d][e]} is false when no key starting
     * with {@code c}, {@code d}, {@code e} can. Most lines skip most patterns without running
     * them. For a contained text, {@code words} sketches the words inside it
     * ({@link LineScan#innerWords}), which a line must hold to contain it; other entries have none.
     */
    private record Entry(String rule, String prefix, Pattern pattern, boolean[][][] prefixes, String needs,
                         WordSketch words) {

        /**
         * Patterns that more first characters than this can open get no second level, and
         * those that more pairs can open no third: building the table costs a match per entry.
         */
        private static final int MAX_FIRST_FOR_SECOND = 32;
        private static final int MAX_PAIRS_FOR_THIRD = 64;

        private static final boolean[] ANY = new boolean[0x80];
        private static final boolean[][] ANY_PAIR = new boolean[0x80][];

        static {
            java.util.Arrays.fill(ANY, true);
            java.util.Arrays.fill(ANY_PAIR, ANY);
        }

        /** A literal: a prefix ({@code words} null) or a contained text and the sketch of its inner words. */
        Entry(String rule, String prefix, WordSketch words) {
            this(rule, prefix, null, null, null, words);
        }

        Entry(String rule, Pattern pattern, String needs) {
            this(rule, null, pattern, prefixes(pattern), needs, null);
        }

        /** Whether the pattern matches all of {@code key}. */
        boolean matches(String key) {
            if (needs != null && !holdsAny(key, needs)) {
                return false;
            }
            int n = key.length();
            int first = n > 0 ? firstIndex(key.charAt(0)) : -1;
            if (first >= 0) {
                boolean[][] second = prefixes[first];
                if (second == null) {
                    return false;
                }
                char d = n > 1 ? key.charAt(1) : 0x80;
                if (d < 0x80) {
                    boolean[] third = second[d];
                    if (third == null) {
                        return false;
                    }
                    char e = n > 2 ? key.charAt(2) : 0x80;
                    if (e < 0x80 && !third[e]) {
                        return false;
                    }
                }
            }
            return pattern.matcher(key).matches();
        }

        /**
         * The first characters the table covers: Latin-1, and the general punctuation from
         * U+2010 to U+202F (dashes, curly quotes, bullets, ellipsis) that opens many lines.
         */
        private static final int FIRSTS = 0x100 + 0x20;

        /** The index of {@code c} as a first character in the table, or -1. */
        private static int firstIndex(char c) {
            return c < 0x100 ? c : c >= 0x2010 && c < 0x2030 ? 0x100 + c - 0x2010 : -1;
        }

        private static char firstChar(int index) {
            return (char) (index < 0x100 ? index : index - 0x100 + 0x2010);
        }

        private static boolean holdsAny(String key, String chars) {
            for (int i = 0; i < chars.length(); i++) {
                if (key.indexOf(chars.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The table of {@link #matches}: an input of just the first characters either matches or
         * runs into its end ({@link Matcher#hitEnd()}) unless they already rule out every match.
         */
        private static boolean[][][] prefixes(Pattern pattern) {
            boolean[][][] first = new boolean[FIRSTS][][];
            Matcher m = pattern.matcher("");
            int firsts = 0;
            for (int i = 0; i < FIRSTS; i++) {
                char c = firstChar(i);
                if (isControl(c)) {
                    first[i] = ANY_PAIR;
                } else if (mayOpen(m, c)) {
                    first[i] = ANY_PAIR;
                    firsts++;
                }
            }
            if (firsts > MAX_FIRST_FOR_SECOND) {
                return first;
            }
            int pairs = 0;
            for (int i = 0; i < FIRSTS; i++) {
                char c = firstChar(i);
                if (first[i] == null || isControl(c)) {
                    continue;
                }
                first[i] = new boolean[0x80][];
                for (char d = 0; d < 0x80; d++) {
                    if (isControl(d)) {
                        first[i][d] = ANY;
                    } else if (mayOpen(m, c, d)) {
                        first[i][d] = ANY;
                        pairs++;
                    }
                }
            }
            if (pairs > MAX_PAIRS_FOR_THIRD) {
                return first;
            }
            for (int i = 0; i < FIRSTS; i++) {
                char c = firstChar(i);
                for (char d = 0; first[i] != null && !isControl(c) && d < 0x80; d++) {
                    if (first[i][d] != null && !isControl(d)) {
                        boolean[] third = new boolean[0x80];
                        for (char e = 0; e < 0x80; e++) {
                            third[e] = isControl(e) || mayOpen(m, c, d, e);
                        }
                        first[i][d] = third;
                    }
                }
            }
            return first;
        }

        /** Control chars are rare in keys and not tried: they pass every table. */
        private static boolean isControl(char c) {
            return c < ' ' || c == 0x7F || c >= 0x80 && c < 0xA0;
        }

        /**
         * Whether some key starting with {@code start} can match. Keys are lower case, so
         * those holding an ASCII capital need no answer.
         */
        private static boolean mayOpen(Matcher m, char... start) {
            for (char c : start) {
                if (c >= 'A' && c <= 'Z') {
                    return false;
                }
            }
            m.reset(new String(start));
            return m.matches() || m.hitEnd();
        }
    }

    private PhraseCatalog(Map<String, String> exact, List<Entry> prefixes, List<Entry> contains,
                          List<Entry> patterns) {
        this.exact = Map.copyOf(exact);
        this.exactMaxLength = exact.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.prefixes = List.copyOf(prefixes);
        this.contains = List.copyOf(contains);
        this.patterns = List.copyOf(patterns);
        this.patternsByFirst = new Entry[Entry.FIRSTS + 1][];
        for (int i = 0; i < Entry.FIRSTS; i++) {
            int first = i;
            patternsByFirst[i] = patterns.stream().filter(e -> e.prefixes[first] != null).toArray(Entry[]::new);
        }
        patternsByFirst[Entry.FIRSTS] = patterns.toArray(Entry[]::new);
    }

    /** The built-in catalog. */
    public static PhraseCatalog standard() {
        return STANDARD;
    }

    /** This catalog plus whole-line phrases under {@link #EXTRA_RULE}. */
    public PhraseCatalog with(Collection<String> phrases) {
        if (phrases.isEmpty()) {
            return this;
        }
        Map<String, String> more = new HashMap<>(exact);
        for (String p : phrases) {
            more.put(key(p), EXTRA_RULE);
        }
        return new PhraseCatalog(more, prefixes, contains, patterns);
    }

    /** The rule id of the first entry matching {@code line}, or null. */
    public String match(String line) {
        return match(LineScan.of(line));
    }

    /** The rule id of the first entry matching a scanned line, or null. */
    String match(LineScan scan) {
        String k = scan.key();
        String rule = k.length() <= exactMaxLength ? exact.get(k) : null;
        if (rule != null) {
            return rule;
        }
        for (Entry e : prefixes) {
            if (k.startsWith(e.prefix)
                    && (k.length() == e.prefix.length() || !Character.isLetter(k.charAt(e.prefix.length())))) {
                return e.rule;
            }
        }
        for (Entry e : contains) {
            // a key holding the text holds the words inside it whole, which its sketch tells cheaply
            if ((scan.apart() || scan.sketch().holdsAll(e.words)) && k.contains(e.prefix)) {
                return e.rule;
            }
        }
        if (k.length() > PATTERN_MAX_LENGTH) {
            return null;
        }
        int first = k.isEmpty() ? -1 : Entry.firstIndex(k.charAt(0));
        for (Entry e : patternsByFirst[first < 0 ? Entry.FIRSTS : first]) {
            if (e.matches(k)) {
                return e.rule;
            }
        }
        return null;
    }

    /** Lower-cased, with runs of whitespace collapsed to one space: {@link LineScan#key()}. */
    static String key(String line) {
        return LineScan.of(line).key();
    }

    /**
     * The key by its definition: runs of whitespace collapsed, then {@link String#toLowerCase}
     * for the root locale. {@link LineScan} gives the same in one pass, and hands here the lines
     * whose chars lower-case apart (surrogates, capital sigma, dotted capital I).
     */
    static String unicodeKey(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (LineSplitter.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The chars in the "{chars} " guard opening a pattern entry's body, or null. */
    static String guard(String body) {
        int close = body.indexOf("} ");
        return body.startsWith("{") && close > 1 ? body.substring(1, close) : null;
    }

    /** A pattern entry's regular expression: its body without the guard. */
    static String guarded(String body) {
        return guard(body) == null ? body : body.substring(body.indexOf("} ") + 2).strip();
    }

    private static PhraseCatalog load() {
        Map<String, String> exact = new HashMap<>();
        List<Entry> prefixes = new ArrayList<>();
        List<Entry> contains = new ArrayList<>();
        List<Entry> patterns = new ArrayList<>();
        try (InputStream in = PhraseCatalog.class.getResourceAsStream("phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("phrases.txt missing beside " + PhraseCatalog.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String rule = null;
            String raw;
            int n = 0;
            while ((raw = r.readLine()) != null) {
                n++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@rule ")) {
                    rule = line.substring(6).strip();
                    continue;
                }
                if (rule == null || line.length() < 3 || line.charAt(1) != ' ') {
                    throw new IllegalStateException("phrases.txt line " + n + ": bad entry: " + raw);
                }
                String body = line.substring(2).strip();
                switch (line.charAt(0)) {
                    case '=' -> exact.putIfAbsent(key(body), rule);
                    case '^' -> prefixes.add(new Entry(rule, key(body), null));
                    case '*' -> {
                        String text = key(body);
                        contains.add(new Entry(rule, text, LineScan.innerWords(text)));
                    }
                    case '~' -> {
                        String needs = guard(body);
                        patterns.add(new Entry(rule, Pattern.compile(guarded(body),
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), needs));
                    }
                    default -> throw new IllegalStateException("phrases.txt line " + n + ": bad kind: " + raw);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PhraseCatalog(exact, prefixes, contains, patterns);
    }
}
