package org.lectern.annotator.entities;

import java.util.List;

/**
 * A peer is named by the title: "Lord Sugar", "Baroness Thatcher" are person names with the title in them (other
 * titles stay outside the span), so a one-word name right after a peerage title takes the title in, and a
 * title with one name after it is a person, whatever the model said.
 */
record PeerageTitles(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> mentions) {
        return mentions.stream().map(this::withPeerage).toList();
    }

    private Mention withPeerage(Mention mention) {
        int title = mention.start() - 1;
        if (mention.is(EntityType.PERSON)
                && mention.length() == 1
                && title >= doc.sentenceOf(mention.start()).start()
                && NewsLexicon.PEERAGE_TITLES.contains(doc.word(title))) {
            return mention.over(title, mention.end());
        }
        boolean peer = mention.length() == 2
                && NewsLexicon.PEERAGE_TITLES.contains(doc.word(mention.start()))
                && NameText.isCapitalised(doc.word(mention.start() + 1));
        return peer ? mention.over(mention.start(), mention.end()).withType(EntityType.PERSON) : mention;
    }
}
