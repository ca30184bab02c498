package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;

/** A web domain in the text ("latinohiphopradio.com", "JNS.org") is an organisation's name. */
record WebDomains(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        List<Mention> withDomains = new ArrayList<>(mentions);
        CoveredTokens covered = new CoveredTokens(doc, mentions);
        for (int token = 0; token < doc.size(); token++) {
            if (NewsLexicon.DOMAIN.matcher(doc.word(token)).matches() && !covered.at(token)) {
                withDomains.add(new Mention(token, token + 1, EntityType.ORGANIZATION, null, Mention.Source.GAZETTEER));
            }
        }
        return withDomains;
    }
}
