package org.lectern.annotator.entities;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.LanguageSpan;

class CrfEntityAnnotatorTest {

    /** "begin-end TYPE text → canonical" for each entity, in text order. */
    static List<String> entities(JCas jcas) {
        return JCasUtil.select(jcas, NamedEntity.class).stream()
                .map(e -> e.getBegin() + "-" + e.getEnd() + " " + e.getValue() + " " + e.getCoveredText() + " → "
                        + e.getIdentifier())
                .toList();
    }

    static JCas annotate(String text, AnalysisEngineDescription entities) throws Exception {
        return TestDocuments.annotate(text, "en", new SegmenterProvider().createDescription(), entities);
    }

    /** The entities found in {@code text} are {@code expected}: "begin-end TYPE text → canonical", in text order. */
    static void assertEntities(String text, String... expected) throws Exception {
        assertThat(entities(annotate(text))).containsExactly(expected);
    }

    private static JCas annotate(String text) throws Exception {
        return annotate(text, new EntitiesProvider().createDescription());
    }

    @Test
    void surnameAfterFullNameHasTheFullNameAsCanonicalAndNoPossessive() throws Exception {
        JCas jcas = annotate("Angela Rivers opened the new terminal in Rotterdam on Monday.\n"
                + "Later that day Rivers’s spokesman said the port would double its capacity.");

        assertThat(entities(jcas))
                .containsExactly(
                        "0-13 PERSON Angela Rivers → Angela Rivers",
                        "41-50 LOCATION Rotterdam → Rotterdam",
                        "77-83 PERSON Rivers → Angela Rivers");
    }

    @Test
    void spellingVariantsOfOneNameShareTheCanonicalName() throws Exception {
        JCas jcas = annotate("Volodymyr Zelenskyy spoke to reporters in Kiev.\n"
                + "Zelensky said the Ukrainian army was holding the line in Kyiv.");

        assertThat(entities(jcas))
                .containsExactly(
                        "0-19 PERSON Volodymyr Zelenskyy → Volodymyr Zelensky",
                        "42-46 LOCATION Kiev → Kyiv",
                        "48-56 PERSON Zelensky → Volodymyr Zelensky",
                        "105-109 LOCATION Kyiv → Kyiv");
    }

    @Test
    void transliterationVariantsOfAnUnlistedNameAreUnified() throws Exception {
        JCas jcas = annotate("Oleksiy Danylenko chairs the committee.\n"
                + "Oleksii Danylenko told reporters that the vote was postponed.");

        assertThat(entities(jcas))
                .containsExactly(
                        "0-17 PERSON Oleksiy Danylenko → Oleksiy Danylenko",
                        "40-57 PERSON Oleksii Danylenko → Oleksiy Danylenko");
    }

    @Test
    void titleStaysOutsideTheSpan() throws Exception {
        JCas jcas = annotate("Maria Kowalczyk, the mayor of Warsaw, resigned.\nMrs Kowalczyk said she had no regrets.");

        assertThat(entities(jcas))
                .containsExactly(
                        "0-15 PERSON Maria Kowalczyk → Maria Kowalczyk",
                        "30-36 LOCATION Warsaw → Warsaw",
                        "52-61 PERSON Kowalczyk → Maria Kowalczyk");
    }

    @Test
    void organisationAcronymGetsTheFullName() throws Exception {
        JCas jcas = annotate("The International Grain Council (IGC) raised its forecast on Tuesday.\n"
                + "The IGC now expects a record wheat harvest.");

        assertThat(entities(jcas))
                .containsExactly(
                        "4-31 ORGANIZATION International Grain Council → International Grain Council",
                        "33-36 ORGANIZATION IGC → International Grain Council",
                        "74-77 ORGANIZATION IGC → International Grain Council");
    }

    @Test
    void governmentBodiesWithoutACountryGetTheCountryOfTheirContextAndTitlesAreNoOrganisations() throws Exception {
        JCas jcas = annotate("Israeli officials met in Jerusalem on Sunday.\n"
                + "Representatives of the Finance Ministry and the National Security Council attended, and the "
                + "US Secretary of State called.");

        assertThat(entities(jcas))
                .containsExactly(
                        "25-34 LOCATION Jerusalem → Jerusalem",
                        "69-85 ORGANIZATION Finance Ministry → Israeli Finance Ministry",
                        "94-119 ORGANIZATION National Security Council → Israeli National Security Council",
                        "138-140 LOCATION US → United States");
    }

    @Test
    void nationalityAdjectivesAreNotEntities() throws Exception {
        JCas jcas = annotate("Israeli officials met Ukrainian diplomats and several Germans on Friday.");

        assertThat(entities(jcas)).isEmpty();
    }

    @Test
    void nonEnglishParagraphIsLeftAlone() throws Exception {
        String text = "Officials in Berlin confirmed the meeting.\n"
                + "Die Regierung in Berlin bestätigte das Treffen mit Angela Merkel.";
        JCas jcas = TestDocuments.document(text, "en");
        LanguageSpan german = new LanguageSpan(jcas, 43, text.length());
        german.setLanguage("de");
        german.addToIndexes();
        SimplePipeline.runPipeline(
                jcas, new SegmenterProvider().createDescription(), new EntitiesProvider().createDescription());

        assertThat(entities(jcas)).containsExactly("13-19 LOCATION Berlin → Berlin");
    }

    @Test
    void nonEnglishDocumentIsLeftAlone() throws Exception {
        JCas jcas = TestDocuments.annotate(
                "Die Regierung in Berlin bestätigte das Treffen mit Angela Merkel.",
                "de",
                new SegmenterProvider().createDescription(),
                new EntitiesProvider().createDescription());

        assertThat(entities(jcas)).isEmpty();
    }

    @Test
    void enginesOnParallelThreadsShareTheModelAndAgreeWithASingleThread() throws Exception {
        String text = "Angela Rivers met NATO officials in Brussels.\nRivers then flew to Kiev with Mr Jonas Berg.";
        List<String> expected = entities(annotate(text));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> entities(annotate(text))));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(expected)
                .contains(
                        "0-13 PERSON Angela Rivers → Angela Rivers",
                        "46-52 PERSON Rivers → Angela Rivers",
                        "66-70 LOCATION Kiev → Kyiv");
    }

    @Test
    void badModelLocationNamesTheParameter() {
        assertThatThrownBy(() -> annotate(
                        "Paris.",
                        createEngineDescription(
                                CrfEntityAnnotator.class,
                                CrfEntityAnnotator.PARAM_MODEL_LOCATION,
                                "no/such/model.ser.gz")))
                .hasStackTraceContaining(CrfEntityAnnotator.PARAM_MODEL_LOCATION)
                .hasStackTraceContaining("no/such/model.ser.gz");
    }
}
