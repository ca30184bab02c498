package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Person mentions that are part of a full name in the article take its canonical name: the end of it
 * ("Van Nistelrooy", "Saumarez Smith" of "Ruud van Nistelrooy", "Charles Saumarez Smith") or, when only one person
 * of the article has it, the first name ("Ruud", "Britney"). Runs after {@link SurnameChains}, on what it left.
 */
record PartialPersonNames(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        Set<String> fullNames = input.stream()
                .filter(m -> m.is(EntityType.PERSON) && m.canonical().contains(" "))
                .map(Mention::canonical)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            String surface = doc.surface(mention);
            String fullName =
                    mention.is(EntityType.PERSON) && mention.canonical().equals(surface)
                            ? fullNameOf(surface, fullNames)
                            : null;
            mentions.add(fullName == null ? mention : mention.withCanonical(fullName));
        }
        return mentions;
    }

    private static String fullNameOf(String part, Set<String> fullNames) {
        String lower = " " + part.toLowerCase(Locale.ROOT);
        List<String> ending = fullNames.stream()
                .filter(full -> !full.equals(part) && (" " + full.toLowerCase(Locale.ROOT)).endsWith(lower))
                .distinct()
                .toList();
        if (ending.size() == 1) {
            return ending.get(0);
        }
        List<String> starting = part.contains(" ")
                ? List.of()
                : fullNames.stream().filter(full -> full.startsWith(part + " ")).toList();
        return ending.isEmpty() && starting.size() == 1 ? starting.get(0) : null;
    }
}
