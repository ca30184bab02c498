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

    /** A paragraph spun at about one content word in three, which the screen alone finds only somewhat suspect. */
    private static final String SPUN_NEIGHBOUR =
            "The city council voted on Wednesday to construct a new flood wall along the river, ending months of "
                    + "controversy over how to shield dwellings in the lower town. The program, which will be about forty "
                    + "million pounds, was endorsed by most extremities after engineers admonished that the erstwhile "
                    + "defences could neglect in a study storm. Residents who dwell near the water have inquired for better "
                    + "protection since the inundations two years ago, when hundreds of households had to allow their "
                    + "firms. The leader of the council told an encounter that employment would beginning in the spring and "
                    + "should be ruined within three years. She said the money would come partially from the interior "
                    + "government and partially from topical taxes. Critics argued that the wall would ruin the survey of "
                    + "the river and suffer workshops that count on visitants. A radical of business proprietors said they "
                    + "would inquire the tribunals to halt the projection.";
    /** {@link #SPUN_NEIGHBOUR} as it was written. */
    private static final String CLEAN_NEIGHBOUR =
            "The city council voted on Wednesday to build a new flood wall along the river, ending months of "
                    + "argument over how to protect homes in the lower town. The plan, which will cost about forty million "
                    + "pounds, was backed by most members after engineers warned that the old defences could fail in a "
                    + "major storm. Residents who live near the water have asked for better protection since the floods two "
                    + "years ago, when hundreds of families had to leave their houses. The leader of the council told a "
                    + "meeting that work would start in the spring and should be finished within three years. She said the "
                    + "money would come partly from the national government and partly from local taxes. Critics argued "
                    + "that the wall would spoil the view of the river and hurt shops that depend on visitors. A group of "
                    + "business owners said they would ask the courts to stop the project.";
    /** A paragraph spun so heavily that the screen sends it to the model, which confirms it. */
    private static final String SPUN_REGION =
            "The council's engineers said they had analyzed other figures, including a serial of littler "
                    + "barriers, but found that none would yield the same degree of refuge at a like price. They also "
                    + "design to implant trees on the depository and to broaden the transmission channel near the erstwhile "
                    + "bridge, which frequently floods after dense rain. Farmers upstream have agreed to permit some "
                    + "battlefields fill with water during tempests, in return for defrayals from the council. Supporters "
                    + "of the strategy say this born approach will trim the imperativeness on the wall and assist wildlife. "
                    + "The environment bureau, which must sanction the pattern, is expected to print its sight next month. "
                    + "If it agrees, contracts will be subscribed in the winter and the first phase of employment, near the "
                    + "railway station, will get down soon after. Traffic on the chief road along the river will be "
                    + "deviated for about six months while the groundworks are set. Local schools have been told that buses "
                    + "will take a longer path during that time. The council has promised to hold steady encounters with "
                    + "residents to explain each measure of the work and to hear their worries.";

    /** What the language model finds in {@link #SPUN_NEIGHBOUR} when it judges it. */
    private static final Tuple[] SPUN_NEIGHBOUR_FINDINGS = {
        tuple(124, 130, "shield", "protect"),
        tuple(131, 140, "dwellings", "homes"),
        tuple(309, 316, "neglect", "fail"),
        tuple(322, 327, "study", "major"),
        tuple(349, 354, "dwell", "live"),
        tuple(375, 383, "inquired", "asked"),
        tuple(478, 483, "allow", "leave"),
        tuple(490, 495, "firms", "houses"),
        tuple(546, 556, "employment", "work"),
        tuple(563, 572, "beginning", "start"),
        tuple(601, 607, "ruined", "finished"),
        tuple(677, 685, "interior", "national"),
        tuple(716, 723, "topical", "local"),
        tuple(775, 781, "survey", "view"),
        tuple(799, 805, "suffer", "support"),
        tuple(806, 815, "workshops", "companies"),
        tuple(821, 826, "count", "rely"),
        tuple(843, 850, "radical", "group"),
        tuple(925, 935, "projection", "project")
    };

    @Test
    void judgesTheNeighboursOfARegionTheModelConfirmedAsSpun() throws Exception {
        assertThat(findings(annotate(SPUN_NEIGHBOUR))).isEmpty();

        List<Tuple> found = findings(annotate(SPUN_NEIGHBOUR + "\n" + SPUN_REGION));
        assertThat(found.stream().filter(finding -> (int) finding.toList().get(0) < SPUN_NEIGHBOUR.length()))
                .containsExactly(SPUN_NEIGHBOUR_FINDINGS);

        // the clean paragraph beside it is judged too, and stays clean
        assertThat(findings(annotate(CLEAN_NEIGHBOUR + "\n" + SPUN_REGION)))
                .isNotEmpty()
                .allSatisfy(
                        finding -> assertThat((int) finding.toList().get(0)).isGreaterThan(CLEAN_NEIGHBOUR.length()));
    }

    /** Sentences [from, to) of a paragraph. */
    private static String sentences(String paragraph, int from, int to) {
        return String.join(" ", List.of(paragraph.split("(?<=\\.) ")).subList(from, to));
    }

    @Test
    void judgesTheRestOfARegionOnlyWhenItsFirstSentencesShowSpinning() throws Exception {
        // one region, judged whatever its screen score: its first three sentences are the first stage
        String judged = TranslationArtefactAnnotator.PARAM_JUDGED_SCORE;
        String spunSentences = sentences(SPUN_NEIGHBOUR, 0, 3);
        assertThat(findings(annotate(spunSentences + " " + sentences(CLEAN_NEIGHBOUR, 3, 7), judged, -100.0)))
                .containsExactly(Stream.of(SPUN_NEIGHBOUR_FINDINGS)
                        .filter(finding -> (int) finding.toList().get(0) < spunSentences.length())
                        .toArray(Tuple[]::new));

        // clean first sentences end the judging: the spun rest, which judging everything shows, is not judged
        String cleanFirst = sentences(CLEAN_NEIGHBOUR, 0, 3) + " " + sentences(SPUN_NEIGHBOUR, 3, 7);
        assertThat(findings(annotate(cleanFirst, judged, -100.0))).isEmpty();
        assertThat(findings(annotate(cleanFirst, TranslationArtefactAnnotator.PARAM_JUDGE_ALL, true)))
                .contains(tuple(506, 516, "employment", "work"), tuple(885, 895, "projection", "project"));
    }

    /**
     * A paragraph spun by a spinner writing each replaced word's commonest synonym ("families" for "homes", "road" for
     * "route", "uncommon" for "rare").
     */
    private static final String COMMON_SYNONYMS_PARAGRAPH = "The city council approved a plan on Wednesday to build "
            + "two m new families on the edge of the town. The mayor told reporters that the project would create "
            + "hundreds of problems and bring families back to the sum. Local residents had opposed the system for "
            + "years, arguing that the roads could not cope with more traffic. Council officials said a young bus "
            + "road would open before the first houses were completed. Builders expect work to begin next spring, "
            + "and the first residents could move in within two years. Environmental groups discouraged that the "
            + "site was home to uncommon birds and promised to challenge the decision in court.";

    @Test
    void judgesADocumentAgainWhenItsReplacementsShowASpinnerPreferringCommonSynonyms() throws Exception {
        Tuple[] found = {
            tuple(65, 73, "families", "homes"),
            tuple(166, 174, "problems", "jobs"),
            tuple(206, 209, "sum", "state"),
            tuple(343, 348, "young", "new")
        };
        Tuple warned = tuple(529, 540, "discouraged", "warned");
        assertThat(findings(annotate(
                        COMMON_SYNONYMS_PARAGRAPH,
                        TranslationArtefactAnnotator.PARAM_JUDGED_SCORE,
                        -100.0,
                        TranslationArtefactAnnotator.PARAM_LEARN_SPINNER_CHOICE,
                        false)))
                .containsExactly(found[0], found[1], found[2], found[3], warned);
        // its findings show the commonest synonym written each time: judged again weighing that choice
        assertThat(findings(
                        annotate(COMMON_SYNONYMS_PARAGRAPH, TranslationArtefactAnnotator.PARAM_JUDGED_SCORE, -100.0)))
                .containsExactly(
                        found[0],
                        found[1],
                        found[2],
                        found[3],
                        tuple(353, 357, "road", "route"),
                        warned,
                        tuple(567, 575, "uncommon", "rare"));
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
