package org.lectern.annotator.entities;

import java.util.List;

/**
 * Names every mention not yet named (and every model mention) by the gazetteer's entry for its text, else by
 * the text itself; a listed name also sets the type.
 */
record ListedCanonicalNames(DocumentTokens doc, NewsGazetteer gazetteer) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        return mentions.stream().map(this::named).toList();
    }

    private Mention named(Mention mention) {
        if (mention.canonical() != null && mention.source() != Mention.Source.MODEL) {
            return mention;
        }
        String surface = doc.surface(mention);
        NewsGazetteer.Match entry = gazetteer.exactEntry(surface);
        return entry == null ? mention.withCanonical(surface) : mention.named(entry.type(), entry.canonical());
    }
}
