package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds every further occurrence of a name already found, and of the surname of a person's full name. */
record FurtherOccurrences(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        Map<String, Mention> known = new HashMap<>();
        for (Mention mention : mentions) {
            known.putIfAbsent(doc.surface(mention), mention);
        }
        for (Mention mention : mentions) {
            int last = mention.end() - 1;
            if (mention.is(EntityType.PERSON)
                    && mention.length() > 1
                    && SurnameChains.isSurname(doc, gazetteer, last)
                    && !NewsLexicon.MONTHS.contains(doc.word(last))) {
                known.put(
                        doc.word(last),
                        new Mention(last, mention.end(), EntityType.PERSON, null, Mention.Source.PROPAGATED));
            }
        }
        int longest = mentions.stream().mapToInt(Mention::length).max().orElse(0);
        CoveredTokens covered = new CoveredTokens(doc, mentions);
        List<Mention> result = new ArrayList<>(mentions);
        for (DocumentTokens.Sentence sentence : doc.sentences()) {
            for (int i = sentence.start(); i < sentence.end(); i++) {
                for (int length = Math.min(longest, sentence.end() - i); length > 0 && !covered.at(i); length--) {
                    Mention model = known.get(doc.surface(i, i + length));
                    if (model != null && !partOfLongerName(i + length, sentence) && !covered.any(i, i + length)) {
                        boolean exactCopy = model.length() == length;
                        Mention copy = new Mention(
                                i,
                                i + length,
                                model.type(),
                                exactCopy ? model.canonical() : null,
                                Mention.Source.PROPAGATED);
                        result.add(copy);
                        covered.add(copy);
                    }
                }
            }
        }
        return result;
    }

    /** "West" found alone is not the start of "West Ham" (but "Foreign Ministry Director" is fine). */
    private boolean partOfLongerName(int next, DocumentTokens.Sentence sentence) {
        return next < sentence.end()
                && NameText.isCapitalised(doc.word(next))
                && gazetteer.titles().titleLength(doc.tokens(), next, next + 1) == 0;
    }
}
