package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Brian 'Head' Welch": a nickname in quotes between a first name and a surname belongs to one person's name, which
 * the model tends to read as two people.
 */
record NicknameJoining(DocumentTokens doc) implements MentionPass {

    private static final Set<String> QUOTES = Set.of("'", "‘", "’", "\"", "“", "”", "`", "``", "''");

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        List<Mention> joined = new ArrayList<>(mentions);
        for (Mention first : mentions) {
            if (!joined.contains(first)) {
                continue; // already joined to the name before it
            }
            mentions.stream()
                    .filter(rest ->
                            first.is(EntityType.PERSON) && rest.is(EntityType.PERSON) && nicknameBetween(first, rest))
                    .findFirst()
                    .ifPresent(rest -> {
                        joined.set(joined.indexOf(first), first.over(first.start(), rest.end()));
                        joined.remove(rest);
                    });
        }
        return joined;
    }

    private boolean nicknameBetween(Mention first, Mention rest) {
        int open = first.end();
        return rest.start() == open + 3
                && doc.sentenceOf(first.start()).equals(doc.sentenceOf(rest.start()))
                && QUOTES.contains(doc.word(open))
                && NameText.isCapitalised(doc.word(open + 1))
                && QUOTES.contains(doc.word(open + 2));
    }
}
