package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * "Sir Alex Ferguson", "Dame Judi Dench": the knighthood stays outside the span (it is a title) but belongs to the
 * canonical name, of this mention and of every other mention of the person.
 */
record KnightedNames(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input);
        for (Mention knighted : input) {
            int title = knighted.start() - 1;
            if (knighted.is(EntityType.PERSON)
                    && knighted.length() > 1
                    && title >= doc.sentenceOf(knighted.start()).start()
                    && NewsLexicon.KNIGHTHOODS.contains(doc.word(title))
                    && !knighted.canonical().startsWith(doc.word(title) + " ")) {
                String name = knighted.canonical();
                String withTitle = doc.word(title) + " " + name;
                mentions.replaceAll(m -> m.canonical().equals(name) ? m.withCanonical(withTitle) : m);
            }
        }
        return mentions;
    }
}
