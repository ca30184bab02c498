package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** "IDF" after "Israel Defense Forces", "IMoD" after "Israeli Ministry of Defense": capital initials match. */
record AcronymExpansions(DocumentTokens doc) implements MentionPass {

    private static final Pattern TITLE_CASE_ACRONYM = Pattern.compile("\\p{Lu}\\p{Ll}{2,5}");

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        for (int i = 0; i < mentions.size(); i++) {
            Mention acronym = mentions.get(i);
            String surface = doc.surface(acronym);
            if (acronym.length() != 1 || !acronym.canonical().equals(surface) || !looksLikeAcronym(surface)) {
                continue;
            }
            int index = i;
            mentions.stream()
                    .filter(full -> !full.is(EntityType.PERSON)
                            && full.canonical().contains(" ")
                            && abbreviates(surface, full.canonical()))
                    .findFirst()
                    .ifPresent(full -> mentions.set(index, acronym.named(full.type(), full.canonical())));
        }
        return mentions;
    }

    /** "IDF", "IMoD", and the word-like "Wada" and "Nato" that British news writes. */
    static boolean looksLikeAcronym(String word) {
        return NewsLexicon.ACRONYM.matcher(word).matches()
                || TITLE_CASE_ACRONYM.matcher(word).matches();
    }

    /** Whether {@code word} is made of the capital initials of the words of {@code name}. */
    static boolean abbreviates(String word, String name) {
        String initials = initials(name);
        return NewsLexicon.ACRONYM.matcher(word).matches()
                ? word.replaceAll("[^\\p{Lu}]", "").equals(initials)
                : TITLE_CASE_ACRONYM.matcher(word).matches()
                        && word.toUpperCase(Locale.ROOT).equals(initials);
    }

    /** The capital initials of a name's words: "Israel Defense Forces" → "IDF". */
    static String initials(String name) {
        return Arrays.stream(name.split("[\\s-]+"))
                .filter(NameText::isCapitalised)
                .map(word -> word.substring(0, 1))
                .collect(Collectors.joining());
    }
}
