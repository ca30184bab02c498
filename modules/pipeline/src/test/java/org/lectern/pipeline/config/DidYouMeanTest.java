package org.lectern.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> ANNOTATORS =
            List.of("entities", "entities-gazetteer", "language", "quotes", "segmenter");

    @Test
    void typosAbbreviationsAndCaseFindTheIntendedName() {
        assertThat(DidYouMean.nearest("entitis", ANNOTATORS)).contains("entities");
        assertThat(DidYouMean.nearest("lang", ANNOTATORS)).contains("language");
        assertThat(DidYouMean.nearest("Quotes", ANNOTATORS)).contains("quotes");
        assertThat(DidYouMean.nearest("gazetteer", ANNOTATORS)).contains("entities-gazetteer");
    }

    @Test
    void unrelatedNamesGetTheListInstead() {
        assertThat(DidYouMean.nearest("sentiment", ANNOTATORS)).isEmpty();
        assertThat(DidYouMean.hint("sentiment", ANNOTATORS, "annotators"))
                .isEqualTo("; known annotators: entities, entities-gazetteer, language, quotes, segmenter");
        assertThat(DidYouMean.hint("x", List.of(), "parameters of 'segmenter'"))
                .isEqualTo("; there are no parameters of 'segmenter'");
    }
}
