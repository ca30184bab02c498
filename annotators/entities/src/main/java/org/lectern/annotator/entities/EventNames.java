package org.lectern.annotator.entities;

import java.util.List;
import java.util.Set;

/**
 * Events are not entities, nor are names inside an event's name (the seeds' guidelines): "Athens" in "the Athens
 * Games", "Uefa" in "the Uefa Cup", "US" in "the US Open". A mention directly followed by, or ending in, a word
 * that names an event goes.
 */
record EventNames(DocumentTokens doc) implements MentionPass {

    private static final Set<String> EVENT_WORDS = Set.of(
            "Games",
            "Olympics",
            "Olympic",
            "Paralympics",
            "Paralympic",
            "Cup",
            "Open",
            "Marathon",
            "Championships",
            "Festival",
            "Biennale",
            "Expo",
            "Trophy");

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        return mentions.stream().filter(m -> !namesEvent(m)).toList();
    }

    private boolean namesEvent(Mention mention) {
        int next = mention.end();
        boolean followed = next < doc.sentenceOf(mention.start()).end() && isEventWord(next);
        boolean ending = mention.length() > 1 && isEventWord(mention.end() - 1);
        return followed || ending;
    }

    private boolean isEventWord(int token) {
        return EVENT_WORDS.contains(doc.word(token))
                || (doc.word(token).equals("Grand")
                        && token + 1 < doc.size()
                        && doc.word(token + 1).equals("Prix"));
    }
}
