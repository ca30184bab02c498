package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A listed organisation at the end of what the model read as a person is not part of the name: "Ann Smith Labour"
 * is the person Ann Smith and the party.
 */
record PersonOrganisationSplit(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention mention : input) {
            int split = mention.is(EntityType.PERSON) ? organisationStart(mention) : -1;
            if (split < 0) {
                mentions.add(mention);
            } else {
                mentions.add(mention.over(mention.start(), split));
                mentions.add(new Mention(split, mention.end(), EntityType.ORGANIZATION, null, mention.source()));
            }
        }
        return mentions;
    }

    /** Where a listed organisation ending the mention starts, leaving at least two words of name; else -1. */
    private int organisationStart(Mention mention) {
        for (int start = mention.start() + 2; start < mention.end(); start++) {
            NewsGazetteer.Match match = gazetteer.longestMatch(doc.tokens().subList(start, mention.end()), 0);
            if (match != null && match.length() == mention.end() - start && match.type() == EntityType.ORGANIZATION) {
                return start;
            }
        }
        return -1;
    }
}
