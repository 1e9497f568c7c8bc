package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated datelines, credits and bylines, composed from their parts: each part is recovered
 * exactly. And no sub-parser throws on arbitrary text.
 */
class SubParserPropertiesTest {

    private static final String BODY = "The council met on Monday to approve the plan.";
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};

    /** A generated dateline and the parts it was made of; null parts are absent. */
    record Wire(String city, String region, boolean bracketed, String date, MonthDay monthDay, Integer year,
            String agency, String separator) {

        String location() {
            if (region == null) {
                return city;
            }
            return bracketed ? city + " [" + region + "]" : city + ", " + region;
        }

        String text() {
            StringBuilder sb = new StringBuilder(location());
            if (date != null) {
                sb.append(", ").append(date);
            }
            if (agency != null) {
                sb.append(" (").append(agency).append(')');
            }
            if (!separator.isEmpty()) {
                sb.append(separator.equals(":") ? "" : " ").append(separator);
            }
            return sb.toString();
        }
    }

    @Provide
    Arbitrary<Wire> wires() {
        Arbitrary<String> city = Arbitraries.of("WASHINGTON", "LONDON", "ST. LOUIS", "HONG KONG", "SÃO PAULO",
                "ZÜRICH", "SALT LAKE CITY", "KYIV", "New Delhi", "Seoul", "Mumbai", "São Paulo", "Hong Kong",
                "Port of Spain", "Rio de Janeiro", "KRAKÓW");
        Arbitrary<Optional<String>> region = Arbitraries.of("Ukraine", "N.Y.", "Kenya", "Texas", "West Bengal",
                "Ore.", "India", "Calif.").optional(0.5);
        Arbitrary<Optional<String>> agency = Arbitraries.of("AP", "Reuters", "AFP", "dpa", "Xinhua", "Bloomberg",
                "UPI", "CNN", "CNN Business", "PTI", "IANS", "ANI").optional(0.7);
        Arbitrary<String> separator = Arbitraries.of("—", "–", "-", "--", ":", "");
        Arbitrary<Optional<Object[]>> date = Combinators.combine(
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(2000, 2030).optional(0.3))
                .as((m, d, style, y) -> new Object[] {m, d, style, y.orElse(null)}).optional(0.5);
        return Combinators.combine(city, region, Arbitraries.of(true, false), date, agency, separator)
                .as((c, r, bracketed, dt, a, sep) -> {
                    String dateText = null;
                    MonthDay md = null;
                    Integer year = null;
                    if (dt.isPresent()) {
                        int m = (Integer) dt.get()[0];
                        int d = (Integer) dt.get()[1];
                        int style = (Integer) dt.get()[2];
                        year = (Integer) dt.get()[3];
                        md = MonthDay.of(m, d);
                        dateText = monthDay(m, d, style, year);
                    }
                    return new Wire(c, r.orElse(null), bracketed && r.isPresent(), dateText, md, year,
                            a.orElse(null), sep);
                })
                .filter(w -> w.agency != null || !w.separator.isEmpty())
                .filter(w -> isUpper(w.city) || w.date != null || w.agency != null || w.region != null)
                // A lower-case agency ("dpa") counts only after a date or an all-capitals city.
                .filter(w -> w.agency == null || !w.agency.equals(w.agency.toLowerCase(Locale.ROOT))
                        || w.date != null || isUpper(w.city));
    }

    /** A written month and day in one of six styles, with the year when given. */
    private static String monthDay(int m, int d, int style, Integer year) {
        String full = MONTHS[m - 1];
        String abbr = full.substring(0, 3);
        String month = switch (style) {
            case 0 -> full;
            case 1, 4 -> abbr;
            case 2 -> m == 9 ? "Sept." : full.length() > 4 ? abbr + "." : full;
            case 3 -> abbr.toUpperCase(Locale.ROOT).charAt(0) + abbr.substring(1);
            default -> full;
        };
        boolean dayFirst = style >= 4;
        if (dayFirst) {
            return d + " " + month + (year == null ? "" : " " + year);
        }
        return month + " " + d + (year == null ? "" : ", " + year);
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    @Property(tries = 1000)
    void everyPartOfAGeneratedDatelineIsRecovered(@ForAll("wires") Wire w) {
        Dateline d = Dateline.parse(w.text() + " " + BODY).orElseThrow(() -> new AssertionError(w.text()));
        assertEquals(w.text(), d.text());
        assertEquals(w.location(), d.location());
        assertEquals(w.city, d.city());
        assertEquals(w.region, d.region());
        assertEquals(w.date, d.date());
        assertEquals(w.agency, d.agency());
        assertEquals(Optional.ofNullable(w.monthDay), d.monthDay());
        assertEquals(Optional.ofNullable(w.year == null ? null : w.monthDay.atYear(w.year)), d.localDate());
        if (w.monthDay != null) {
            LocalDate reference = LocalDate.of(2024, 6, 30);
            assertEquals(true, d.localDate(reference).isPresent(), w.text());
        }
    }

    private static final List<String> NAMES = List.of("Jane Roe", "John Doe", "Ana Lima", "Lars Berg",
            "Mary Ann Major", "Siobhán O’Neill", "Jean-Luc Dubois");

    @Provide
    Arbitrary<String[]> captionCredits() {
        Arbitrary<String> caption = Arbitraries.of("Firefighters at the scene on Monday.",
                "A crowd gathers outside the court in the capital.", "Snow covers the runway on Tuesday.",
                "Workers repair the harbour wall after the storm.");
        // After a caption, a three-word name could as well be a caption word and a name: two words.
        return caption.optional(0.7).flatMap(c -> credit(c.isPresent()
                ? NAMES.stream().filter(n -> n.split(" ").length == 2).toList() : NAMES)
                .map(k -> new String[] {c.orElse(null), k}));
    }

    private static Arbitrary<String> credit(List<String> names) {
        return Arbitraries.of(names).flatMap(n -> Arbitraries.of(
                "Photo: " + n, n + " via Reuters", "(AP Photo/" + n + ")", "REUTERS/" + n, "Getty Images",
                "Credit: " + n, "Image source, " + n, "Image Credit: " + n, "[File: Reuters]",
                "AP/PTI(AP09_17_2023_000002B)", n.toUpperCase(Locale.ROOT) + "/AFP/Getty Images"));
    }

    @Property(tries = 500)
    void captionAndCreditAreSplitExactly(@ForAll("captionCredits") String[] parts) {
        String line = parts[0] == null ? parts[1] : parts[0] + " " + parts[1];
        Credit c = Credit.parse(line).orElseThrow(() -> new AssertionError(line));
        assertEquals(parts[0], c.caption(), line);
        assertEquals(parts[1], c.text(), line);
        assertEquals(parts[0] == null, Credit.isCredit(line), line);
    }

    @Provide
    Arbitrary<Object[]> bylines() {
        Arbitrary<List<String>> authors = Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<String> prefix = Arbitraries.of("By ", "by ", "BY ");
        Arbitrary<String> joiner = Arbitraries.of(" and ", " & ", ", ");
        Arbitrary<Optional<String>> affiliation = Arbitraries.of("Reuters", "Associated Press", "Example News",
                "Staff Writer", "CNN").optional(0.5);
        Arbitrary<String> affiliationSeparator = Arbitraries.of(", ", " | ", " for ");
        Arbitrary<Optional<String>> time = Arbitraries.of("Updated 10:04 AM EST, Mon March 4, 2024",
                "Published 9 May 2024", "Posted 5:00 AM ET").optional(0.3);
        Arbitrary<String> timeSeparator = Arbitraries.of(" ", " | ", " — ", ", ");
        return Combinators.combine(prefix, authors, joiner, affiliation, affiliationSeparator, time, timeSeparator)
                .as((p, a, j, f, fs, t, ts) -> {
                    List<String> written = p.equals("BY ") ? a.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList() : a;
                    String names = written.size() == 1 ? written.get(0)
                            : String.join(", ", written.subList(0, written.size() - 1))
                                    + (j.equals(", ") ? " and " : j) + written.get(written.size() - 1);
                    String line = p + names + f.map(o -> fs + o).orElse("") + t.map(x -> ts + x).orElse("");
                    return new Object[] {line, written, f.orElse(null), t.orElse(null)};
                });
    }

    @Property(tries = 500)
    void authorsAndAffiliationAreRecovered(@ForAll("bylines") Object[] generated) {
        String line = (String) generated[0];
        Byline b = Byline.parse(line).orElseThrow(() -> new AssertionError(line));
        assertEquals(generated[1], b.authors(), line);
        assertEquals(generated[2], b.affiliation(), line);
        assertEquals(line, b.text());
        assertEquals(generated[3], b.date(), line);
    }

    @Provide
    Arbitrary<String> wireSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("WASHINGTON", "(AP)", "(Reuters)", " — ", " - ", ":", ", ", "Jan 5", "Sept.",
                        " [", "]", "By ", " and ", " | ", "Photo: ", "/", "(", ")", "REUTERS/", " via ", "..."));
        return piece.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void subParsersNeverThrowOnArbitraryText(@ForAll String text) {
        parseAll(text);
    }

    @Property(tries = 1000)
    void subParsersNeverThrowOnWireLikeText(@ForAll("wireSoup") String text) {
        parseAll(text);
    }

    private static void parseAll(String text) {
        Dateline.parse(text).ifPresent(d -> {
            d.city();
            d.region();
            d.monthDay();
            d.localDate(LocalDate.of(2024, 1, 1));
        });
        Credit.parse(text);
        Credit.isCredit(text);
        Byline.parse(text);
    }
}
