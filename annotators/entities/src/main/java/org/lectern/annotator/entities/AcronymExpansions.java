package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** "IDF" after "Israel Defense Forces", "IMoD" after "Israeli Ministry of Defense": capital initials match. */
record AcronymExpansions(DocumentTokens doc) implements MentionPass {

    private static final Pattern TITLE_CASE_ACRONYM = Pattern.compile("\\p{Lu}\\p{Ll}{2,5}");

    /** "NM2" for "New Media for a New Millennium": the capitals, the digit times. */
    private static final Pattern REPEATED_ACRONYM = Pattern.compile("(\\p{Lu}{2,4})([2-4])");

    /**
     * Each acronym takes the first full name in the list whose capital initials it is made of. The full names are
     * indexed by their initials (one look-up per acronym, not a scan of all mentions: issue 19); an acronym named
     * here becomes such a full name itself, but with the first one's name and type, so the index stays right.
     */
    @Override
    public List<Mention> apply(List<Mention> input) {
        Map<String, Mention> firstByInitials = new HashMap<>();
        for (Mention full : input) {
            if (!full.is(EntityType.PERSON) && full.canonical().contains(" ")) {
                firstByInitials.putIfAbsent(initials(full.canonical()), full);
            }
        }
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention acronym : input) {
            String surface = doc.surface(acronym);
            Mention full = acronym.length() == 1 && acronym.canonical().equals(surface) && looksLikeAcronym(surface)
                    ? firstByInitials.get(initialsOf(surface))
                    : null;
            mentions.add(full == null ? acronym : acronym.named(full.type(), full.canonical()));
        }
        return mentions;
    }

    /** "IDF", "IMoD", and the word-like "Wada" and "Nato" that British news writes. */
    static boolean looksLikeAcronym(String word) {
        return NewsLexicon.ACRONYM.matcher(word).matches()
                || TITLE_CASE_ACRONYM.matcher(word).matches()
                || REPEATED_ACRONYM.matcher(word).matches();
    }

    /** Whether {@code word} is made of the capital initials of the words of {@code name}. */
    static boolean abbreviates(String word, String name) {
        String initials = initialsOf(word);
        return initials != null && initials.equals(initials(name));
    }

    /** The initials an acronym stands for ("IMoD" → "IMD", "Nato" → "NATO"), null if it looks like none. */
    private static String initialsOf(String acronym) {
        if (NewsLexicon.ACRONYM.matcher(acronym).matches()) {
            return acronym.replaceAll("[^\\p{Lu}]", "");
        }
        Matcher repeated = REPEATED_ACRONYM.matcher(acronym);
        if (repeated.matches()) {
            return repeated.group(1).repeat(Integer.parseInt(repeated.group(2)));
        }
        return TITLE_CASE_ACRONYM.matcher(acronym).matches() ? acronym.toUpperCase(Locale.ROOT) : null;
    }

    /** The capital initials of a name's words: "Israel Defense Forces" → "IDF". */
    static String initials(String name) {
        return Arrays.stream(name.split("[\\s-]+"))
                .filter(NameText::isCapitalised)
                .map(word -> word.substring(0, 1))
                .collect(Collectors.joining());
    }
}
