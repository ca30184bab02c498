package org.lectern.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.lectern.type.LanguageSpan;

class LanguageRegionsTest {

    @Test
    void spanLanguageElseDocumentLanguage() throws Exception {
        JCas jcas = JCasFactory.createText("Hello there.\nGuten Tag.\nBye.", "en");
        LanguageSpan german = new LanguageSpan(jcas, 13, 23);
        german.setLanguage("de");
        german.addToIndexes();
        LanguageRegions regions = LanguageRegions.of(jcas);
        assertThat(regions.languageAt(0)).isEqualTo("en");
        assertThat(regions.languageAt(13)).isEqualTo("de");
        assertThat(regions.isEnglishAt(13)).isFalse();
        assertThat(regions.isEnglishAt(24)).isTrue();
    }

    @Test
    void unknownLanguageMayBeEnglish() throws Exception {
        JCas jcas = JCasFactory.createText("Who knows.");
        LanguageRegions regions = LanguageRegions.of(jcas);
        assertThat(regions.languageAt(0)).isEqualTo(LanguageRegions.UNSPECIFIED);
        assertThat(regions.isEnglishAt(0)).isFalse();
        assertThat(regions.isEnglishOrUnknownAt(0)).isTrue();
        assertThat(LanguageRegions.isEnglish("en-GB")).isTrue();
        assertThat(LanguageRegions.isEnglish("eng")).isFalse();
    }
}
