package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Last resort for names the article leaves unresolved (canonical still the text itself): the
 * {@link NameKnowledgeBase}'s canonical name when it lists the text with the same type ("GOP" → "Republican
 * Party"), and for a lone surname the one listed person who has it ("Merkel" → "Angela Merkel").
 */
record KnownNames(DocumentTokens doc, NameKnowledgeBase knowledge) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            String surface = doc.surface(mention);
            mentions.add(mention.canonical().equals(surface) ? known(mention, surface) : mention);
        }
        return mentions;
    }

    private Mention known(Mention mention, String surface) {
        NewsGazetteer.Match entry = knowledge.entry(surface);
        if (entry != null && entry.type() == mention.type()) {
            return mention.withCanonical(entry.canonical());
        }
        String person =
                mention.is(EntityType.PERSON) && mention.length() == 1 ? knowledge.personWithSurname(surface) : null;
        return person == null ? mention : mention.withCanonical(person);
    }
}
