package org.lectern.annotator.cleanup.artefacts;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.lectern.type.LanguageSpan;
import org.lectern.type.SpinScore;
import org.lectern.type.TranslationArtefact;

class TranslationArtefactAnnotatorTest {

    /** Two spun reporting clauses: evidence enough that the document was spun. */
    private static final String SPUN_START = "The ministry stated on Monday that talks would resume. ";

    private static JCas annotate(String text, Object... parameters) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        SimplePipeline.runPipeline(jcas, createEngineDescription(TranslationArtefactAnnotator.class, parameters));
        return jcas;
    }

    /** Each artefact as (begin, end, covered text, correction). */
    private static List<Tuple> findings(JCas jcas) {
        return select(jcas, TranslationArtefact.class).stream()
                .map(artefact -> tuple(
                        artefact.getBegin(), artefact.getEnd(), artefact.getCoveredText(), artefact.getCorrection()))
                .toList();
    }

    /**
     * The findings of {@link #SPUN_START} followed by "The minister additionally stated", then {@code rest}: the rules'
     * evidence that the documents of these tests were spun.
     */
    private static Tuple[] afterSpunStart(Tuple... rest) {
        return Stream.concat(
                        Stream.of(
                                tuple(13, 19, "stated", "said"),
                                tuple(68, 80, "additionally", "also"),
                                tuple(81, 87, "stated", "said")),
                        Stream.of(rest))
                .toArray(Tuple[]::new);
    }

    @Test
    void replacesAWrongSenseSynonymInASpunDocument() throws Exception {
        String text = SPUN_START + "The minister additionally stated that he made a telephone name to his counterpart.";
        JCas jcas = annotate(text);

        assertThat(findings(jcas)).containsExactly(afterSpunStart(tuple(113, 117, "name", "call")));
        assertThat(select(jcas, TranslationArtefact.class))
                .allSatisfy(artefact -> assertThat(artefact.getConfidence()).isBetween(0.5, 1.0));
    }

    @Test
    void judgesASpunDocumentByWordPairsWithoutTheLanguageModel() throws Exception {
        String text = SPUN_START + "The minister additionally stated that he made a telephone name to his counterpart.";
        JCas jcas = annotate(text, TranslationArtefactAnnotator.PARAM_LANGUAGE_MODEL, false);

        assertThat(findings(jcas)).containsExactly(afterSpunStart(tuple(113, 117, "name", "call")));
    }

    @Test
    void joinsAdjacentReplacementsThatFormAPhrase() throws Exception {
        String text = SPUN_START + "The minister additionally stated that the push league was held on Monday.";
        assertThat(findings(annotate(text)))
                .containsExactly(afterSpunStart(tuple(97, 108, "push league", "press conference")));
    }

    @Test
    void keepsTheModelsFindingsWhereTheyConfirmTheRegionWasSpun() throws Exception {
        // every region judged, whatever the screen says; a lone finding in a short region confirms nothing
        String one = "He made a telephone name to the minister on Monday.";
        assertThat(findings(annotate(one, TranslationArtefactAnnotator.PARAM_JUDGED_SCORE, -100.0)))
                .isEmpty();
        assertThat(findings(annotate(one, TranslationArtefactAnnotator.PARAM_JUDGE_ALL, true)))
                .containsExactly(tuple(20, 24, "name", "call"));

        String two = "He made a telephone name to the minister, and the push league was held on Monday.";
        assertThat(findings(annotate(two, TranslationArtefactAnnotator.PARAM_JUDGED_SCORE, -100.0)))
                .containsExactly(tuple(20, 24, "name", "call"), tuple(50, 61, "push league", "press conference"));
    }

    /** A paragraph with about one content word in six replaced by a WordNet synonym, as a spinner does. */
    private static final String SPUN_PARAGRAPH = "The government said on Tuesday that it would lift taxes on large "
            + "companies following year. The finance minister told reporters that the design would aid pay for new "
            + "schools and hospitals across the state. Business leaders warned that the motion could cost jobs and "
            + "slow growth. Opposition parties called the determination a error and promised to fight it in "
            + "parliament, while unions welcomed the additional money for public services.";
    /** What the language model finds in {@link #SPUN_PARAGRAPH} when it judges it. */
    private static final Tuple[] SPUN_PARAGRAPH_FINDINGS = {
        tuple(75, 84, "following", "next"),
        tuple(136, 142, "design", "plan"),
        tuple(149, 152, "aid", "help"), // the word pairs alone find this one
        tuple(238, 244, "motion", "move"),
        tuple(308, 321, "determination", "proposal"),
        tuple(324, 329, "error", "failure")
    };

    @Test
    void sendsASpunParagraphToTheModelOnTheWordVectorsEvidence() throws Exception {
        // the word pairs alone find the paragraph only somewhat suspect; its synonyms off the topic make it spun
        assertThat(findings(annotate(SPUN_PARAGRAPH))).containsExactly(SPUN_PARAGRAPH_FINDINGS);
    }

    @Test
    void judgesASomewhatSuspectRegionWhenTheModelsProbeShowsSpinning() throws Exception {
        // with the judge's bar out of reach, only the unmasked probe can send the paragraph to the judge
        String judged = TranslationArtefactAnnotator.PARAM_JUDGED_SCORE;
        String probed = TranslationArtefactAnnotator.PARAM_PROBED_SCORE;
        assertThat(findings(annotate(SPUN_PARAGRAPH, judged, 100.0, probed, 100.0)))
                .containsExactly(SPUN_PARAGRAPH_FINDINGS[2]);
        assertThat(findings(annotate(SPUN_PARAGRAPH, judged, 100.0, probed, 1.0)))
                .containsExactly(SPUN_PARAGRAPH_FINDINGS);
    }

    @Test
    void correctsAVagueQuantityBeforeANumberWordAndEachForBoth() throws Exception {
        String text =
                "He said a whole bunch of hundreds of people in each Russia and Ukraine had ties with each Moscow "
                        + "and Kyiv.";
        assertThat(findings(annotate(text)))
                .containsExactly(
                        tuple(8, 36, "a whole bunch of hundreds of", "hundreds of thousands of"),
                        tuple(47, 70, "each Russia and Ukraine", "both Russia and Ukraine"),
                        tuple(85, 105, "each Moscow and Kyiv", "both Moscow and Kyiv"));
        assertThat(select(annotate("Hundreds of people and a lot of money were lost."), TranslationArtefact.class))
                .isEmpty();
    }

    @Test
    void alonePoorFitNeedsLowerConfidenceWithoutEvidenceOfSpinning() throws Exception {
        String text = "He made a telephone name to the minister.";
        assertThat(select(annotate(text), TranslationArtefact.class)).isEmpty();

        JCas jcas = annotate(text, TranslationArtefactAnnotator.PARAM_MIN_CONFIDENCE, 0.2);
        assertThat(select(jcas, TranslationArtefact.class))
                .extracting(
                        TranslationArtefact::getBegin, TranslationArtefact::getEnd, TranslationArtefact::getCorrection)
                .containsExactly(tuple(20, 24, "call"));
    }

    @Test
    void scoresHowSpunADocumentReadsOverItsRegions() throws Exception {
        String spun = SPUN_START + "The minister additionally stated that he made a telephone name to his counterpart.";
        SpinScore score = select(annotate(spun), SpinScore.class).iterator().next();
        // one region (fewer than 100 judged words), spun by its rule findings; the score counts the words found
        assertThat(tuple(score.getBegin(), score.getEnd(), score.getRegions(), score.getSpunRegions()))
                .isEqualTo(tuple(0, spun.length(), 1, 1));
        assertThat(score.getScore()).isGreaterThan(0.2);

        String clean = "The minister said he made a telephone call to his counterpart on Monday.";
        SpinScore none = select(annotate(clean), SpinScore.class).iterator().next();
        assertThat(tuple(none.getRegions(), none.getSpunRegions(), none.getScore()))
                .isEqualTo(tuple(1, 0, 0.0));
    }

    @Test
    void leavesCleanSentencesAlone() throws Exception {
        assertThat(select(
                        annotate("The minister said he made a telephone call to his counterpart on Monday."),
                        TranslationArtefact.class))
                .isEmpty();
        // in a spun document, the words that were not replaced stay unflagged
        String spun = SPUN_START + "The minister additionally stated that he made a telephone call to his counterpart.";
        assertThat(select(annotate(spun), TranslationArtefact.class))
                .extracting(TranslationArtefact::getCoveredText)
                .containsExactly("stated", "additionally", "stated");
    }

    @Test
    void neverFlagsCapitalisedWords() throws Exception {
        String text = SPUN_START + "The minister additionally stated that he made a telephone Name to his counterpart.";
        // the word beside it may still be judged in its light ("made" → "gave"), the name itself never
        assertThat(select(annotate(text), TranslationArtefact.class))
                .extracting(TranslationArtefact::getCoveredText)
                .contains("stated", "additionally")
                .doesNotContain("Name");
    }

    @Test
    void leavesTextInOtherLanguagesAlone() throws Exception {
        String english = SPUN_START + "The minister additionally stated that he made a telephone name.\n";
        String other = "Le ministre stated each Paris and Rome.";
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(english + other);
        new LanguageSpan(jcas, 0, english.length() - 1).addToIndexes(); // language unset: judged as English
        LanguageSpan french = new LanguageSpan(jcas, english.length(), english.length() + other.length());
        french.setLanguage("fr");
        french.addToIndexes();
        SimplePipeline.runPipeline(jcas, createEngineDescription(TranslationArtefactAnnotator.class));
        assertThat(select(jcas, TranslationArtefact.class))
                .isNotEmpty()
                .allSatisfy(artefact -> assertThat(artefact.getEnd()).isLessThan(english.length()));

        JCas german = JCasFactory.createJCas();
        german.setDocumentText(english);
        german.setDocumentLanguage("de");
        SimplePipeline.runPipeline(german, createEngineDescription(TranslationArtefactAnnotator.class));
        assertThat(select(german, TranslationArtefact.class)).isEmpty();
    }

    @Test
    void neverFlagsQuotedText() throws Exception {
        String text = SPUN_START + "The minister additionally stated: \"I made a telephone name to my counterpart.\"\n"
                + "“He stated it was each Paris and Rome,\n"
                + "and a telephone name, too.”";
        assertThat(select(annotate(text), TranslationArtefact.class))
                .extracting(TranslationArtefact::getBegin, TranslationArtefact::getCoveredText)
                .containsExactly(tuple(13, "stated"), tuple(68, "additionally"), tuple(81, "stated"));
    }
}
