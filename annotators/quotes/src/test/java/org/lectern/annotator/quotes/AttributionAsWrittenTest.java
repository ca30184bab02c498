package org.lectern.annotator.quotes;

import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import java.util.List;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.Quotation;

/** The attribution as written: each quote's source ("she", "the spokesman") and cue ("said", "according to"). */
class AttributionAsWrittenTest {

    @Test
    void pronounIsTheSourceWhileTheSpeakerIsTheNameItResolvesTo() throws Exception {
        JCas jcas = document("Mary Jones opened the bridge on Monday.\n“It is a great day for the town,” she said.");
        NamedEntity mary = person(jcas, 0, 10, "Mary Jones");
        assertThat(attributions(jcas)).containsExactly(tuple(41, 72, "Mary Jones", 74, 77, 78, 82));
        Quotation quote = select(jcas, Quotation.class).iterator().next();
        assertThat(quote.getSpeakerMention()).isSameAs(mary);
        assertThat(quote.getSource().getCoveredText()).isEqualTo("she");
        assertThat(quote.getCue().getCoveredText()).isEqualTo("said");
    }

    @Test
    void descriptionIsTheSource() throws Exception {
        JCas jcas = document("“We will appeal against the ruling,” the spokesman said.");
        assertThat(attributions(jcas)).containsExactly(tuple(1, 35, "spokesman", 37, 50, 51, 55));
    }

    @Test
    void nameAfterTheVerbIsTheSourceWithItsHonorific() throws Exception {
        JCas jcas = document("“Sales rose by a third last year,” said Mr Burton.");
        person(jcas, 43, 49, "Tom Burton");
        assertThat(attributions(jcas)).containsExactly(tuple(1, 33, "Tom Burton", 40, 49, 35, 39));
        assertThat(select(jcas, Quotation.class).iterator().next().getSource()).isNotInstanceOf(NamedEntity.class);
    }

    @Test
    void accordingToIsTheCueAndWhatFollowsTheSource() throws Exception {
        JCas jcas = document("“The talks will resume next week,” according to the Kremlin.");
        entity(jcas, 52, 59, "ORGANIZATION", "Kremlin");
        assertThat(attributions(jcas)).containsExactly(tuple(1, 33, "Kremlin", 48, 59, 35, 47));
    }

    @Test
    void theHearerOfToldBelongsToTheCueAndAnExactEntityIsTheSource() throws Exception {
        JCas jcas = document("Mary Jones told reporters: “We are ready to sign the deal.”");
        NamedEntity mary = person(jcas, 0, 10, "Mary Jones");
        assertThat(attributions(jcas)).containsExactly(tuple(28, 58, "Mary Jones", 0, 10, 11, 25));
        assertThat(select(jcas, Quotation.class).iterator().next().getSource()).isSameAs(mary);
    }

    @Test
    void theHearerEndsAtAnAdverbAndABracketOpenedInTheSourceIsClosed() throws Exception {
        JCas jcas = document("“Leave the country at once,” the spokesman told citizens still abroad.\n"
                + "“All flights are cancelled,” said the Ministry of Health (MoH).");
        entity(jcas, 109, 127, "ORGANIZATION", "Ministry of Health");
        assertThat(attributions(jcas))
                .containsExactly(
                        tuple(1, 27, "spokesman", 29, 42, 43, 56),
                        tuple(72, 98, "Ministry of Health", 105, 133, 100, 104));
    }

    @Test
    void quoteWithoutAttributionHasNeitherSourceNorCue() throws Exception {
        JCas jcas = document("The sign on the gate read “Closed for the season until further notice” all winter.");
        assertThat(attributions(jcas)).containsExactly(tuple(27, 69, null, -1, -1, -1, -1));
    }

    @Test
    void speakerCarriedOverFromTheLastQuoteHasNeitherSourceNorCue() throws Exception {
        JCas jcas =
                document("“We will build the bridge,” Mary Jones said.\n“Nobody will stop us now, whatever happens.”");
        person(jcas, 28, 38, "Mary Jones");
        assertThat(attributions(jcas))
                .containsExactly(
                        tuple(1, 26, "Mary Jones", 28, 38, 39, 43), tuple(46, 88, "Mary Jones", -1, -1, -1, -1));
    }

    private static JCas document(String text) throws Exception {
        return TestDocuments.annotate(text, "en", new SegmenterProvider().createDescription());
    }

    private static NamedEntity person(JCas jcas, int begin, int end, String canonical) {
        return entity(jcas, begin, end, "PERSON", canonical);
    }

    private static NamedEntity entity(JCas jcas, int begin, int end, String type, String canonical) {
        NamedEntity entity = new NamedEntity(jcas, begin, end);
        entity.setValue(type);
        entity.setIdentifier(canonical);
        entity.addToIndexes();
        return entity;
    }

    /** Runs the annotator; per quote: begin, end, speakerName, source span, cue span (-1 when absent). */
    private static List<Tuple> attributions(JCas jcas) throws Exception {
        runPipeline(jcas, new QuotesProvider().createDescription());
        return select(jcas, Quotation.class).stream()
                .map(quote -> tuple(
                        quote.getBegin(),
                        quote.getEnd(),
                        quote.getSpeakerName(),
                        begin(quote.getSource()),
                        end(quote.getSource()),
                        begin(quote.getCue()),
                        end(quote.getCue())))
                .toList();
    }

    private static int begin(Annotation annotation) {
        return annotation == null ? -1 : annotation.getBegin();
    }

    private static int end(Annotation annotation) {
        return annotation == null ? -1 : annotation.getEnd();
    }
}
