package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;

/** "Israeli Ministry of Defense (IMoD)": the bracketed acronym is a mention of the name before it. */
record BracketedAcronyms(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        List<Mention> withAcronyms = new ArrayList<>(mentions);
        CoveredTokens covered = new CoveredTokens(doc, mentions);
        for (Mention name : mentions) {
            int acronym = name.end() + 1;
            if (!name.is(EntityType.PERSON)
                    && name.length() > 1
                    && acronym + 1 < doc.size()
                    && doc.word(name.end()).equals("(")
                    && doc.word(acronym + 1).equals(")")
                    && AcronymExpansions.abbreviates(doc.word(acronym), doc.surface(name))
                    && !covered.at(acronym)) {
                withAcronyms.add(new Mention(acronym, acronym + 1, name.type(), null, Mention.Source.PROPAGATED));
            }
        }
        return withAcronyms;
    }
}
