package org.lectern.annotator.entities;

import static org.lectern.annotator.entities.CrfEntityAnnotatorTest.assertEntities;

import org.junit.jupiter.api.Test;

/** Names listed together are of one kind (issue 20). */
class CoordinationsTest {

    @Test
    void listAfterAWordForOrganisationsIsOrganisations() throws Exception {
        assertEntities(
                "Investigators also raided warez networks such as Fairlight, Razor 1911 and Vortex.",
                "49-58 ORGANIZATION Fairlight → Fairlight",
                "60-70 ORGANIZATION Razor 1911 → Razor 1911",
                "75-81 ORGANIZATION Vortex → Vortex");
    }

    @Test
    void oddOneOutTakesTheTypeTheOthersAgreeOn() throws Exception {
        assertEntities(
                "The museum will show the work of Turner, John Constable and Thomas Gainsborough next year.",
                "33-39 PERSON Turner → Turner",
                "41-55 PERSON John Constable → John Constable",
                "60-79 PERSON Thomas Gainsborough → Thomas Gainsborough");
    }

    @Test
    void mixedListIsLeftAlone() throws Exception {
        assertEntities(
                "Talks between Britain, Microsoft and Angela Merkel ended on Friday.",
                "14-21 LOCATION Britain → United Kingdom",
                "23-32 ORGANIZATION Microsoft → Microsoft",
                "37-50 PERSON Angela Merkel → Angela Merkel");
    }
}
