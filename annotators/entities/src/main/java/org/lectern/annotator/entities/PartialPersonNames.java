package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Person mentions that are part of a full name in the article take its canonical name: the end of it
 * ("Van Nistelrooy", "Saumarez Smith" of "Ruud van Nistelrooy", "Charles Saumarez Smith") or, when only one person
 * of the article has it, the first name ("Ruud", "Britney"). Runs after {@link SurnameChains}, on what it left.
 * The full names are indexed by their (lower-case) last words and by their first word, so that a long document
 * costs one look-up per mention (issue 19).
 */
record PartialPersonNames(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        Map<String, Set<String>> byLastWords = new HashMap<>();
        Map<String, Set<String>> byFirstWord = new HashMap<>();
        for (Mention mention : input) {
            String full = mention.canonical();
            if (mention.is(EntityType.PERSON) && full.contains(" ")) {
                String lower = full.toLowerCase(Locale.ROOT);
                add(byLastWords, lower, full);
                for (int space = lower.indexOf(' '); space >= 0; space = lower.indexOf(' ', space + 1)) {
                    add(byLastWords, lower.substring(space + 1), full);
                }
                add(byFirstWord, full.substring(0, full.indexOf(' ')), full);
            }
        }
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            String surface = doc.surface(mention);
            String fullName =
                    mention.is(EntityType.PERSON) && mention.canonical().equals(surface)
                            ? fullNameOf(surface, byLastWords, byFirstWord)
                            : null;
            mentions.add(fullName == null ? mention : mention.withCanonical(fullName));
        }
        return mentions;
    }

    private static void add(Map<String, Set<String>> index, String key, String fullName) {
        index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(fullName);
    }

    private static String fullNameOf(
            String part, Map<String, Set<String>> byLastWords, Map<String, Set<String>> byFirstWord) {
        List<String> ending = byLastWords.getOrDefault(part.toLowerCase(Locale.ROOT), Set.of()).stream()
                .filter(full -> !full.equals(part))
                .toList();
        if (ending.size() == 1) {
            return ending.get(0);
        }
        Set<String> starting = part.contains(" ") ? Set.of() : byFirstWord.getOrDefault(part, Set.of());
        return ending.isEmpty() && starting.size() == 1 ? starting.iterator().next() : null;
    }
}
