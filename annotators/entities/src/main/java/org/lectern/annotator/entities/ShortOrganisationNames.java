package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A lone first word of an organisation's name ("Santander" after "Santander Central Hispano") is that organisation. */
record ShortOrganisationNames(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        Map<String, Mention> byFirstWord = new HashMap<>();
        for (Mention organisation : input) {
            String first = doc.word(organisation.start());
            if (organisation.is(EntityType.ORGANIZATION)
                    && organisation.length() > 1
                    && NameText.isCapitalised(first)
                    && !gazetteer.isDemonym(first)) {
                byFirstWord.putIfAbsent(first, organisation);
            }
        }
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            String surface = doc.surface(mention);
            Mention organisation = byFirstWord.get(surface);
            boolean shortName = organisation != null
                    && mention.length() == 1
                    && !mention.is(EntityType.LOCATION)
                    && mention.canonical().equals(surface)
                    && gazetteer.exactEntry(surface) == null;
            mentions.add(shortName ? mention.named(organisation.type(), organisation.canonical()) : mention);
        }
        return mentions;
    }
}
