package org.lectern.annotator.nlp4j;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.api.testing.TestDocuments;

class Nlp4jEntityAnnotatorTest {

    @Test
    void namesWithGuidelineSpansAndExactOffsets() throws Exception {
        String text = "Mr Okafor told the World Bank in Nairobi that Kenya's exports had grown.\n\n"
                + "Ann Trevelyan, who runs Acme Holdings, flew to Paris on Monday.";
        JCas jcas = TestDocuments.annotate(
                text,
                "en",
                new SegmenterProvider().createDescription(),
                new Nlp4jEntitiesProvider().createDescription());

        // "Mr" and the possessive 's stay outside the spans, as Lectern's guidelines want
        assertThat(select(jcas, NamedEntity.class))
                .extracting(
                        NamedEntity::getBegin, NamedEntity::getEnd, NamedEntity::getValue, NamedEntity::getIdentifier)
                .containsExactly(
                        tuple(3, 9, "PERSON", "Okafor"),
                        tuple(19, 29, "ORGANIZATION", "World Bank"),
                        tuple(33, 40, "LOCATION", "Nairobi"),
                        tuple(46, 51, "LOCATION", "Kenya"),
                        tuple(74, 87, "PERSON", "Ann Trevelyan"),
                        tuple(98, 111, "ORGANIZATION", "Acme Holdings"),
                        tuple(121, 126, "LOCATION", "Paris"));
    }

    @Test
    void badTypeMappingNamesTheParameter() {
        assertThatThrownBy(() -> TestDocuments.annotate(
                        "Text.",
                        "en",
                        new Nlp4jEntitiesProvider()
                                .createDescription(Nlp4jEntityAnnotator.PARAM_TYPES, new String[] {"ORG=COMPANY"})))
                .isInstanceOf(ResourceInitializationException.class)
                .hasRootCauseMessage("parameter types: 'ORG=COMPANY' is not LABEL=TYPE with TYPE one of LOCATION, "
                        + "ORGANIZATION, PERSON");
    }
}
