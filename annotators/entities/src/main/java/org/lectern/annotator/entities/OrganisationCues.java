package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A name the model read as a person or place is an organisation when one of its mentions is introduced by a word
 * for organisations ("rock band Korn", "building products group James Hardie", "groups like Los Caballeros de
 * Plan G"), or, for a person, followed by "which" ("Hardie, which makes"): then every mention of that canonical
 * name is an organisation.
 */
record OrganisationCues(DocumentTokens doc) implements MentionPass {

    /** Words between a word for organisations and the names it introduces: "networks, such as", "groups like". */
    private static final Set<String> LIST_INTRODUCERS = Set.of("such", "as", "like", "including");

    @Override
    public List<Mention> apply(List<Mention> input) {
        Set<String> organisations = input.stream()
                .filter(m -> (m.is(EntityType.PERSON) || m.is(EntityType.LOCATION)) && hasOrganisationCue(m))
                .map(Mention::canonical)
                .collect(Collectors.toSet());
        List<Mention> mentions = new ArrayList<>(input.size());
        for (Mention mention : input) {
            boolean organisation = !mention.is(EntityType.ORGANIZATION)
                    && mention.source() != Mention.Source.GAZETTEER
                    && organisations.contains(mention.canonical());
            mentions.add(organisation ? mention.withType(EntityType.ORGANIZATION) : mention);
        }
        return mentions;
    }

    private boolean hasOrganisationCue(Mention mention) {
        int after = mention.end();
        int sentenceEnd = doc.sentenceOf(mention.start()).end();
        boolean which = mention.is(EntityType.PERSON)
                && after + 1 < sentenceEnd
                && doc.word(after).equals(",")
                && doc.word(after + 1).equals("which");
        return mention.source() != Mention.Source.GAZETTEER
                && (introducedAsOrganisation(doc, mention.start()) || which);
    }

    /** Whether a lower-case word for organisations comes just before {@code start} ("tabloids", "networks such as"). */
    static boolean introducedAsOrganisation(DocumentTokens doc, int start) {
        int sentenceStart = doc.sentenceOf(start).start();
        int i = start - 1;
        while (i > sentenceStart && LIST_INTRODUCERS.contains(doc.word(i).toLowerCase(Locale.ROOT))) {
            i--;
        }
        if (i < start - 1 && i > sentenceStart && doc.word(i).equals(",")) {
            i--; // "networks, such as"
        }
        if (i < sentenceStart || NameText.isCapitalised(doc.word(i))) {
            return false;
        }
        String word = doc.word(i).toLowerCase(Locale.ROOT);
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return NewsLexicon.ORGANISATION_NOUNS.contains(word) || NewsLexicon.ORGANISATION_NOUNS.contains(singular);
    }
}
