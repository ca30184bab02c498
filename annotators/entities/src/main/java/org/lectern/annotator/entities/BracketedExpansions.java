package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * "Drink Or Die (DOD)": capitalised words followed by a bracketed acronym of their initials are an organisation's
 * name even where the model found nothing, and the acronym is a mention of it.
 */
record BracketedExpansions(DocumentTokens doc) implements MentionPass {

    /** The longest expansion looked for, in words: a few more than the acronym's letters (for "of", "the"). */
    private static final int EXTRA_WORDS = 3;

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        List<Mention> withExpansions = new ArrayList<>(mentions);
        CoveredTokens covered = new CoveredTokens(doc, mentions);
        for (int open = 1; open + 2 < doc.size(); open++) {
            int acronym = open + 1;
            if (!doc.word(open).equals("(")
                    || !doc.word(acronym + 1).equals(")")
                    || !AcronymExpansions.looksLikeAcronym(doc.word(acronym))
                    || covered.any(open - 1, acronym + 1)) {
                continue;
            }
            int start = expansionStart(open, doc.word(acronym));
            if (start >= 0 && !covered.any(start, open)) {
                withExpansions.add(new Mention(start, open, EntityType.ORGANIZATION, null, Mention.Source.PROPAGATED));
                withExpansions.add(
                        new Mention(acronym, acronym + 1, EntityType.ORGANIZATION, null, Mention.Source.PROPAGATED));
            }
        }
        return withExpansions;
    }

    /** Where capitalised words ending before {@code open} have {@code acronym}'s letters as initials, else -1. */
    private int expansionStart(int open, String acronym) {
        int sentenceStart = doc.sentenceOf(open).start();
        int longest = acronym.length() + EXTRA_WORDS;
        for (int start = open - 1; start >= Math.max(sentenceStart, open - longest); start--) {
            if (NameText.isCapitalised(doc.word(start))
                    && AcronymExpansions.abbreviates(acronym, doc.surface(start, open))) {
                return start;
            }
        }
        return -1;
    }
}
