package org.lectern.annotator.entities;

import static org.lectern.annotator.entities.CrfEntityAnnotatorTest.assertEntities;

import org.junit.jupiter.api.Test;

/** Names the model misses but the text introduces (issue 20): cues, bracketed acronyms, left-out surnames, courts. */
class IntroducedNamesTest {

    @Test
    void wordForOrganisationsIntroducesAnOrganisation() throws Exception {
        assertEntities(
                "Fans of the Welsh band Zorbitone queued all night.", "23-32 ORGANIZATION Zorbitone → Zorbitone");
    }

    @Test
    void calendarWordsAreNotIntroduced() throws Exception {
        assertEntities("The group Monday said it would sell the shares.");
    }

    @Test
    void acronymWithADigitRepeatsItsLetters() throws Exception {
        assertEntities(
                "Smart Cities for a Smart Century (SC2) starts next year. SC2 will cost 5m euros.",
                "0-32 ORGANIZATION Smart Cities for a Smart Century → Smart Cities for a Smart Century",
                "34-37 ORGANIZATION SC2 → Smart Cities for a Smart Century",
                "57-60 ORGANIZATION SC2 → Smart Cities for a Smart Century");
    }

    @Test
    void listedCourtIsAnOrganisation() throws Exception {
        assertEntities("He was sentenced at the Old Bailey on Friday.", "24-34 ORGANIZATION Old Bailey → Old Bailey");
    }
}
