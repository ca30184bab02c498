package org.lectern.annotator.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The curated lists and the generated WordNet list, as the pipeline reads them. */
class NameKnowledgeBaseTest {

    private final NameKnowledgeBase knowledge = NameKnowledgeBase.instance();

    @Test
    void partyNicknameNamesTheParty() {
        assertThat(knowledge.entry("Nats"))
                .isEqualTo(new NewsGazetteer.Match(0, EntityType.ORGANIZATION, "Scottish National Party"));
    }

    @Test
    void wordNetGivesTheSpelledOutNameOfAnAcronym() {
        assertThat(knowledge.entry("FEMA").canonical()).isEqualTo("Federal Emergency Management Agency");
    }

    @Test
    void curatedListWinsOverWordNet() {
        // WordNet's lemma is "British Labour Party"; news and the curated list say "Labour Party"
        assertThat(knowledge.entry("Labour").canonical()).isEqualTo("Labour Party");
    }

    @Test
    void surnameOfOneListedLeaderNamesThem() {
        assertThat(knowledge.personWithSurname("Mandela")).isEqualTo("Nelson Mandela");
    }

    @Test
    void surnameSharedByTwoListedPeopleNamesNoOne() {
        assertThat(knowledge.personWithSurname("Clinton")).isNull();
    }

    @Test
    void monthIsNoSurname() {
        assertThat(knowledge.personWithSurname("May")).isNull();
    }
}
