package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A name the model read as a person is an organisation when one of its mentions is introduced by a word for an
 * organisation ("rock band Korn", "building products group James Hardie") or followed by "which" ("Hardie, which
 * makes"): then every mention of that canonical name is an organisation.
 */
record OrganisationCues(DocumentTokens doc) implements MentionPass {

    @Override
    public List<Mention> apply(List<Mention> input) {
        Set<String> organisations = input.stream()
                .filter(m -> m.is(EntityType.PERSON) && hasOrganisationCue(m))
                .map(Mention::canonical)
                .collect(Collectors.toSet());
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            boolean organisation = mention.is(EntityType.PERSON) && organisations.contains(mention.canonical());
            mentions.add(organisation ? mention.withType(EntityType.ORGANIZATION) : mention);
        }
        return mentions;
    }

    private boolean hasOrganisationCue(Mention mention) {
        int before = mention.start() - 1;
        int after = mention.end();
        int sentenceStart = doc.sentenceOf(mention.start()).start();
        int sentenceEnd = doc.sentenceOf(mention.start()).end();
        boolean introduced = before >= sentenceStart
                && NewsLexicon.ORGANISATION_NOUNS.contains(doc.word(before).toLowerCase(Locale.ROOT))
                && !NameText.isCapitalised(doc.word(before));
        boolean which = after + 1 < sentenceEnd
                && doc.word(after).equals(",")
                && doc.word(after + 1).equals("which");
        return introduced || which;
    }
}
