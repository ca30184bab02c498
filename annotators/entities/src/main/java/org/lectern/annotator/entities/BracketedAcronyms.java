package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;

/** "Israeli Ministry of Defense (IMoD)": the bracketed acronym is a mention of the name before it. */
record BracketedAcronyms(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        List<Mention> withAcronyms = new ArrayList<>(mentions);
        for (Mention name : mentions) {
            int acronym = name.end() + 1;
            if (!name.is(EntityType.PERSON)
                    && name.length() > 1
                    && acronym + 1 < doc.size()
                    && doc.word(name.end()).equals("(")
                    && doc.word(acronym + 1).equals(")")
                    && NewsLexicon.ACRONYM.matcher(doc.word(acronym)).matches()
                    && AcronymExpansions.initials(doc.surface(name))
                            .equals(doc.word(acronym).replaceAll("[^\\p{Lu}]", ""))
                    && mentions.stream().noneMatch(m -> m.start() <= acronym && acronym < m.end())) {
                withAcronyms.add(new Mention(acronym, acronym + 1, name.type(), null, Mention.Source.PROPAGATED));
            }
        }
        return withAcronyms;
    }
}
