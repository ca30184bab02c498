package org.lectern.annotator.language;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import java.util.List;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.LanguageSpan;

class LanguageAnnotatorTest {

    private static final String ENGLISH = "The committee published its annual report on Tuesday morning.";
    private static final String GERMAN = "Der Ausschuss hat seinen Jahresbericht am Dienstagmorgen veröffentlicht.";
    private static final String FRENCH = "Le comité a publié son rapport annuel mardi matin devant la presse.";

    private static JCas annotate(String text, Object... parameters) throws Exception {
        return TestDocuments.annotate(
                text,
                null,
                new SegmenterProvider().createDescription(),
                new LanguageProvider().createDescription(parameters));
    }

    private static List<String> spans(JCas jcas) {
        return JCasUtil.select(jcas, LanguageSpan.class).stream()
                .map(s -> span(s.getBegin(), s.getEnd(), s.getLanguage()))
                .toList();
    }

    private static String span(int begin, int end, String language) {
        return begin + "-" + end + " " + language;
    }

    @Test
    void englishDocument() throws Exception {
        JCas jcas = annotate("  " + ENGLISH + "\nShares rose after the announcement.\n");

        assertThat(JCasUtil.select(jcas, LanguageSpan.class))
                .extracting(LanguageSpan::getBegin, LanguageSpan::getEnd, LanguageSpan::getLanguage)
                .containsExactly(tuple(2, 2 + ENGLISH.length() + 1 + 35, "en"));
        assertThat(JCasUtil.selectSingle(jcas, LanguageSpan.class).getConfidence())
                .isBetween(0.0, 1.0)
                .isPositive();
        assertThat(jcas.getDocumentLanguage()).isEqualTo("en");
        assertThat(DocumentMetaData.get(jcas).getLanguage()).isEqualTo("en");
    }

    @Test
    void germanDocument() throws Exception {
        JCas jcas = annotate(GERMAN);

        assertThat(spans(jcas)).containsExactly(span(0, GERMAN.length(), "de"));
        assertThat(jcas.getDocumentLanguage()).isEqualTo("de");
    }

    @Test
    void threeParagraphsInThreeLanguagesGiveThreeSpans() throws Exception {
        String text = ENGLISH + "\n\n" + GERMAN + "\n" + FRENCH + "\n";
        int germanBegin = ENGLISH.length() + 2;
        int frenchBegin = germanBegin + GERMAN.length() + 1;

        JCas jcas = annotate(text);

        assertThat(spans(jcas))
                .containsExactly(
                        span(0, ENGLISH.length(), "en"),
                        span(germanBegin, germanBegin + GERMAN.length(), "de"),
                        span(frenchBegin, frenchBegin + FRENCH.length(), "fr"));
        // German is the longest paragraph, so it dominates by characters
        assertThat(jcas.getDocumentLanguage()).isEqualTo("de");
    }

    @Test
    void neighbouringParagraphsInOneLanguageMerge() throws Exception {
        String text = GERMAN + "\n" + "Die Aktien stiegen nach der Ankündigung deutlich." + "\n" + ENGLISH;

        JCas jcas = annotate(text);

        int englishBegin = text.length() - ENGLISH.length();
        assertThat(spans(jcas))
                .containsExactly(span(0, englishBegin - 1, "de"), span(englishBegin, text.length(), "en"));
    }

    @Test
    void shortLineInheritsThePrecedingLanguage() throws Exception {
        String text = GERMAN + "\nDanke.\n" + ENGLISH;

        JCas jcas = annotate(text);

        assertThat(spans(jcas))
                .containsExactly(span(0, GERMAN.length() + 7, "de"), span(GERMAN.length() + 8, text.length(), "en"));
    }

    @Test
    void shortLineAloneIsUnspecified() throws Exception {
        JCas jcas = annotate("OK, see you.");

        assertThat(JCasUtil.select(jcas, LanguageSpan.class)).isEmpty();
        assertThat(jcas.getDocumentLanguage()).isEqualTo(LanguageAnnotator.UNSPECIFIED);
        assertThat(DocumentMetaData.get(jcas).getLanguage()).isEqualTo(LanguageAnnotator.UNSPECIFIED);
    }

    @Test
    void emptyDocumentHasNoSpan() throws Exception {
        // alone: DKPro's segmenter refuses empty documents itself
        JCas jcas = TestDocuments.annotate("", null, new LanguageProvider().createDescription());

        assertThat(JCasUtil.select(jcas, LanguageSpan.class)).isEmpty();
        assertThat(jcas.getDocumentLanguage()).isEqualTo(LanguageAnnotator.UNSPECIFIED);
    }

    @Test
    void sentenceGranularitySplitsAParagraphWithoutSegmenter() throws Exception {
        String text = ENGLISH + " " + GERMAN;

        JCas jcas = TestDocuments.annotate(
                text,
                null,
                createEngineDescription(LanguageAnnotator.class, LanguageAnnotator.PARAM_GRANULARITY, "SENTENCE"));

        assertThat(spans(jcas))
                .containsExactly(span(0, ENGLISH.length(), "en"), span(ENGLISH.length() + 1, text.length(), "de"));
    }

    @Test
    void candidateLanguagesRestrictTheChoice() throws Exception {
        // Dutch restricted to English and German must come out as one of them
        JCas jcas = annotate(
                "Het comité heeft dinsdagochtend zijn jaarverslag gepubliceerd.",
                LanguageAnnotator.PARAM_LANGUAGES,
                new String[] {"en", "de"});

        assertThat(JCasUtil.selectSingle(jcas, LanguageSpan.class).getLanguage())
                .isIn("en", "de");
    }

    @Test
    void minimumConfidenceAboveEveryMarginLeavesTheDocumentUnspecified() throws Exception {
        JCas jcas = annotate(ENGLISH, LanguageAnnotator.PARAM_MIN_CONFIDENCE, 1.0);

        assertThat(JCasUtil.select(jcas, LanguageSpan.class)).isEmpty();
        assertThat(jcas.getDocumentLanguage()).isEqualTo(LanguageAnnotator.UNSPECIFIED);
    }

    @Test
    void unknownLanguageCodeIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(
                        LanguageAnnotator.class, LanguageAnnotator.PARAM_LANGUAGES, new String[] {"en", "xx"}))
                .isInstanceOf(ResourceInitializationException.class)
                .hasStackTraceContaining("parameter languages: 'xx'");
    }
}
