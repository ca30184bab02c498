package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Brian 'Head' Welch": a nickname in quotes between a first name and a surname belongs to one person's name, which
 * the model tends to read as two people.
 */
record NicknameJoining(DocumentTokens doc) implements MentionPass {

    private static final Set<String> QUOTES = Set.of("'", "‘", "’", "\"", "“", "”", "`", "``", "''");

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        // person mentions by start, so that the name after a nickname is found without going through all mentions
        Map<Integer, List<Mention>> personsByStart = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.is(EntityType.PERSON)) {
                personsByStart
                        .computeIfAbsent(mention.start(), start -> new ArrayList<>())
                        .add(mention);
            }
        }
        Map<Mention, Mention> joinedNames = new HashMap<>();
        Set<Mention> joinedRests = new HashSet<>();
        for (Mention first : mentions) {
            if (!first.is(EntityType.PERSON) || joinedRests.contains(first)) {
                continue; // already joined to the name before it
            }
            personsByStart.getOrDefault(first.end() + 3, List.of()).stream()
                    .filter(rest -> nicknameBetween(first, rest))
                    .findFirst()
                    .ifPresent(rest -> {
                        joinedNames.put(first, first.over(first.start(), rest.end()));
                        if (!joinedNames.containsKey(rest)) {
                            joinedRests.add(rest);
                        }
                    });
        }
        List<Mention> joined = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            if (!joinedRests.contains(mention)) {
                joined.add(joinedNames.getOrDefault(mention, mention));
            }
        }
        return joined;
    }

    boolean nicknameBetween(Mention first, Mention rest) {
        int open = first.end();
        return rest.start() == open + 3
                && doc.sentenceOf(first.start()).equals(doc.sentenceOf(rest.start()))
                && QUOTES.contains(doc.word(open))
                && NameText.isCapitalised(doc.word(open + 1))
                && QUOTES.contains(doc.word(open + 2));
    }
}
