package org.lectern.annotator.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class GazetteerEntityAnnotatorTest {

    @Test
    void findsListedNamesWithCanonicalNamesAndTheirCompounds() throws Exception {
        JCas jcas = CrfEntityAnnotatorTest.annotate(
                "The Kremlin’s envoy flew from Kiev to U.S.-hosted talks at the UN with Pentagon staff.",
                new GazetteerEntitiesProvider().createDescription());

        assertThat(CrfEntityAnnotatorTest.entities(jcas))
                .containsExactly(
                        "4-11 ORGANIZATION Kremlin → Kremlin",
                        "30-34 LOCATION Kiev → Kyiv",
                        "38-42 LOCATION U.S. → United States",
                        "63-65 ORGANIZATION UN → United Nations",
                        "71-79 ORGANIZATION Pentagon → Pentagon");
    }

    @Test
    void acronymOfAListedOrganisationIsExpandedAndUnlistedNamesAreIgnored() throws Exception {
        JCas jcas = CrfEntityAnnotatorTest.annotate(
                "Angela Rivers said the IDF left Gaza; anti-Israel protests followed.",
                new GazetteerEntitiesProvider().createDescription());

        assertThat(CrfEntityAnnotatorTest.entities(jcas))
                .containsExactly(
                        "23-26 ORGANIZATION IDF → Israel Defense Forces",
                        "32-36 LOCATION Gaza → Gaza Strip",
                        "43-49 LOCATION Israel → Israel");
    }

    @Test
    void shoutedCountryNameGetsTheUsualCanonicalNameButShortCapitalWordsAreNotRead() throws Exception {
        JCas jcas = CrfEntityAnnotatorTest.annotate(
                "STAND WITH ISRAEL, says the IT team in CHAD.", new GazetteerEntitiesProvider().createDescription());

        assertThat(CrfEntityAnnotatorTest.entities(jcas))
                .containsExactly("11-17 LOCATION ISRAEL → Israel", "39-43 LOCATION CHAD → Chad");
    }

    @Test
    void theWestIsTheWesternWorldButWestHamIsNot() throws Exception {
        JCas jcas = CrfEntityAnnotatorTest.annotate(
                "Sanctions by the West hit Russia.\nThe West Ham fans cheered.",
                new GazetteerEntitiesProvider().createDescription());

        assertThat(CrfEntityAnnotatorTest.entities(jcas))
                .containsExactly(
                        "17-21 LOCATION West → Western world",
                        "26-32 LOCATION Russia → Russia",
                        "38-46 ORGANIZATION West Ham → West Ham United"); // a listed club (sports-clubs.tsv)
    }

    @Test
    void emptyDocumentHasNoEntities() throws Exception {
        assertThat(CrfEntityAnnotatorTest.entities(
                        CrfEntityAnnotatorTest.annotate(" \n ", new EntitiesProvider().createDescription())))
                .isEmpty();
    }
}
