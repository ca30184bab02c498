package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** "IDF" after "Israel Defense Forces", "IMoD" after "Israeli Ministry of Defense": capital initials match. */
record AcronymExpansions(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        for (int i = 0; i < mentions.size(); i++) {
            Mention acronym = mentions.get(i);
            String surface = doc.surface(acronym);
            if (acronym.length() != 1
                    || !acronym.canonical().equals(surface)
                    || !NewsLexicon.ACRONYM.matcher(surface).matches()) {
                continue;
            }
            String letters = surface.replaceAll("[^\\p{Lu}]", "");
            int index = i;
            mentions.stream()
                    .filter(full -> !full.is(EntityType.PERSON)
                            && full.canonical().contains(" ")
                            && initials(full.canonical()).equals(letters))
                    .findFirst()
                    .ifPresent(full -> mentions.set(index, acronym.named(full.type(), full.canonical())));
        }
        return mentions;
    }

    /** The capital initials of a name's words: "Israel Defense Forces" → "IDF". */
    static String initials(String name) {
        return Arrays.stream(name.split("[\\s-]+"))
                .filter(NameText::isCapitalised)
                .map(word -> word.substring(0, 1))
                .collect(Collectors.joining());
    }
}
