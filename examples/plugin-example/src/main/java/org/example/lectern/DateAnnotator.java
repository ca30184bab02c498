package org.example.lectern;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.example.type.DateMention;

/**
 * Marks English calendar dates and normalises them to ISO 8601: "31 December 2004", "31st of Dec. 2004",
 * "December 31, 2004" and "2004-12-31" become 2004-12-31; optionally "December 2004" (2004-12) and
 * "31 December" (--12-31). Impossible dates such as "31 February 2004" are skipped.
 */
@ResourceMetaData(description = "Calendar dates such as 31 December 2004 or December 31, 2004, normalised to"
        + " ISO 8601")
@TypeCapability(outputs = { "org.example.type.DateMention", "org.example.type.DateMention:isoDate" })
public class DateAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MONTH_YEAR = "monthYear";
    @ConfigurationParameter(name = PARAM_MONTH_YEAR, defaultValue = "true",
            description = "Also mark month and year without a day (\"December 2004\" = 2004-12)")
    private boolean monthYear;

    public static final String PARAM_DAY_MONTH = "dayMonth";
    @ConfigurationParameter(name = PARAM_DAY_MONTH, defaultValue = "true",
            description = "Also mark day and month without a year (\"31 December\" = --12-31)")
    private boolean dayMonth;

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>[12]\\d{3})";
    /** Spaces within a line: a date never continues into the next paragraph. */
    private static final String SPACE = "[ \\t\\u00A0]+";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + SPACE + "(?:of" + SPACE + ")?" + MONTH
            + ",?" + SPACE + YEAR + "\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + SPACE + DAY + ",?" + SPACE + YEAR
            + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(?<month>[01]\\d)-(?<day>[0-3]\\d)\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?" + SPACE + YEAR + "\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + SPACE + "(?:of" + SPACE + ")?" + MONTH
            + "(?!\\w)");

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        BitSet taken = new BitSet(text.length());
        // full dates first, so that their parts are not marked again as partial dates
        for (Pattern pattern : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO)) {
            mark(jcas, pattern.matcher(text), taken);
        }
        if (monthYear) {
            mark(jcas, MONTH_YEAR.matcher(text), taken);
        }
        if (dayMonth) {
            mark(jcas, DAY_MONTH.matcher(text), taken);
        }
    }

    private static void mark(JCas jcas, Matcher matcher, BitSet taken) {
        while (matcher.find()) {
            if (!taken.get(matcher.start(), matcher.end()).isEmpty()) {
                continue;
            }
            // an impossible date still claims its text: "31 February 2004" must not become "February 2004"
            taken.set(matcher.start(), matcher.end());
            String iso = isoDate(matcher);
            if (iso != null) {
                DateMention date = new DateMention(jcas, matcher.start(), matcher.end());
                date.setIsoDate(iso);
                date.addToIndexes();
            }
        }
    }

    /** The ISO form of what the matcher found, or null if it is no real date. */
    private static String isoDate(Matcher matcher) {
        String monthText = matcher.group("month");
        String day = group(matcher, "day");
        String year = group(matcher, "year");
        try {
            Month month = monthText.chars().allMatch(Character::isDigit) ? Month.of(Integer.parseInt(monthText))
                    : month(monthText);
            if (year == null) {
                return MonthDay.of(month, Integer.parseInt(day)).toString();
            }
            if (day == null) {
                return YearMonth.of(Integer.parseInt(year), month).toString();
            }
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("no month " + name);
    }

    /** The named group, or null if the pattern has none of that name (Java 17 lacks Matcher.namedGroups()). */
    private static String group(Matcher matcher, String name) {
        return matcher.pattern().pattern().contains("(?<" + name + ">") ? matcher.group(name) : null;
    }
}
